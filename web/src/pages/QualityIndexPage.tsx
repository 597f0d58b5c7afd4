import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { Loading, Notice, Page, Section, Tag, type Tone } from '../ui/kit';

type Report = Reply<'/api/quality-index', 'get'>;
type Index = Report['index'];

const points = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const RANK_TONE: Record<Index['rank'], Tone> = { excellent: 'green', good: 'cyan', fair: 'blue', average: 'orange', weak: 'red' };

function IndexCard({ index, title }: { index: Index; title: string }) {
  const { t } = useI18n();
  return (
    <div>
      <p style={{ fontSize: 28, margin: '0 0 8px' }} aria-label={`${title}: ${t('operations.quality.total')} ${points.format(index.total)} / 100`}>
        <strong>{points.format(index.total)}</strong> / 100 <Tag tone={RANK_TONE[index.rank]}>{t(`operations.quality.rank.${index.rank}` as MessageKey)}</Tag>
      </p>
      <table className="kit-table" style={{ width: '100%' }}>
        <thead><tr><th scope="col">{t('operations.quality.group')}</th><th scope="col" style={{ textAlign: 'right' }}>{t('operations.quality.points')}</th></tr></thead>
        <tbody>
          {index.groups.map((g) => (
            <tr key={g.code}>
              <td>{g.name} ({g.code})</td>
              <td style={{ textAlign: 'right' }}>{points.format(g.points)} / {g.maxPoints}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Chỉ số phục vụ người dân, doanh nghiệp: the province's index (Decision 766) and each agency's under it, as
 * the national portal publishes it; anyone may read it, no dossier is shown.
 */
export function QualityIndexPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const agencyId = params.get('co-quan') ? Number(params.get('co-quan')) : undefined;
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setReport(null);
    unwrap(api.GET('/api/quality-index', { params: { query: { agencyId } } })).then(setReport, (e: Error) => setError(e.message));
  }, [agencyId]);
  const day = (iso: string) => dayjs(iso).format('DD/MM/YYYY');
  return (
    <Page title={t('operations.quality.title')}>
      <p>{t('operations.quality.intro')}</p>
      {error && <Notice tone="error">{error}</Notice>}
      {!report && !error && <Loading />}
      {report && (
        <>
          <Section title={report.agency.name}>
            <p>{t('operations.quality.period', { from: day(report.from), to: day(report.to) })}</p>
            <IndexCard index={report.index} title={report.agency.name} />
            {agencyId && <p><Link to="/chi-so-phuc-vu">{t('operations.quality.back')}</Link></p>}
          </Section>
          {report.children.length > 0 && (
            <Section title={t('operations.quality.agencies')}>
              <ol style={{ paddingLeft: 20 }}>
                {report.children.map((c) => (
                  <li key={c.agency.id} style={{ marginBottom: 12 }}>
                    <strong>{c.agency.name}</strong>: {points.format(c.index.total)} / 100{' '}
                    <Tag tone={RANK_TONE[c.index.rank]}>{t(`operations.quality.rank.${c.index.rank}` as MessageKey)}</Tag>
                    {c.agency.hasChildren && <> · <Link to={`/chi-so-phuc-vu?co-quan=${c.agency.id}`}>{t('operations.quality.details', { name: c.agency.name })}</Link></>}
                  </li>
                ))}
              </ol>
            </Section>
          )}
        </>
      )}
    </Page>
  );
}
