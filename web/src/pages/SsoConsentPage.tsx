import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Button, Notice, Page, Section, useRequest } from '../ui/kit';

type Consent = Reply<'/api/oidc/interactions/{uid}/consent', 'get'>;

/** Single sign-on: another system of the province asks to know who you are; you agree or refuse. */
export function SsoConsentPage() {
  const { t } = useI18n();
  const { uid = '' } = useParams();
  const [consent, setConsent] = useState<Consent>();
  const load = useRequest();
  const answer = useRequest();
  useEffect(() => {
    void load.run(() => unwrap(api.GET('/api/oidc/interactions/{uid}/consent', { params: { path: { uid } } }))).then((c) => c && setConsent(c));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [uid]);
  const decide = async (approve: boolean) => {
    const next = await answer.run(() => unwrap(api.POST('/api/oidc/interactions/{uid}/consent', { params: { path: { uid } }, body: { approve } })));
    if (next) window.location.assign(next.redirectTo);
  };
  return (
    <Page title={t('sso.title')} narrow>
      {load.error && <Notice tone="error">{load.error.message}</Notice>}
      {consent && (
        <Section>
          <p>{t('sso.asks', { client: consent.client.name, name: consent.accountName })}</p>
          <ul className="kit-list" aria-label={t('sso.shared')}>{consent.scopes.map((s) => <li key={s.scope}>{s.label}</li>)}</ul>
          {answer.error && <Notice tone="error">{answer.error.message}</Notice>}
          <Button variant="primary" block busy={answer.busy} onClick={() => void decide(true)}>{t('sso.allow')}</Button>
          <div style={{ marginTop: 8 }}><Button block onClick={() => void decide(false)} disabled={answer.busy}>{t('sso.deny')}</Button></div>
        </Section>
      )}
    </Page>
  );
}
