import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, resetCsrf, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../modules/identity/session';
import { Button, Page, Section, TextField, useRequest } from '../ui/kit';

/** The e-ID named a citizen who already has a password account here: proving it links the two. */
export function EidLinkPage() {
  const { t } = useI18n();
  const { setUser } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { run, busy, error } = useRequest();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) return setMissing(t('form.required', { field: t('auth.password').toLowerCase() }));
    setMissing(undefined);
    const body = await run(() => unwrap(api.POST('/api/auth/eid/link', { body: { token: params.get('ma') ?? '', password } })));
    if (!body?.user) return;
    resetCsrf();
    setUser(body.user);
    navigate('/ho-so-cua-toi', { replace: true });
  };
  return (
    <Page title={t('eid.linkTitle')} narrow>
      <Section>
        <p>{t('eid.linkIntro')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextField label={t('auth.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required error={missing ?? error?.message} />
          <div style={{ marginTop: 12 }}><Button type="submit" variant="primary" block busy={busy}>{t('eid.link')}</Button></div>
        </form>
      </Section>
    </Page>
  );
}
