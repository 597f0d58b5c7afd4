import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { api, unwrap, type ApiError, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Facts, Loading, Notice, Page, Section } from '../ui/kit';

type Search = Reply<'/api/3/action/package_search', 'get'>['result'];
type Package = Search['results'][number];

const number = new Intl.NumberFormat('vi-VN');
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
/** Bytes in vi-VN numbers: "850 byte", "12,4 KB", "1,2 MB". */
export const fileSize = (bytes: number) =>
  bytes < 1024 ? `${number.format(bytes)} byte` : bytes < 1024 * 1024 ? `${decimal.format(bytes / 1024)} KB` : `${decimal.format(bytes / 1024 / 1024)} MB`;
/** CKAN's times are naive UTC. */
const when = (ckanTime: string) => dayjs(`${ckanTime}Z`).format('DD/MM/YYYY HH:mm');
/** The licence's deed in Vietnamese, where Creative Commons has one. */
const deed = (url: string) => (url.startsWith('https://creativecommons.org/') ? `${url}deed.vi` : url);
/** Links stay on the origin the page came from (the catalog's URLs are absolute, from the configured public address). */
const sameOrigin = (url: string) => new URL(url).pathname;

function Dataset({ p }: { p: Package }) {
  const { t } = useI18n();
  const frequency = p.extras.find((e) => e.key === 'frequency')?.value;
  const csv = p.resources.find((r) => r.format === 'CSV');
  const id = `bo-du-lieu-${p.name}`;
  return (
    <Section title={p.title} id={id}>
      <p>{p.notes}</p>
      <Facts items={[
        [t('opendata.licence'), <a href={deed(p.license_url)} rel="license noopener" target="_blank">{p.license_title} ({p.license_id.toUpperCase()})</a>],
        ...(p.organization ? [[t('opendata.publisher'), p.organization.title] as [string, string]] : []),
        [t('opendata.updated'), when(p.metadata_modified)],
        ...(frequency ? [[t('opendata.frequency'), frequency] as [string, string]] : []),
        ...(csv ? [[t('opendata.rows'), number.format(csv.row_count)] as [string, string]] : []),
      ]} />
      <h3 style={{ fontSize: 16, margin: '12px 0 4px' }}>{t('opendata.formats')}</h3>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
        {p.resources.map((r) => (
          <li key={r.id}>
            <a className="kit-btn" href={sameOrigin(r.url)} download aria-label={t('opendata.downloadLabel', { title: p.title, format: r.format, size: fileSize(r.size) })}>
              {t('opendata.download', { format: r.format })}
            </a>{' '}
            <span className="kit-muted kit-small">{fileSize(r.size)} · {when(r.last_modified)}</span>
          </li>
        ))}
      </ul>
      <details style={{ marginTop: 12 }}>
        <summary>{t('opendata.columns')}</summary>
        <dl style={{ margin: '8px 0 0' }}>
          {p.columns.map((c) => (
            <div key={c.key} style={{ marginBottom: 6 }}><dt><code>{c.key}</code></dt><dd style={{ margin: 0 }}>{c.title}</dd></div>
          ))}
        </dl>
      </details>
    </Section>
  );
}

/** Anyone: the open data sets, their licence, downloads and a note on the CKAN-shaped API. */
export function OpenDataPage() {
  const { t } = useI18n();
  const [found, setFound] = useState<Search | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    unwrap(api.GET('/api/3/action/package_search', { params: { query: { rows: 100 } } })).then((reply) => setFound(reply.result)).catch((e: ApiError) => setError(e));
  }, []);

  return (
    <Page title={t('opendata.title')}>
      <p>{t('opendata.intro')}</p>
      {error && <Notice tone="error">{error.message}</Notice>}
      {!found && !error && <Loading />}
      {found && found.count === 0 && <Notice>{t('opendata.none')}</Notice>}
      <div className="kit-stack">
        {found?.results.map((p) => <Dataset key={p.id} p={p} />)}
      </div>
      <Section title={t('opendata.api.title')} id="nha-phat-trien">
        <p>{t('opendata.api.intro')}</p>
        <ul style={{ paddingLeft: 20, overflowWrap: 'anywhere' }}>
          <li><code>GET /api/3/action/package_list</code> — {t('opendata.api.list')}</li>
          <li><code>GET /api/3/action/package_show?id=…</code> — {t('opendata.api.show')}</li>
          <li><code>GET /api/3/action/package_search?q=…&amp;rows=…&amp;start=…</code> — {t('opendata.api.search')}</li>
          <li><code>GET /api/3/action/organization_list</code>, <code>resource_show?id=…</code></li>
        </ul>
        <p>{t('opendata.api.files')}</p>
        <p><a href="/api/docs">{t('opendata.api.docs')}</a></p>
      </Section>
    </Page>
  );
}
