import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Navigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../modules/identity/session';
import { Button, Notice, Page, Section, Tag, TextField, useRequest } from '../ui/kit';

type Status = Reply<'/api/auth/totp', 'get'>;
type Setup = Reply<'/api/auth/totp/setup', 'post'>;
type Sessions = Reply<'/api/auth/sessions', 'get'>['items'];
const when = (value: string) => dayjs(value).format('HH:mm DD/MM/YYYY');

/** Two-factor sign-in (officials): scan the QR code, confirm a code, keep the recovery codes. */
function TwoFactor() {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>();
  const [setup, setSetup] = useState<Setup>();
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState<string[]>();
  const request = useRequest();
  const load = useCallback(() => void unwrap(api.GET('/api/auth/totp')).then(setStatus, () => undefined), []);
  useEffect(load, [load]);
  const start = async () => {
    const created = await request.run(() => unwrap(api.POST('/api/auth/totp/setup')));
    if (created) setSetup(created);
  };
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const done = await request.run(() => unwrap(api.POST('/api/auth/totp/confirm', { body: { code: code.trim() } })));
    if (done) {
      setRecovery(done.recoveryCodes);
      setSetup(undefined);
      setCode('');
      load();
    }
  };
  if (!status) return null;
  return (
    <Section title={t('totp.title')}>
      <p>{status.enabled ? <Tag tone="green">{t('totp.enabled')}</Tag> : <Tag tone="grey">{t('totp.disabled')}</Tag>} {status.required && <Tag tone="orange">{t('totp.required')}</Tag>}</p>
      {status.required && !status.enabled && <Notice tone="warning">{t('totp.mustEnrol')}</Notice>}
      {recovery && (
        <Notice tone="success" live>
          <p>{t('totp.recoveryIntro')}</p>
          <ul className="kit-list" aria-label={t('totp.recoveryCodes')}>{recovery.map((c) => <li key={c}><code>{c}</code></li>)}</ul>
        </Notice>
      )}
      {status.enabled && <p className="kit-muted">{t('totp.recoveryLeft', { count: status.recoveryCodesLeft })}</p>}
      {!setup && !status.enabled && <Button variant="primary" busy={request.busy} onClick={() => void start()}>{t('totp.start')}</Button>}
      {setup && (
        <form onSubmit={(e) => void confirm(e)} noValidate>
          <p>{t('totp.scan')}</p>
          <div role="img" aria-label={t('totp.qr')} style={{ maxWidth: 220 }} dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
          <p className="kit-small">{t('totp.manual')} <code style={{ wordBreak: 'break-all' }}>{setup.secret}</code></p>
          <TextField label={t('totp.code')} hint={t('totp.codeHint')} value={code} onChange={(e) => setCode(e.target.value)} inputMode="numeric" autoComplete="one-time-code"
            required error={request.error?.message} />
          <Button type="submit" variant="primary" busy={request.busy}>{t('totp.confirm')}</Button>
        </form>
      )}
    </Section>
  );
}

/** Where the account is signed in; any other session can be signed out from here. */
function SessionsList() {
  const { t } = useI18n();
  const [sessions, setSessions] = useState<Sessions>([]);
  const request = useRequest();
  const load = useCallback(() => void unwrap(api.GET('/api/auth/sessions')).then((r) => setSessions(r.items), () => undefined), []);
  useEffect(load, [load]);
  const revoke = async (id: string) => {
    if (await request.run(() => unwrap(api.DELETE('/api/auth/sessions/{sessionId}', { params: { path: { sessionId: id } } })))) load();
  };
  return (
    <Section title={t('sessions.title')}>
      {request.error && <Notice tone="error">{request.error.message}</Notice>}
      <ul className="kit-list">
        {sessions.map((s) => (
          <li key={s.id}>
            <strong>{s.userAgent ?? t('sessions.unknownDevice')}</strong>{s.current && <> <Tag tone="green">{t('sessions.current')}</Tag></>}
            <div className="kit-muted kit-small">{t('sessions.detail', { ip: s.ip ?? '—', since: when(s.createdAt), until: when(s.expiresAt) })}</div>
            {!s.current && <Button onClick={() => void revoke(s.id)} busy={request.busy}>{t('sessions.revoke')}</Button>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The account's security: two-factor sign-in for officials, and the sessions of every user. */
export function SecurityPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  if (loading) return null;
  if (!user) return <Navigate to="/dang-nhap?tiep=%2Ftai-khoan%2Fbao-mat" replace />;
  return (
    <Page title={t('security.title')} narrow>
      {user.eidVerified && <p><Tag tone="green">{t('eid.verified')}</Tag></p>}
      {user.kind === 'official' && <TwoFactor />}
      <SessionsList />
    </Page>
  );
}
