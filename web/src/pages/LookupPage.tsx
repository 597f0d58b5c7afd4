import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { StatusTag } from '../modules/dossiers/StatusTag';
import { Button, Facts, Notice, Page, Section, Tag, TextField, useRequest } from '../ui/kit';

type Lookup = Reply<'/api/public/dossiers/{code}', 'get'>;
const when = (value: string | null) => (value ? dayjs(value).format('HH:mm DD/MM/YYYY') : '—');

function LookupResult({ found }: { found: Lookup }) {
  const { t } = useI18n();
  return (
    <Section title={found.code ?? `${found.trackingCode} · ${t('lookup.awaitingCode')}`}>
      <Facts items={[
        [t('dossier.procedure'), found.procedureName],
        [t('dossier.status'), <StatusTag status={found.status} />],
        [t('dossier.receivingAgency'), found.agencyName],
        [t('dossier.currentAgency'), found.currentAgencyName],
        ...(found.code ? [] : [[t('dossier.submittedAt'), when(found.submittedAt)] as [string, string]]),
        [t('dossier.receivedAt'), when(found.receivedAt)],
        [t('dossier.dueAt'), when(found.dueAt)],
        ...(found.extendedDueAt ? [[t('dossier.extendedDueAt'), when(found.extendedDueAt)] as [string, string]] : []),
        ...(found.onTime === null ? [] : [[t('lookup.progress'), <Tag tone={found.onTime ? 'green' : 'red'}>{found.onTime ? t('dossier.onTime') : t('dossier.late')}</Tag>] as [string, ReactNode]]),
      ]} />
    </Section>
  );
}

/**
 * Anyone, without an account: a dossier's status from the code on its receipt (typed, or from the
 * receipt's QR code, which opens this page with `?ma=`), or every dossier of an applicant from their ID
 * number and phone number.
 */
export function LookupPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [code, setCode] = useState(params.get('ma') ?? '');
  const [identityNumber, setIdentityNumber] = useState('');
  const [phone, setPhone] = useState('');
  const [found, setFound] = useState<Lookup[] | null>(null);
  const byCode = useRequest();
  const byApplicant = useRequest();

  const searchCode = async (value: string) => {
    const trimmed = value.trim();
    setFound(null);
    if (!trimmed) return byCode.setError(null);
    setParams({ ma: trimmed }, { replace: true });
    const one = await byCode.run(() => unwrap(api.GET('/api/public/dossiers/{code}', { params: { path: { code: trimmed } } })));
    if (one) setFound([one]);
  };
  // A QR code or a shared link opens the page with the code: look it up at once.
  useEffect(() => {
    const fromLink = params.get('ma');
    if (fromLink) void searchCode(fromLink);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const searchApplicant = async (event: FormEvent) => {
    event.preventDefault();
    setFound(null);
    const list = await byApplicant.run(() => unwrap(api.GET('/api/public/dossiers', { params: { query: { identityNumber: identityNumber.trim(), phone: phone.trim() } } })));
    if (list) setFound(list.items);
  };

  return (
    <Page title={t('lookup.title')}>
      <div className="kit-grid-2">
        <Section title={t('lookup.byCode')} id="theo-ma">
          <form role="search" onSubmit={(e) => { e.preventDefault(); void searchCode(code); }}>
            <TextField label={t('lookup.label')} placeholder={t('lookup.placeholder')} value={code} onChange={(e) => setCode(e.target.value)}
              autoCapitalize="characters" autoComplete="off" spellCheck={false} error={byCode.error?.message} />
            <Button type="submit" variant="primary" busy={byCode.busy}>{t('lookup.search')}</Button>
          </form>
        </Section>
        <Section title={t('lookup.byApplicant')} id="theo-cccd">
          <form onSubmit={(e) => void searchApplicant(e)}>
            <TextField label={t('auth.identityNumber')} value={identityNumber} onChange={(e) => setIdentityNumber(e.target.value)} inputMode="numeric" autoComplete="off" required
              error={byApplicant.error?.code === 'VALIDATION_FAILED' ? t('lookup.applicantInvalid') : undefined} />
            <TextField label={t('auth.phone')} value={phone} onChange={(e) => setPhone(e.target.value)} type="tel" inputMode="tel" autoComplete="tel" required />
            {byApplicant.error && byApplicant.error.code !== 'VALIDATION_FAILED' && <Notice tone="error">{byApplicant.error.message}</Notice>}
            <Button type="submit" variant="primary" busy={byApplicant.busy}>{t('lookup.search')}</Button>
          </form>
        </Section>
      </div>
      <div aria-live="polite" className="kit-stack">
        {found && found.length === 0 && <Notice tone="warning">{t('lookup.noneForApplicant')}</Notice>}
        {found?.map((f) => <LookupResult key={f.trackingCode} found={f} />)}
      </div>
    </Page>
  );
}
