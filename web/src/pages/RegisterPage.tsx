import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, resetCsrf, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { useSession } from '../modules/identity/session';
import { Button, fieldErrors, Notice, Page, Section, SelectField, TextField, useRequest } from '../ui/kit';

type RegisterForm = {
  kind: 'citizen' | 'business'; username: string; password: string; fullName: string;
  identityNumber: string; organization: string; email: string; phone: string;
};
const EMPTY: RegisterForm = { kind: 'citizen', username: '', password: '', fullName: '', identityNumber: '', organization: '', email: '', phone: '' };
const LABEL: Record<keyof RegisterForm, MessageKey> = {
  kind: 'auth.kind', username: 'auth.username', password: 'auth.password', fullName: 'auth.fullName', identityNumber: 'auth.identityNumber',
  organization: 'auth.organization', email: 'auth.email', phone: 'auth.phone',
};

export function RegisterPage() {
  const { t } = useI18n();
  const { setUser } = useSession();
  const navigate = useNavigate();
  const { run, busy, error } = useRequest();
  const [form, setForm] = useState<RegisterForm>(EMPTY);
  const [local, setLocal] = useState<Record<string, string>>({});
  const set = (name: keyof RegisterForm) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value });
  const label = (name: string) => t(LABEL[name as keyof RegisterForm] ?? 'auth.username');

  const check = (): Record<string, string> => {
    const problems: Record<string, string> = {};
    const required: (keyof RegisterForm)[] = ['fullName', 'username', 'password', ...(form.kind === 'business' ? ['organization' as const] : [])];
    for (const name of required) if (!form[name].trim()) problems[name] = t('form.required', { field: label(name).toLowerCase() });
    if (form.identityNumber && !/^[0-9]{10,13}$/.test(form.identityNumber.trim())) problems.identityNumber = t('register.identityInvalid');
    if (form.phone && !/^[0-9+ ]{9,15}$/.test(form.phone.trim())) problems.phone = t('register.phoneInvalid');
    if (form.username && !/^[a-z0-9._-]{3,64}$/.test(form.username.trim().toLowerCase())) problems.username = t('auth.usernameHint');
    if (form.password && (form.password.length < 8 || !/[a-zA-Z]/.test(form.password) || !/[0-9]/.test(form.password))) problems.password = t('auth.passwordHint');
    return problems;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = check();
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const body = Object.fromEntries(Object.entries({ ...form, username: form.username.trim().toLowerCase() }).map(([k, v]) => [k, v.trim()]).filter(([k, v]) => v !== '' || k === 'password'));
    const done = await run(() => unwrap(api.POST('/api/auth/register', { body: { ...body, password: form.password } as never })));
    if (!done?.user) return;
    resetCsrf();
    setUser(done.user);
    navigate('/');
  };

  const server = fieldErrors(error, label, { USERNAME_TAKEN: 'username', WEAK_PASSWORD: 'password' });
  const errorOf = (name: keyof RegisterForm) => local[name] ?? server[name];
  const unplaced = error && Object.keys(server).length === 0;
  return (
    <Page title={t('auth.registerTitle')} narrow>
      <Section>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <SelectField label={t('auth.kind')} value={form.kind} onChange={set('kind')}
            options={[{ value: 'citizen', label: t('auth.kindCitizen') }, { value: 'business', label: t('auth.kindBusiness') }]} />
          <TextField label={t('auth.fullName')} value={form.fullName} onChange={set('fullName')} autoComplete="name" required error={errorOf('fullName')} />
          {form.kind === 'business' && <TextField label={t('auth.organization')} value={form.organization} onChange={set('organization')} autoComplete="organization" required error={errorOf('organization')} />}
          <TextField label={t('auth.identityNumber')} value={form.identityNumber} onChange={set('identityNumber')} inputMode="numeric" error={errorOf('identityNumber')} />
          <TextField label={t('auth.email')} type="email" value={form.email} onChange={set('email')} autoComplete="email" error={errorOf('email')} />
          <TextField label={t('auth.phone')} type="tel" value={form.phone} onChange={set('phone')} autoComplete="tel" inputMode="tel" error={errorOf('phone')} />
          <TextField label={t('auth.username')} value={form.username} onChange={set('username')} autoComplete="username" autoCapitalize="none" hint={t('auth.usernameHint')} required error={errorOf('username')} />
          <TextField label={t('auth.password')} type="password" value={form.password} onChange={set('password')} autoComplete="new-password" hint={t('auth.passwordHint')} required error={errorOf('password')} />
          {unplaced && <Notice tone="error">{error.message}</Notice>}
          <div style={{ marginTop: 12 }}><Button type="submit" variant="primary" block busy={busy}>{t('auth.register')}</Button></div>
        </form>
      </Section>
    </Page>
  );
}
