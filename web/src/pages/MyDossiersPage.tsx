import { useEffect, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { QueueItem } from '../modules/dossiers/api';
import { DeadlineTag } from '../modules/dossiers/DeadlineTag';
import { StatusTag } from '../modules/dossiers/StatusTag';
import { useSession } from '../modules/identity/session';
import { formatDate } from '../ui/format';
import { ButtonLink, Loading, Page, Pager, Section } from '../ui/kit';
import { loginPath } from '../ui/PortalLayout';

const PAGE_SIZE = 20;

/** The applicant's dossiers, newest first: drafts to finish, dossiers to follow, results to collect. */
export function MyDossiersPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('trang') ?? '1') || 1);
  const [data, setData] = useState<{ items: QueueItem[]; total: number } | null>(null);
  useEffect(() => {
    if (!user) return;
    unwrap(api.GET('/api/my/dossiers', { params: { query: { page, pageSize: PAGE_SIZE } } })).then(setData).catch(() => setData({ items: [], total: 0 }));
  }, [user, page]);
  if (loading) return <Loading />;
  if (!user) return <Navigate to={loginPath('/ho-so-cua-toi')} replace />;
  return (
    <Page title={t('nav.myDossiers')}>
      <Section>
        {!data ? <Loading /> : data.items.length === 0 ? (
          <div className="kit-stack"><p className="kit-muted" style={{ margin: 0 }}>{t('dossier.none')}</p><div><ButtonLink to="/" variant="primary">{t('nav.procedures')}</ButtonLink></div></div>
        ) : (
          <ul className="kit-list">
            {data.items.map((item) => (
              <li key={item.id}>
                <Link to={`/ho-so/${item.id}`} style={{ fontWeight: 600 }}>{item.procedureName}</Link>
                <span className="kit-small">
                  {item.code ? `${t('dossier.code')}: ${item.code}` : item.status === 'draft' ? t('status.draft') : `${t('dossier.trackingCode')}: ${item.trackingCode} · ${t('dossier.awaitingCode')}`}
                  {item.submittedAt && <> · {t('dossier.submittedAt')}: {formatDate(item.submittedAt)}</>}
                  {item.dueAt && <> · {t('dossier.dueAt')}: {formatDate(item.extendedDueAt ?? item.dueAt)}</>}
                </span>
                <span className="kit-actions"><StatusTag status={item.status} /><DeadlineTag workingDaysLeft={item.workingDaysLeft} paused={item.status === 'awaiting_supplement'} /></span>
              </li>
            ))}
          </ul>
        )}
        {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} href={(p) => `/ho-so-cua-toi?trang=${p}`} />}
      </Section>
    </Page>
  );
}
