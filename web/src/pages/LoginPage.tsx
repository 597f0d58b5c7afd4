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
  const { run, busy, error } = useRequest();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const absent = {
      ...(username.trim() ? {} : { username: t('form.required', { field: t('auth.username').toLowerCase() }) }),
      ...(password ? {} : { password: t('form.required', { field: t('auth.password').toLowerCase() }) }),
    };
    setMissing(absent);
    if (Object.keys(absent).length > 0) return;
    const body = await run(() => unwrap(api.POST('/api/auth/login', { body: { username: username.trim().toLowerCase(), password } })));
    if (!body?.user) return;
    resetCsrf();
    setUser(body.user);
    navigate(returnPath(params.get('tiep')) ?? (body.user.kind === 'official' ? '/lam-viec' : '/ho-so-cua-toi'), { replace: true });
  };

  return (
    <Page title={t('auth.loginTitle')} narrow>
      <Section>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextField label={t('auth.username')} value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" autoCapitalize="none" required error={missing.username} />
          <TextField label={t('auth.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required error={missing.password} />
          {error && <Notice tone="error">{error.message}</Notice>}
          <div style={{ marginTop: 12 }}><Button type="submit" variant="primary" block busy={busy}>{t('auth.login')}</Button></div>
        </form>
        <p><Link to="/quen-mat-khau">{t('reset.forgot')}</Link></p>
        <p>{t('auth.noAccount')} <Link to="/dang-ky">{t('nav.register')}</Link></p>
      </Section>
    </Page>
  );
}
