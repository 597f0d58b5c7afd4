import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { Button, Notice, Page, Section, useRequest } from '../ui/kit';

type Preferences = Reply<'/api/my/notification-preferences', 'get'>;
type Sent = Reply<'/api/my/messages', 'get'>['items'];
const CHANNELS = ['email', 'sms', 'app_message'] as const;

/** Where the platform writes to me (email, SMS, app message), and what it wrote. */
export function NotificationSettingsPage() {
  const { t } = useI18n();
  const [preferences, setPreferences] = useState<Preferences>();
  const [sent, setSent] = useState<Sent>([]);
  const [saved, setSaved] = useState(false);
  const load = useRequest();
  const save = useRequest();
  useEffect(() => {
    void load.run(() => unwrap(api.GET('/api/my/notification-preferences'))).then((p) => p && setPreferences(p));
    void unwrap(api.GET('/api/my/messages')).then((r) => setSent(r.items), () => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const submit = async () => {
    if (!preferences) return;
    const done = await save.run(() => unwrap(api.PUT('/api/my/notification-preferences', { body: preferences })));
    if (done) {
      setPreferences(done);
      setSaved(true);
    }
  };
  return (
    <Page title={t('notifySettings.title')} narrow>
      {load.error && <Notice tone="error">{load.error.message}</Notice>}
      {preferences && (
        <Section title={t('notifySettings.channels')}>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend className="sr-only">{t('notifySettings.channels')}</legend>
            <p className="kit-muted kit-small">{t('notifySettings.inApp')}</p>
            {CHANNELS.map((c) => (
              <label key={c} className="kit-check">
                <input type="checkbox" checked={preferences[c]} onChange={(e) => {
                  setSaved(false);
                  setPreferences({ ...preferences, [c]: e.target.checked });
                }} />
                {t(`notifySettings.${c}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          {save.error && <Notice tone="error">{save.error.message}</Notice>}
          {saved && <Notice tone="success" live>{t('notifySettings.saved')}</Notice>}
          <Button variant="primary" busy={save.busy} onClick={() => void submit()}>{t('notifySettings.save')}</Button>
        </Section>
      )}
      <Section title={t('notifySettings.sent')}>
        {sent.length === 0 ? <p className="kit-muted">{t('notifySettings.none')}</p> : (
          <ul className="kit-list">
            {sent.map((m, i) => (
              <li key={i}>
                <strong>{m.subject ?? m.body}</strong>
                <span className="kit-small kit-muted">{t(`notifySettings.${m.channel}` as MessageKey)} · {m.recipient} · {m.sentAt ? dayjs(m.sentAt).format('HH:mm DD/MM/YYYY') : t('notifySettings.sending')}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
