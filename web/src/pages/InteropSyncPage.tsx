import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { hasRole, useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type Status = Reply<'/api/interop/sync', 'get'>;
type Pulled = Reply<'/api/interop/pulled', 'get'>;
type Runs = Reply<'/api/interop/catalog-runs', 'get'>['items'];
const when = (value: string | null | undefined) => (value ? dayjs(value).format('DD/MM/YYYY HH:mm') : null);
const count = (n: number) => n.toLocaleString('vi-VN');

/** The province admin: the national portal sync (changes waiting, failing, acknowledged per day), dossiers pulled from it, and the catalog sync. */
export function InteropSyncPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user, loading } = useSession();
  const { run } = useApiAction();
  const [status, setStatus] = useState<Status>();
  const [pulled, setPulled] = useState<Pulled>();
  const [runs, setRuns] = useState<Runs>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<'pull' | 'catalog' | null>(null);
  const load = useCallback(async () => {
    try {
      const [s, p, r] = await Promise.all([unwrap(api.GET('/api/interop/sync')), unwrap(api.GET('/api/interop/pulled', { params: { query: { limit: 20 } } })), unwrap(api.GET('/api/interop/catalog-runs'))]);
      setStatus(s);
      setPulled(p);
      setRuns(r.items);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('common.error'));
    }
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);
  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/dang-nhap" replace />;
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!status) return null;

  const pull = async () => {
    setBusy('pull');
    const done = await run(() => unwrap(api.POST('/api/interop/pull')));
    setBusy(null);
    if (done) {
      void message.success(t('interop.admin.pullDone', { created: done.created, unplaced: done.unplaced }));
      await load();
    }
  };
  const syncCatalog = async () => {
    setBusy('catalog');
    const done = await run(() => unwrap(api.POST('/api/interop/catalog-runs')));
    setBusy(null);
    if (done) {
      if (done.status === 'failed') void message.error(done.error ?? t('common.error'));
      else void message.success(t('interop.admin.catalogDone', { added: done.added, updated: done.updated, unchanged: done.unchanged }));
      await load();
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card title={<PageTitle text={t('interop.admin.title')} />}>
        {!status.configured && <Alert type="warning" showIcon message={t('interop.admin.notConfigured')} style={{ marginBottom: 16 }} />}
        <Descriptions column={{ xs: 1, md: 2 }} size="small" items={[
          { key: 'queued', label: t('interop.admin.queued'), children: count(status.queued) },
          { key: 'failing', label: t('interop.admin.failing'), children: status.failing > 0 ? <Tag color="red">{count(status.failing)}</Tag> : count(0) },
          { key: 'ack', label: t('interop.admin.acknowledged'), children: count(status.acknowledged) },
          { key: 'oldest', label: t('interop.admin.oldest'), children: when(status.oldestQueuedAt) ?? '—' },
          { key: 'pull', label: t('interop.admin.lastPull'), children: when(status.lastPullAt) ?? t('interop.admin.never') },
        ]} />
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>{t('interop.admin.perDay')}</Typography.Title>
        <Table size="small" rowKey="day" pagination={false} dataSource={status.perDay}
          columns={[
            { title: t('interop.admin.day'), dataIndex: 'day', render: (day: string) => dayjs(day).format('DD/MM/YYYY') },
            { title: t('interop.admin.count'), dataIndex: 'count', align: 'right', render: count },
          ]} />
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>{t('interop.admin.pending')}</Typography.Title>
        {status.pending.length === 0 ? <Typography.Paragraph>{t('interop.admin.nothingPending')}</Typography.Paragraph> : (
          <Table size="small" rowKey="eventId" pagination={false} scroll={{ x: true }} dataSource={status.pending}
            columns={[
              { title: t('interop.admin.dossier'), dataIndex: 'dossierCode', render: (code: string, c) => <a href={`/ho-so/${c.dossierId}`}>{code}</a> },
              { title: t('interop.admin.attempts'), dataIndex: 'attempts', align: 'right' },
              { title: t('interop.admin.lastError'), dataIndex: 'lastError', render: (e: string | null) => (e ? <Tag color="red" style={{ whiteSpace: 'normal' }}>{e}</Tag> : '—') },
              { title: t('interop.admin.nextAttempt'), dataIndex: 'nextAttemptAt', render: when },
            ]} />
        )}
      </Card>

      <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('interop.admin.pulled')}</Typography.Title>}
        extra={<Button loading={busy === 'pull'} disabled={!status.configured} onClick={() => void pull()}>{t('interop.admin.pullNow')}</Button>}>
        <Table size="small" rowKey="nationalCode" pagination={false} scroll={{ x: true }} dataSource={pulled?.items ?? []} locale={{ emptyText: t('interop.admin.noPulled') }}
          columns={[
            { title: t('interop.admin.nationalCode'), dataIndex: 'nationalCode', render: (code: string, p) => (p.dossierId ? <a href={`/ho-so/${p.dossierId}`}>{code}</a> : code) },
            { title: t('interop.admin.applicant'), dataIndex: 'applicantName', render: (name: string | null) => name ?? '—' },
            {
              title: t('interop.admin.agency'), dataIndex: 'agencyName',
              render: (name: string | null, p) => (p.outcome === 'created' ? name : <Tag color="orange" style={{ whiteSpace: 'normal' }}>{t('interop.admin.outcome.unplaced')}: {p.reason}</Tag>),
            },
            { title: t('interop.admin.pulledAt'), dataIndex: 'pulledAt', render: when },
          ]} />
      </Card>

      <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('interop.admin.catalog')}</Typography.Title>}
        extra={<Button type="primary" loading={busy === 'catalog'} disabled={!status.configured} onClick={() => void syncCatalog()}>{t('interop.admin.catalogRun')}</Button>}>
        <Table size="small" rowKey="id" pagination={false} scroll={{ x: true }} dataSource={runs ?? []} locale={{ emptyText: t('interop.admin.noRuns') }}
          expandable={{
            rowExpandable: (r) => r.details.length > 0,
            expandedRowRender: (r) => (
              <ul style={{ margin: 0 }}>
                {r.details.map((d) => <li key={`${d.code}-${d.change}`}>{d.code}: {d.change}{d.fields?.length ? ` (${d.fields.join(', ')})` : ''}{d.reason ? ` — ${d.reason}` : ''}</li>)}
              </ul>
            ),
          }}
          columns={[
            { title: t('interop.admin.startedAt'), dataIndex: 'startedAt', render: when },
            { title: t('interop.admin.trigger'), dataIndex: 'trigger', render: (trigger: string, r) => r.startedBy ?? t(`interop.admin.trigger.${trigger}` as 'interop.admin.trigger.admin') },
            {
              title: t('interop.admin.result'), dataIndex: 'status',
              render: (s: 'running' | 'done' | 'failed', r) => (
                <Flex vertical gap={4}>
                  <Tag color={s === 'done' ? 'green' : s === 'failed' ? 'red' : 'blue'}>{t(`interop.admin.runStatus.${s}`)}</Tag>
                  <span>{s === 'failed' ? r.error : t('interop.admin.runResult', { added: r.added, updated: r.updated, unchanged: r.unchanged })}</span>
                </Flex>
              ),
            },
          ]} />
      </Card>
    </Flex>
  );
}
