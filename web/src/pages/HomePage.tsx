import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useProcedureSearch, type ProcedureLevel } from '../modules/catalog/useProcedureSearch';
import '../modules/content/content.css';
import { formatDate, formatDays, formatVnd } from '../ui/format';
import { Loading, Page, Pager, Section, SelectField, Tag, TextField } from '../ui/kit';
import { levelKey, onlineKey } from '../ui/labels';

type Fields = Reply<'/api/procedure-fields', 'get'>['items'];
type Agencies = Reply<'/api/agencies', 'get'>['items'];
type News = Reply<'/api/news', 'get'>['items'];
const PAGE_SIZE = 10;

/** The procedure catalog: search as you type (without diacritics too), by level and by field. */
export function HomePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const level = (params.get('cap') || undefined) as ProcedureLevel | undefined;
  const fieldCode = params.get('linh-vuc') || undefined;
  const agencyId = Number(params.get('co-quan')) || undefined;
  const page = Math.max(1, Number(params.get('trang') ?? '1') || 1);
  const [text, setText] = useState(q);
  const [fields, setFields] = useState<Fields>([]);
  const [agencies, setAgencies] = useState<Agencies>([]);
  const [news, setNews] = useState<News | null>(null);
  const { result, loading } = useProcedureSearch({ q, level, fieldCode, agencyId, page }, PAGE_SIZE);
  useEffect(() => {
    unwrap(api.GET('/api/procedure-fields')).then((body) => setFields(body.items)).catch(() => undefined);
    unwrap(api.GET('/api/news', { params: { query: { pageSize: 4 } } })).then((body) => setNews(body.items)).catch(() => setNews([]));
    unwrap(api.GET('/api/agencies')).then((body) => setAgencies([...body.items].sort((a, b) => a.name.localeCompare(b.name, 'vi')))).catch(() => undefined);
  }, []);

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
    return `/?${next}`;
  };

  return (
    <Page title={t('nav.procedures')}>
      <p className="kit-muted" style={{ margin: 0 }}>{t('app.tagline')}</p>
      <Section>
        <form role="search" className="kit-row" onSubmit={(e) => { e.preventDefault(); update({ q: text.trim() || undefined }); }}>
          <div className="kit-grow">
            <TextField label={t('catalog.searchLabel')} type="search" placeholder={t('catalog.searchPlaceholder')} value={text}
              onChange={(e) => { setText(e.target.value); update({ q: e.target.value.trim() || undefined }); }} enterKeyHint="search" />
          </div>
          <div style={{ flex: '1 1 160px' }}>
            <SelectField label={t('catalog.level')} value={level ?? ''} onChange={(e) => update({ cap: e.target.value || undefined })}
              options={[{ value: '', label: t('catalog.allLevels') }, ...(['province', 'district', 'commune'] as const).map((l) => ({ value: l, label: t(levelKey(l)) }))]} />
          </div>
          <div style={{ flex: '1 1 200px' }}>
            <SelectField label={t('catalog.agency')} value={agencyId ? String(agencyId) : ''} onChange={(e) => update({ 'co-quan': e.target.value || undefined })}
              options={[{ value: '', label: t('catalog.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.name }))]} />
          </div>
          <div style={{ flex: '1 1 200px' }}>
            <SelectField label={t('catalog.field')} value={fieldCode ?? ''} onChange={(e) => update({ 'linh-vuc': e.target.value || undefined })}
              options={[{ value: '', label: t('catalog.allFields') }, ...fields.map((f) => ({ value: f.code, label: f.name }))]} />
          </div>
        </form>
      </Section>
      <Section title={result ? t('catalog.results', { total: result.total.toLocaleString('vi-VN') }) : t('common.loading')} id="ket-qua">
        {!result ? <Loading /> : result.items.length === 0 ? <p className="kit-muted">{t('catalog.empty')}</p> : (
          <ul className="kit-list" aria-busy={loading}>
            {result.items.map((p) => (
              <li key={p.id}>
                <Link to={`/thu-tuc/${p.id}`} style={{ fontWeight: 600 }}>{p.name}</Link>
                <span className="kit-muted kit-small">{t('catalog.code')}: {p.nationalCode} · {p.fieldName} · {p.agencyName}</span>
                <span className="kit-actions">
                  <Tag tone="grey">{t(levelKey(p.level))}</Tag>
                  <Tag tone={p.onlineLevel === 'full' ? 'green' : 'blue'}>{t(onlineKey(p.onlineLevel))}</Tag>
                  <span className="kit-small">{t('catalog.workingDays', { days: formatDays(p.processingDays) })} · {p.feeVnd ? formatVnd(p.feeVnd) : t('catalog.free')}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
        {result && <Pager page={page} pageSize={PAGE_SIZE} total={result.total} href={pageHref} />}
      </Section>
      <Section title={t('content.home.services')} id="dich-vu">
        <ul className="content-links">
          <li><Link to="/phan-anh">{t('content.home.feedback')}</Link></li>
          <li><Link to="/hoi-dap">{t('content.home.questions')}</Link></li>
          <li><Link to="/du-lieu-mo">{t('content.home.openData')}</Link></li>
          <li><Link to="/tra-cuu">{t('content.home.lookup')}</Link></li>
        </ul>
      </Section>
      <Section title={t('content.home.news')} id="tin-tuc" actions={<Link to="/tin-tuc" className="kit-small">{t('content.home.allNews')}</Link>}>
        {!news ? <Loading /> : news.length === 0 ? <p className="kit-muted">{t('content.news.empty')}</p> : (
          <ul className="kit-list">
            {news.map((a) => (
              <li key={a.id}>
                <Link to={`/tin-tuc/${a.slug}`} style={{ fontWeight: 600 }}>{a.title}</Link>
                <span className="kit-muted kit-small">{formatDate(a.publishedAt)} · {t(`content.category.${a.category}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
