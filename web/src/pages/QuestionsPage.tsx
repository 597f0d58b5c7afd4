import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../modules/identity/session';
import '../modules/content/content.css';
import { Button, Loading, Notice, Page, Pager, Section, SelectField, TextArea, TextField, fieldErrors, useRequest } from '../ui/kit';
import { formatDate } from '../ui/format';

type Results = Reply<'/api/questions', 'get'>;
type Agencies = Reply<'/api/agencies', 'get'>['items'];
const PAGE_SIZE = 10;

/** The ask form: about a procedure (from its page) or a topic for an agency; a visitor leaves a name and an email. */
function AskForm({ procedureId, procedureName, onClear }: { procedureId?: number; procedureName?: string; onClear: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [agencies, setAgencies] = useState<Agencies>([]);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [hideName, setHideName] = useState(false);
  const [sent, setSent] = useState<number>();
  const ask = useRequest();
  useEffect(() => {
    unwrap(api.GET('/api/agencies')).then((b) => setAgencies([...b.items].sort((a, c) => a.name.localeCompare(c.name, 'vi')))).catch(() => undefined);
  }, []);
  const errors = fieldErrors(ask.error, (field) => t(`content.ask.${field}` as never), { QUESTION_CONTACT_REQUIRED: user ? 'title' : 'email' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await ask.run(() => unwrap(api.POST('/api/questions', {
      body: {
        title: title.trim(), body: body.trim(), hideName,
        ...(procedureId ? { procedureId } : agencyId ? { agencyId: Number(agencyId) } : {}),
        ...(user ? {} : { name: name.trim(), email: email.trim() }),
      },
    })));
    if (done) {
      setSent(done.id);
      setTitle('');
      setBody('');
    }
  };

  if (sent) {
    return (
      <Notice tone="success" live>
        {t('content.ask.sent')} <Button variant="link" onClick={() => setSent(undefined)}>{t('content.ask.another')}</Button>
      </Notice>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {procedureId ? (
        <p className="kit-muted">
          {t('content.ask.aboutProcedure', { name: procedureName ?? `#${procedureId}` })}{' '}
          <Button variant="link" onClick={onClear}>{t('content.ask.otherTopic')}</Button>
        </p>
      ) : (
        <SelectField label={t('content.ask.agency')} value={agencyId} onChange={(e) => setAgencyId(e.target.value)} hint={t('content.ask.agencyHint')}
          options={[{ value: '', label: t('content.ask.province') }, ...agencies.map((a) => ({ value: String(a.id), label: a.name }))]} />
      )}
      <TextField label={t('content.ask.title')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} error={errors.title} />
      <TextArea label={t('content.ask.body')} value={body} onChange={(e) => setBody(e.target.value)} required rows={5} maxLength={5000} error={errors.body} />
      {!user && (
        <div className="kit-grid-2">
          <TextField label={t('content.ask.name')} value={name} onChange={(e) => setName(e.target.value)} required autoComplete="name" error={errors.name} />
          <TextField label={t('content.ask.email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="email"
            hint={t('content.ask.emailHint')} error={errors.email} />
        </div>
      )}
      <label className="kit-check">
        <input type="checkbox" checked={hideName} onChange={(e) => setHideName(e.target.checked)} />
        {t('content.ask.hideName')}
      </label>
      {ask.error && !Object.keys(errors).length && <Notice tone="error">{ask.error.message}</Notice>}
      <Button type="submit" variant="primary" busy={ask.busy}>{t('content.ask.submit')}</Button>
    </form>
  );
}

/** Hỏi đáp: the answered questions, searched without diacritics, by procedure or agency; and the form to ask. */
export function QuestionsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const procedureId = Number(params.get('thu-tuc')) || undefined;
  const page = Math.max(1, Number(params.get('trang') ?? '1') || 1);
  const [text, setText] = useState(q);
  const [result, setResult] = useState<Results>();
  const [procedureName, setProcedureName] = useState<string>();
  const [failed, setFailed] = useState<string>();

  useEffect(() => {
    setResult(undefined);
    unwrap(api.GET('/api/questions', { params: { query: { q: q || undefined, procedureId, page, pageSize: PAGE_SIZE } } }))
      .then(setResult).catch((e: Error) => setFailed(e.message));
  }, [q, procedureId, page]);
  // "Ask about this procedure" links here with #dat-cau-hoi: the form is brought into view once the page is drawn.
  useEffect(() => {
    if (window.location.hash === '#dat-cau-hoi') document.getElementById('dat-cau-hoi')?.scrollIntoView();
  }, []);
  useEffect(() => {
    if (!procedureId) return setProcedureName(undefined);
    unwrap(api.GET('/api/procedures/{id}', { params: { path: { id: procedureId } } })).then((p) => setProcedureName(p.name)).catch(() => undefined);
  }, [procedureId]);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete('trang');
    setParams(next, { replace: true });
  };
  const pageHref = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('trang', String(p));
    return `/hoi-dap?${next}`;
  };

  return (
    <Page title={t('content.qa.title')}>
      <p className="kit-muted" style={{ margin: 0 }}>{t('content.qa.intro')}</p>
      <Section>
        <form role="search" onSubmit={(e) => { e.preventDefault(); update({ q: text.trim() || undefined }); }}>
          <TextField label={t('content.qa.search')} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('content.qa.searchPlaceholder')} enterKeyHint="search" />
          <Button type="submit" variant="primary">{t('content.qa.searchButton')}</Button>
        </form>
        {procedureId && (
          <p className="kit-small">
            {t('content.qa.forProcedure', { name: procedureName ?? '…' })}{' '}
            <Link to={`/thu-tuc/${procedureId}`}>{t('content.qa.procedurePage')}</Link> ·{' '}
            <Button variant="link" onClick={() => update({ 'thu-tuc': undefined })}>{t('content.qa.allQuestions')}</Button>
          </p>
        )}
      </Section>
      <Section title={result ? t('content.qa.results', { total: result.total.toLocaleString('vi-VN') }) : t('common.loading')} id="ket-qua">
        {failed ? <Notice tone="error">{failed}</Notice> : !result ? <Loading /> : result.items.length === 0 ? <p className="kit-muted">{t('content.qa.empty')}</p> : (
          <ul className="kit-list">
            {result.items.map((item) => (
              <li key={item.id}>
                <Link to={`/hoi-dap/${item.id}`} style={{ fontWeight: 600 }}>{item.title}</Link>
                <span className="kit-muted kit-small">
                  {t('content.qa.askedBy', { name: item.askerName, date: formatDate(item.askedAt) })} · {t('content.qa.answeredBy', { agency: item.agencyName })}
                  {item.procedureName ? ` · ${item.procedureName}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        {result && <Pager page={page} pageSize={PAGE_SIZE} total={result.total} href={pageHref} />}
      </Section>
      <Section title={t('content.ask.heading')} id="dat-cau-hoi">
        <AskForm procedureId={procedureId} procedureName={procedureName} onClear={() => update({ 'thu-tuc': undefined })} />
      </Section>
    </Page>
  );
}
