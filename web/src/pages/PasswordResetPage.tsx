import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Button, fieldErrors, Notice, Page, Section, TextField, useRequest } from '../ui/kit';

/** "Quên mật khẩu": the account's user name or email; a link is mailed if the account has an address. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [account, setAccount] = useState('');
  const [sent, setSent] = useState(false);
  const [missing, setMissing] = useState('');
  const { run, busy, error } = useRequest();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (account.trim().length < 3) return setMissing(t('form.required', { field: t('reset.account').toLowerCase() }));
    setMissing('');
    if (await run(() => unwrap(api.POST('/api/auth/password-reset/request', { body: { account: account.trim() } })))) setSent(true);
  };
  return (
    <Page title={t('reset.forgotTitle')} narrow>
      <Section>
        {sent ? <Notice tone="success" live>{t('reset.sent')}</Notice> : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <p style={{ marginTop: 0 }}>{t('reset.forgotHint')}</p>
            <TextField label={t('reset.account')} value={account} onChange={(e) => setAccount(e.target.value)} autoComplete="username" autoCapitalize="none" required error={missing || undefined} />
            {error && <Notice tone="error">{error.message}</Notice>}
            <Button type="submit" variant="primary" block busy={busy}>{t('reset.send')}</Button>
          </form>
        )}
        <p><Link to="/dang-nhap">{t('reset.backToLogin')}</Link></p>
      </Section>
    </Page>
  );
}

/** The mailed link: a new password, twice. */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('ma') ?? '';
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const { run, busy, error } = useRequest();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (password.length < 8 || !/[a-zA-Z]/.test(password) || !/[0-9]/.test(password)) local.password = t('auth.passwordHint');
    if (again !== password) local.again = t('reset.mismatch');
    setProblems(local);
    if (Object.keys(local).length > 0) return;
    if (await run(() => unwrap(api.POST('/api/auth/password-reset', { body: { token, password } })))) setDone(true);
  };
  const server = fieldErrors(error, () => t('auth.password'), { WEAK_PASSWORD: 'password' });
  return (
    <Page title={t('reset.title')} narrow>
      <Section>
        {done ? (
          <Notice tone="success" live>{t('reset.done')} <Link to="/dang-nhap">{t('nav.login')}</Link></Notice>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <TextField label={t('reset.newPassword')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password"
              hint={t('auth.passwordHint')} required error={problems.password ?? server.password} />
            <TextField label={t('reset.again')} type="password" value={again} onChange={(e) => setAgain(e.target.value)} autoComplete="new-password" required error={problems.again} />
            {error && !server.password && <Notice tone="error">{error.message} <Link to="/quen-mat-khau">{t('reset.askAgain')}</Link></Notice>}
            <Button type="submit" variant="primary" block busy={busy}>{t('reset.save')}</Button>
          </form>
        )}
      </Section>
    </Page>
  );
}
