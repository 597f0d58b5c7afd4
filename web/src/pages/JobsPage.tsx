import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, Button, Card, Flex, List, Tag, Typography } from 'antd';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { hasRole, useSession } from '../modules/identity/session';
import dayjs from 'dayjs';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type Overview = Reply<'/api/admin/jobs', 'get'>;

/** The province IT admin watches background work and retries what failed for good (dead letters). */
export function JobsPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const { run } = useApiAction();
  const [overview, setOverview] = useState<Overview>();
  const [error, setError] = useState<string>();
  const [page, setPage] = useState(1);
  const load = useCallback(async () => {
    try {
      setOverview(await unwrap(api.GET('/api/admin/jobs', { params: { query: { page, pageSize: 20 } } })));
    } catch (e) {
      setError((e as ApiError).message);
    }
  }, [page]);
  useEffect(() => {
    void load();
  }, [load]);
  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/dang-nhap" replace />;
  if (error) return <Alert type="error" showIcon message={error} />;

  const retry = async (id: number) => {
    if (await run(() => unwrap(api.POST('/api/admin/jobs/deliveries/{id}/retry', { params: { path: { id } } })))) await load();
  };
  return (
    <Flex vertical gap={16}>
      <Card title={<PageTitle text={t('jobs.title')} />}>
        <List size="small" dataSource={overview?.subscribers ?? []} renderItem={(s) => (
          <List.Item>
            <List.Item.Meta title={s.subscriber} description={
              <Flex gap={4} wrap="wrap">
                <Tag>{t('jobs.pending')}: {s.pending.toLocaleString('vi-VN')}</Tag>
                <Tag>{t('jobs.running')}: {s.running.toLocaleString('vi-VN')}</Tag>
                <Tag color="green">{t('jobs.done')}: {s.done.toLocaleString('vi-VN')}</Tag>
                <Tag color={s.dead > 0 ? 'red' : undefined}>{t('jobs.dead')}: {s.dead.toLocaleString('vi-VN')}</Tag>
              </Flex>
            } />
          </List.Item>
        )} />
      </Card>
      <Card title={t('jobs.deadTitle')}>
        <Typography.Paragraph type="secondary">{t('jobs.deadHint')}</Typography.Paragraph>
        <List size="small" dataSource={overview?.dead.items ?? []}
          pagination={{ current: page, pageSize: 20, total: overview?.dead.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
          renderItem={(d) => (
            <List.Item actions={[<Button key="retry" size="small" onClick={() => void retry(d.id)}>{t('jobs.retry')}</Button>]}>
              <List.Item.Meta
                title={`${d.subscriber} · ${d.topic}`}
                description={<>
                  <div>{t('jobs.attempts')}: {d.attempts} · {t('jobs.failedAt')}: {d.finishedAt ? dayjs(d.finishedAt).format('HH:mm DD/MM/YYYY') : '—'}</div>
                  <Typography.Text style={{ wordBreak: 'break-word' }}>{t('jobs.lastError')}: {d.lastError?.split('\n')[0] ?? '—'}</Typography.Text>
                </>} />
            </List.Item>
          )} />
      </Card>
    </Flex>
  );
}
