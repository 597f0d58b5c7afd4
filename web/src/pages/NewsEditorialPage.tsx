import { useEffect, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Empty, Flex, List, Segmented, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import type { ArticleStatus } from '../modules/content/api';
import { useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { formatDate } from '../ui/format';
import { useApiAction } from '../ui/useApiAction';
import { categoryKey } from './NewsPage';

type Articles = Reply<'/api/editorial/articles', 'get'>;
type Workplaces = Reply<'/api/editorial/workplaces', 'get'>;
const STATUSES: (ArticleStatus | 'all')[] = ['all', 'draft', 'review', 'published', 'unpublished'];
export const articleStatusKey = (s: ArticleStatus | 'all') => `content.article.${s}` as MessageKey;
export const ARTICLE_TONE: Record<ArticleStatus, string> = { draft: 'default', review: 'orange', published: 'green', unpublished: 'red' };

/** Biên tập: the articles of the editor's (or leader's) agencies, every agency's for the province admin, by state. */
export function NewsEditorialPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { user, loading } = useSession();
  const [params, setParams] = useSearchParams();
  const raw = params.get('trang-thai') ?? 'all';
  const status = (STATUSES.includes(raw as ArticleStatus) ? raw : 'all') as ArticleStatus | 'all';
  const [places, setPlaces] = useState<Workplaces>();
  const [articles, setArticles] = useState<Articles>();
  const { run } = useApiAction();
  const official = user?.kind === 'official';
  useEffect(() => {
    if (official) void run(() => unwrap(api.GET('/api/editorial/workplaces'))).then((p) => p && setPlaces(p));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [official]);
  const works = !!places && (places.editorOf.length > 0 || places.approverOf.length > 0);
  useEffect(() => {
    if (!works) return;
    void run(() => unwrap(api.GET('/api/editorial/articles', { params: { query: { status: status === 'all' ? undefined : status, pageSize: 50 } } })))
      .then((found) => found && setArticles(found));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [works, status]);

  if (loading) return null;
  if (!user) return <Navigate to="/dang-nhap?tiep=%2Fbien-tap" replace />;
  if (!official || (places && !works)) return <Navigate to="/tin-tuc" replace />;
  return (
    <Card title={<PageTitle text={t('content.editorial.title')} />}
      extra={places && places.editorOf.length > 0 && <Button type="primary" icon={<EditOutlined />} onClick={() => navigate('/bien-tap/moi')}>{t('content.editorial.new')}</Button>}>
      <Flex vertical gap={16}>
        <Segmented aria-label={t('content.editorial.filter')} value={status} onChange={(v) => setParams(v === 'all' ? {} : { 'trang-thai': String(v) }, { replace: true })}
          options={STATUSES.map((s) => ({ value: s, label: t(articleStatusKey(s)) }))} style={{ maxWidth: '100%', overflowX: 'auto' }} />
        {!articles ? null : articles.items.length === 0 ? <Empty description={t('content.editorial.empty')} /> : (
          <List dataSource={articles.items} renderItem={(a) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/bien-tap/${a.id}`}>{a.title}</Link>}
                description={(
                  <Typography.Text type="secondary">
                    {t(categoryKey(a.category))} · {a.agencyName} · {t('content.editorial.updated', { date: formatDate(a.updatedAt) })}
                    {a.publishedAt ? ` · ${t('content.editorial.publishedOn', { date: formatDate(a.publishedAt) })}` : ''}
                  </Typography.Text>
                )} />
              <Tag color={ARTICLE_TONE[a.status]}>{t(articleStatusKey(a.status))}</Tag>
            </List.Item>
          )} />
        )}
      </Flex>
    </Card>
  );
}
