import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, resetCsrf, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../modules/identity/session';
import { Button, Notice, Page, Section, TextField, useRequest } from '../ui/kit';

/** Only a path of this site is a place to return to (never another site). */
const returnPath = (value: string | null) => (value && value.startsWith('/') && !value.startsWith('//') ? value : null);

export function LoginPage() {
  const { t } = useI18n();
  const { setUser } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { run, attempt, busy, error } = useRequest();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  // Accounts with two-factor sign-in: the password gives a challenge, answered with the app's code.
  const [challenge, setChallenge] = useState<string>();
  const [code, setCode] = useState('');

  const signedIn = (body: { user: Parameters<typeof setUser>[0]; totpEnrolmentRequired?: boolean }) => {
    if (!body.user) return;
    resetCsrf();
    setUser(body.user);
    if (body.totpEnrolmentRequired) navigate('/tai-khoan/bao-mat', { replace: true });
    else navigate(returnPath(params.get('tiep')) ?? (body.user.kind === 'official' ? '/lam-viec' : '/ho-so-cua-toi'), { replace: true });
  };

  const submitCode = async (event: FormEvent) => {
    event.preventDefault();
    if (!challenge) return;
    if (!code.trim()) return setMissing({ code: t('form.required', { field: t('totp.code').toLowerCase() }) });
    setMissing({});
    const { data, error: failure } = await attempt(() => unwrap(api.POST('/api/auth/login/totp', { body: { challenge, code: code.trim() } })));
    if (data) signedIn(data);
    // Too many tries or too late: back to the password, with the reason.
    else if (failure?.code === 'TOTP_CHALLENGE_EXPIRED') setChallenge(undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const absent = {
      ...(username.trim() ? {} : { username: t('form.required', { field: t('auth.username').toLowerCase() }) }),
      ...(password ? {} : { password: t('form.required', { field: t('auth.password').toLowerCase() }) }),
    };
    setMissing(absent);
    if (Object.keys(absent).length > 0) return;
    const body = await run(() => unwrap(api.POST('/api/auth/login', { body: { username: username.trim().toLowerCase(), password } })));
    if (body?.totpChallenge) setChallenge(body.totpChallenge);
    else if (body) signedIn(body);
  };

  if (challenge) {
    return (
      <Page title={t('totp.loginTitle')} narrow>
        <Section>
          <form onSubmit={(e) => void submitCode(e)} noValidate>
            <TextField label={t('totp.code')} hint={t('totp.codeHint')} value={code} onChange={(e) => setCode(e.target.value)}
              autoComplete="one-time-code" inputMode="numeric" autoFocus required error={missing.code ?? error?.message} />
            <div style={{ marginTop: 12 }}><Button type="submit" variant="primary" block busy={busy}>{t('totp.verify')}</Button></div>
          </form>
        </Section>
      </Page>
    );
  }

  return (
    <Page title={t('auth.loginTitle')} narrow>
      <Section>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextField label={t('auth.username')} value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" autoCapitalize="none" required error={missing.username} />
          <TextField label={t('auth.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required error={missing.password} />
          {error && <Notice tone="error">{error.message}</Notice>}
          <div style={{ marginTop: 12 }}><Button type="submit" variant="primary" block busy={busy}>{t('auth.login')}</Button></div>
        </form>
        {params.get('loi') === 'dinh-danh' && <Notice tone="error">{t('eid.failed')}</Notice>}
        {/* A page of the server (a redirect to VNeID), not of this application: a plain link. */}
        <p><a className="kit-btn kit-btn-default kit-btn-block" href={`/api/auth/eid?tiep=${encodeURIComponent(returnPath(params.get('tiep')) ?? '/ho-so-cua-toi')}`}>{t('eid.login')}</a></p>
        <p><Link to="/quen-mat-khau">{t('reset.forgot')}</Link></p>
        <p>{t('auth.noAccount')} <Link to="/dang-ky">{t('nav.register')}</Link></p>
      </Section>
    </Page>
  );
}
