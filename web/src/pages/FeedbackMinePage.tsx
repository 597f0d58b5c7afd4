import { useEffect, useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { listMyReports, type MyReport } from '../modules/feedback/api';
import { FeedbackStatusTag } from '../modules/feedback/FeedbackStatusTag';
import { useSession } from '../modules/identity/session';
import { formatDate } from '../ui/format';
import { ButtonLink, Loading, Notice, Page, Section, Tag, useRequest } from '../ui/kit';
import { loginPath } from '../ui/PortalLayout';

/** The signed-in citizen's reports, newest first, each with its status, due date and whether to rate the answer. */
export function FeedbackMinePage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const [items, setItems] = useState<MyReport[]>();
  const load = useRequest();
  useEffect(() => {
    if (user) void load.run(listMyReports).then((found) => found && setItems(found.items));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user]);
  if (loading) return <Loading />;
  if (!user) return <Navigate to={loginPath('/phan-anh-cua-toi')} replace />;
  return (
    <Page title={t('feedback.mine.title')}>
      <div><ButtonLink to="/phan-anh/gui" variant="primary">{t('feedback.send.title')}</ButtonLink></div>
      <Section>
        {load.error && <Notice tone="error">{load.error.message}</Notice>}
        {!items && !load.error && <Loading />}
        {items?.length === 0 && <p className="kit-muted" style={{ margin: 0 }}>{t('feedback.mine.none')}</p>}
        <ul className="kit-list">
          {items?.map((r) => (
            <li key={r.code}>
              <Link to={`/phan-anh/${encodeURIComponent(r.code)}`} style={{ fontWeight: 600 }}>{r.title}</Link>
              <span className="kit-small kit-muted">
                {r.code} · {r.categoryName} · {t('feedback.report.sentAt')}: {formatDate(r.createdAt)}
                {r.dueAt && r.status !== 'answered' && r.status !== 'closed' ? ` · ${t('feedback.report.dueAt')}: ${formatDate(r.dueAt)}` : ''}
              </span>
              <span className="kit-actions">
                <FeedbackStatusTag status={r.status} />
                {r.overdue && <Tag tone="red">{t('feedback.overdue')}</Tag>}
                {r.status === 'answered' && !r.rated && <Tag tone="orange">{t('feedback.mine.toRate')}</Tag>}
              </span>
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  );
}
