import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { hasRole, useSession } from '../modules/identity/session';
import dayjs from 'dayjs';
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
      <Card title={t('jobs.title')}>
        <Table rowKey="subscriber" size="small" pagination={false} scroll={{ x: true }} dataSource={overview?.subscribers ?? []} columns={[
          { title: t('jobs.subscriber'), dataIndex: 'subscriber' },
          { title: t('jobs.pending'), dataIndex: 'pending', align: 'right' },
          { title: t('jobs.running'), dataIndex: 'running', align: 'right' },
          { title: t('jobs.done'), dataIndex: 'done', align: 'right', render: (n: number) => n.toLocaleString('vi-VN') },
          { title: t('jobs.dead'), dataIndex: 'dead', align: 'right', render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n) },
        ]} />
      </Card>
      <Card title={t('jobs.deadTitle')}>
        <Typography.Paragraph type="secondary">{t('jobs.deadHint')}</Typography.Paragraph>
        <Table rowKey="id" size="small" scroll={{ x: true }} dataSource={overview?.dead.items ?? []}
          pagination={{ current: page, pageSize: 20, total: overview?.dead.total ?? 0, onChange: setPage }}
          columns={[
            { title: t('jobs.subscriber'), render: (_, d) => <><div>{d.subscriber}</div><Typography.Text type="secondary">{d.topic}</Typography.Text></> },
            { title: t('jobs.attempts'), dataIndex: 'attempts', align: 'right' },
            { title: t('jobs.failedAt'), dataIndex: 'finishedAt', render: (v: string | null) => (v ? dayjs(v).format('HH:mm DD/MM/YYYY') : '—') },
            { title: t('jobs.lastError'), dataIndex: 'lastError', render: (v: string | null) => <Typography.Text style={{ wordBreak: 'break-word' }}>{v?.split('\n')[0] ?? '—'}</Typography.Text> },
            { title: '', render: (_, d) => <Button size="small" onClick={() => void retry(d.id)}>{t('jobs.retry')}</Button> },
          ]} />
      </Card>
    </Flex>
  );
}
