import { useCallback, useEffect, useRef, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { hasRole, useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';

type Status = Reply<'/api/admin/operations/status', 'get'>;
type DeadLetters = Reply<'/api/admin/operations/dead-letters', 'get'>;
type DeadLetter = DeadLetters['items'][number];
type NodeState = Status['nodes'][number]['state'];
type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The page asks again about every 10 s, as the nodes heartbeat. */
const REFRESH_MS = 10_000;
const PAGE_SIZE = 10;
/** A section's heading in its card's title (the page's one h1 is its title). */
const HEADING = { fontSize: 16, margin: 0 } as const;

const number = (n: number) => n.toLocaleString('vi-VN');
const when = (value: string | null | undefined) => (value ? dayjs(value).format('DD/MM/YYYY HH:mm') : '—');
const megabytes = (bytes: number) => `${number(Math.round(bytes / 1_048_576))} MB`;
const milliseconds = (ms: number) => `${ms.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ms`;

/** A duration as a person says it: 12 giây, 3 phút, 2 giờ 5 phút, 1 ngày 4 giờ. */
function age(t: Translate, seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return t('ops.age.seconds', { n: number(s) });
  if (s < 3600) return t('ops.age.minutes', { n: number(Math.floor(s / 60)) });
  if (s < 86_400) return t('ops.age.hours', { h: number(Math.floor(s / 3600)), m: number(Math.floor((s % 3600) / 60)) });
  return t('ops.age.days', { d: number(Math.floor(s / 86_400)), h: number(Math.floor((s % 86_400) / 3600)) });
}

const NODE_COLOR: Record<NodeState, string | undefined> = { up: 'green', down: 'red', gone: undefined };

/**
 * The province IT admin's operations page (vận hành): every node of the platform with its health, the
 * background job queues and their dead letters (retry or discard, each audited), the audit chain, the
 * database's replicas and the database itself. Figures are platform-wide: the province's admins only.
 */
export function OperationsAdminPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user, loading } = useSession();
  const [status, setStatus] = useState<Status>();
  const [dead, setDead] = useState<DeadLetters>();
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<number>();
  const pageRef = useRef(page);
  pageRef.current = page;

  const load = useCallback(async () => {
    try {
      const [s, d] = await Promise.all([
        unwrap(api.GET('/api/admin/operations/status')),
        unwrap(api.GET('/api/admin/operations/dead-letters', { params: { query: { page: pageRef.current, pageSize: PAGE_SIZE } } })),
      ]);
      setStatus(s);
      setDead(d);
      setError(undefined);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('common.error'));
    }
  }, [t]);

  useEffect(() => {
    if (!hasRole(user, 'admin')) return undefined;
    void load();
    // A tab in the background asks nothing; it catches up at its next turn once shown.
    const timer = setInterval(() => {
      if (!document.hidden) void load();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [user, load, page]);

  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/dang-nhap?tiep=%2Fquan-tri%2Fvan-hanh" replace />;

  const act = async (letter: DeadLetter, action: 'retry' | 'discard') => {
    setBusy(letter.id);
    try {
      const params = { params: { path: { id: letter.id } } };
      await unwrap(action === 'retry' ? api.POST('/api/admin/jobs/deliveries/{id}/retry', params) : api.POST('/api/admin/jobs/deliveries/{id}/discard', params));
      message.success(t(action === 'retry' ? 'ops.dead.retried' : 'ops.dead.discarded', { id: letter.id }));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : t('common.error'));
    } finally {
      setBusy(undefined);
    }
    await load();
  };

  const nodes = status?.nodes ?? [];
  const count = (state: NodeState) => number(nodes.filter((n) => n.state === state).length);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100, margin: '0 auto', minWidth: 0 }}>
      <Card title={<PageTitle text={t('ops.title')} />} extra={<Button onClick={() => void load()}>{t('ops.refresh')}</Button>}>
        {status && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('ops.checkedAt', { time: dayjs(status.checkedAt).format('HH:mm:ss DD/MM/YYYY') })}</Typography.Paragraph>}
        {error && <Alert type="error" showIcon message={status ? t('ops.stale', { error }) : error} style={{ marginTop: 8 }} />}
      </Card>

      {status && (
        <>
          <Card title={<h2 style={HEADING}>{t('ops.nodes.title')}</h2>}>
            <Typography.Paragraph>{t('ops.nodes.summary', { up: count('up'), down: count('down'), gone: count('gone') })}</Typography.Paragraph>
            <List size="small" dataSource={nodes} locale={{ emptyText: t('ops.nodes.none') }} renderItem={(n) => (
              <List.Item>
                <List.Item.Meta
                  title={<Flex gap={8} wrap="wrap" align="center"><span style={{ wordBreak: 'break-all' }}>{n.id}</span><Tag color={NODE_COLOR[n.state]}>{t(`ops.node.${n.state}`)}</Tag></Flex>}
                  description={
                    <Descriptions size="small" column={1} items={[
                      { key: 'version', label: t('ops.node.version'), children: `${n.version} · ${t(n.runsJobs ? 'ops.node.jobs' : 'ops.node.noJobs')}` },
                      { key: 'started', label: t('ops.node.started'), children: when(n.startedAt) },
                      { key: 'seen', label: t('ops.node.lastSeen'), children: `${when(n.lastSeenAt)} (${t('ops.node.ago', { age: age(t, n.lastSeenSeconds) })})` },
                      { key: 'memory', label: t('ops.node.memory'), children: `${megabytes(n.rssBytes)} / ${megabytes(n.heapUsedBytes)}` },
                      { key: 'loop', label: t('ops.node.loop'), children: milliseconds(n.loopDelayP99Ms) },
                      { key: 'pool', label: t('ops.node.pool'), children: `${number(n.poolTotal)} / ${number(n.poolIdle)} / ${number(n.poolWaiting)}` },
                    ]} />
                  } />
              </List.Item>
            )} />
          </Card>

          <Card title={<h2 style={HEADING}>{t('ops.queues.title')}</h2>}>
            <List size="small" dataSource={status.queues} locale={{ emptyText: t('ops.queues.none') }} renderItem={(q) => (
              <List.Item>
                <List.Item.Meta
                  title={<span style={{ wordBreak: 'break-all' }}>{q.subscriber}</span>}
                  description={
                    <Flex gap={4} wrap="wrap">
                      <Tag>{t('ops.queue.pending')}: {number(q.pending)}</Tag>
                      <Tag>{t('ops.queue.due')}: {number(q.due)}</Tag>
                      <Tag>{t('ops.queue.running')}: {number(q.running)}</Tag>
                      <Tag color={q.retrying > 0 ? 'orange' : undefined}>{t('ops.queue.retrying')}: {number(q.retrying)} ({t('ops.queue.failedAttempts')}: {number(q.failedAttempts)})</Tag>
                      <Tag>{t('ops.queue.oldest')}: {age(t, q.oldestPendingSeconds)}</Tag>
                      <Tag color="green">{t('ops.queue.doneLastHour')}: {number(q.doneLastHour)}</Tag>
                      <Tag color={q.dead > 0 ? 'red' : undefined}>{t('ops.queue.dead')}: {number(q.dead)}</Tag>
                    </Flex>
                  } />
              </List.Item>
            )} />
          </Card>

          <Card title={<h2 style={HEADING}>{t('ops.dead.title')}</h2>}>
            <Typography.Paragraph type="secondary">{t('ops.dead.hint')}</Typography.Paragraph>
            <List size="small" dataSource={dead?.items ?? []} locale={{ emptyText: t('ops.dead.none') }}
              pagination={{ current: page, pageSize: PAGE_SIZE, total: dead?.total ?? 0, onChange: setPage, hideOnSinglePage: true, size: 'small' }}
              renderItem={(d) => (
                <List.Item>
                  <Flex vertical gap={4} style={{ minWidth: 0, width: '100%' }}>
                    <Typography.Text strong style={{ wordBreak: 'break-all' }}>#{d.id} · {t('ops.dead.item', { subscriber: d.subscriber, topic: d.topic })}</Typography.Text>
                    <Typography.Text type="secondary">{t('ops.dead.attempts')}: {number(d.attempts)} · {t('ops.dead.failedAt')}: {when(d.finishedAt)}</Typography.Text>
                    <Typography.Text style={{ wordBreak: 'break-word' }}>{t('ops.dead.lastError')}: {d.lastError?.split('\n')[0] ?? '—'}</Typography.Text>
                    <Flex gap={8} wrap="wrap">
                      <Popconfirm title={t('ops.dead.retryConfirm', { id: d.id, subscriber: d.subscriber })} okText={t('ops.dead.retry')} cancelText={t('ops.cancel')} onConfirm={() => act(d, 'retry')}>
                        <Button size="small" type="primary" loading={busy === d.id} aria-label={t('ops.dead.retryLabel', { id: d.id })}>{t('ops.dead.retry')}</Button>
                      </Popconfirm>
                      <Popconfirm title={t('ops.dead.discardConfirm', { id: d.id, subscriber: d.subscriber })} okText={t('ops.dead.discard')} okButtonProps={{ danger: true }} cancelText={t('ops.cancel')} onConfirm={() => act(d, 'discard')}>
                        <Button size="small" danger disabled={busy === d.id} aria-label={t('ops.dead.discardLabel', { id: d.id })}>{t('ops.dead.discard')}</Button>
                      </Popconfirm>
                    </Flex>
                  </Flex>
                </List.Item>
              )} />
          </Card>

          <Card title={<h2 style={HEADING}>{t('ops.audit.title')}</h2>}>
            <Descriptions size="small" column={1} items={[
              { key: 'head', label: t('ops.audit.head'), children: number(status.audit.sealedSeq) },
              { key: 'sealedAt', label: t('ops.audit.sealedAt'), children: when(status.audit.sealedAt) },
              {
                key: 'unsealed', label: t('ops.audit.unsealed'),
                children: <Typography.Text type={(status.audit.oldestUnsealedSeconds ?? 0) > 60 ? 'danger' : undefined}>
                  {t('ops.audit.unsealedValue', { n: number(status.audit.unsealed), age: age(t, status.audit.oldestUnsealedSeconds) })}
                </Typography.Text>,
              },
              {
                key: 'checkpoint', label: t('ops.audit.checkpoint'),
                children: status.audit.checkpointSeq === null ? t('ops.audit.noCheckpoint')
                  : t('ops.audit.checkpointValue', { seq: number(status.audit.checkpointSeq), age: age(t, status.audit.checkpointAgeSeconds) }),
              },
            ]} />
          </Card>

          <Card title={<h2 style={HEADING}>{t('ops.replication.title')}</h2>}>
            {status.replication.role === 'replica' && <Alert type="warning" showIcon message={t('ops.replication.onReplica')} style={{ marginBottom: 8 }} />}
            {status.replication.replicas.length === 0
              ? <Alert type="info" showIcon message={t('ops.replication.none')} />
              : (
                <List size="small" dataSource={status.replication.replicas} renderItem={(r) => (
                  <List.Item>
                    <List.Item.Meta
                      title={<span style={{ wordBreak: 'break-all' }}>{r.applicationName || r.clientAddress || t('ops.unknown')}{r.clientAddress ? ` (${r.clientAddress})` : ''}</span>}
                      description={
                        <Descriptions size="small" column={1} items={[
                          { key: 'state', label: t('ops.replication.state'), children: [r.state, r.syncState].filter(Boolean).join(' · ') || t('ops.unknown') },
                          { key: 'lag', label: t('ops.replication.lag'), children: [r.writeLagSeconds, r.flushLagSeconds, r.replayLagSeconds].map((s) => (s === null ? '—' : milliseconds(s * 1000))).join(' / ') },
                          { key: 'behind', label: t('ops.replication.behind'), children: r.bytesBehind === null ? '—' : `${number(Math.round(r.bytesBehind / 1024))} KB` },
                        ]} />
                      } />
                  </List.Item>
                )} />
              )}
          </Card>

          <Card title={<h2 style={HEADING}>{t('ops.database.title')}</h2>}>
            <Descriptions size="small" column={1} items={[
              { key: 'name', label: 'PostgreSQL', children: `${status.database.name} · ${status.database.serverVersion}` },
              { key: 'size', label: t('ops.database.size'), children: megabytes(status.database.sizeBytes) },
              { key: 'connections', label: t('ops.database.connections'), children: t('ops.database.connectionsValue', { used: number(status.database.connections), max: number(status.database.maxConnections) }) },
              {
                key: 'transaction', label: t('ops.database.oldestTransaction'),
                children: status.database.oldestTransactionSeconds === null ? t('ops.database.noTransaction')
                  : `${age(t, status.database.oldestTransactionSeconds)}${status.database.oldestTransactionState ? ` · ${status.database.oldestTransactionState}` : ''}${status.database.oldestTransactionApplication ? ` · ${status.database.oldestTransactionApplication}` : ''}`,
              },
            ]} />
          </Card>
        </>
      )}
    </Flex>
  );
}
