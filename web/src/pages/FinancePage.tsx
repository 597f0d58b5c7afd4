import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { hasRole, useSession } from '../modules/identity/session';
import { receiptUrl } from '../modules/payments/FeePanel';
import { formatVnd, provinceToday } from '../ui/format';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type PaymentPage = Reply<'/api/payments', 'get'>;
type Reconciliation = Reply<'/api/payments/reconciliations/{day}', 'get'>;
type Difference = Reconciliation['differences'][number];
const iso = (d: Dayjs) => d.format('YYYY-MM-DD');
const dateTime = (value: string | null) => (value ? dayjs(value).format('HH:mm DD/MM/YYYY') : '—');

/** The agency's payments over a period, each with its receipt. */
function Payments() {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>([provinceToday(), provinceToday()]);
  const [page, setPage] = useState<PaymentPage>();
  const load = useCallback(async () => {
    const found = await run(() => unwrap(api.GET('/api/payments', { params: { query: { from: iso(period[0]), to: iso(period[1]), pageSize: 200 } } })));
    if (found) setPage(found);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [period]);
  useEffect(() => {
    void load();
  }, [load]);
  const paid = page?.items.filter((p) => p.status === 'paid') ?? [];
  return (
    <Card title={t('finance.payments')}>
      <Flex gap={8} wrap="wrap" align="end" style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker aria-label={t('finance.period')} format="DD/MM/YYYY" value={period} allowClear={false}
          onChange={(value) => value?.[0] && value[1] && setPeriod([value[0], value[1]])} style={{ maxWidth: '100%' }} />
        <Button onClick={() => void load()} loading={busy}>{t('finance.show')}</Button>
      </Flex>
      <Typography.Paragraph>{t('finance.total', { count: paid.length.toLocaleString('vi-VN'), amount: formatVnd(paid.reduce((s, p) => s + p.amount, 0)) })}</Typography.Paragraph>
      <Table rowKey="reference" size="small" dataSource={page?.items ?? []} scroll={{ x: true }} pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('payment.reference'), dataIndex: 'reference' },
          { title: t('dossier.code'), dataIndex: 'dossierCode', render: (code: string | null, p) => <a href={`/ho-so/${p.dossierId}`}>{code ?? `#${p.dossierId}`}</a> },
          { title: t('fee.amount'), dataIndex: 'amount', align: 'right', render: (amount: number) => formatVnd(amount) },
          { title: t('finance.channel'), dataIndex: 'channel', render: (channel: string) => t(`payment.channel.${channel}` as MessageKey) },
          { title: t('dossier.status'), dataIndex: 'status', render: (status: string) => <Tag color={status === 'paid' ? 'green' : status === 'pending' ? 'blue' : 'red'}>{t(`payment.status.${status}` as MessageKey)}</Tag> },
          { title: t('finance.paidAt'), dataIndex: 'paidAt', render: (at: string | null, p) => dateTime(at ?? p.createdAt) },
          { title: '', render: (_, p) => (p.receiptReady ? <a href={receiptUrl(p.reference)} aria-label={`${t('fee.receipt')} ${p.reference}`}><FilePdfOutlined /> {t('fee.receipt')}</a> : null) },
        ]} />
    </Card>
  );
}

/** A past day's reconciliation with the platform's statement: the differences on this officer's agencies, to resolve. */
function Reconcile() {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const [day, setDay] = useState<Dayjs>(provinceToday().subtract(1, 'day'));
  const [result, setResult] = useState<Reconciliation | null>();
  const [resolving, setResolving] = useState<Difference>();
  const [resolution, setResolution] = useState('');
  const load = useCallback(async () => {
    try {
      setResult(await unwrap(api.GET('/api/payments/reconciliations/{day}', { params: { path: { day: iso(day) } } })));
    } catch (e) {
      if ((e as ApiError).status === 404) setResult(null);
      else throw e;
    }
  }, [day]);
  useEffect(() => {
    void load();
  }, [load]);
  const rerun = async () => {
    const found = await run(() => unwrap(api.POST('/api/payments/reconciliations', { body: { day: iso(day) } })));
    if (found) setResult(found);
  };
  const resolve = async () => {
    if (!resolving) return;
    const done = await run(() => unwrap(api.POST('/api/payments/differences/{id}/resolve', { params: { path: { id: resolving.id } }, body: { resolution: resolution.trim() } })));
    if (done) {
      setResolving(undefined);
      setResolution('');
      await load();
    }
  };
  return (
    <Card title={t('finance.reconciliation')}>
      <Flex gap={8} wrap="wrap" align="end" style={{ marginBottom: 12 }}>
        <DatePicker aria-label={t('finance.day')} format="DD/MM/YYYY" value={day} allowClear={false} onChange={(value) => value && setDay(value)}
          disabledDate={(d) => !d.isBefore(provinceToday(), 'day')} />
        <Button type="primary" onClick={() => void rerun()} loading={busy}>{t('finance.run')}</Button>
      </Flex>
      {result === null && <Alert type="info" showIcon message={t('finance.notRun')} />}
      {result && (
        <>
          <Typography.Paragraph>{t('finance.summary', {
            platformCount: result.platformCount.toLocaleString('vi-VN'), platformTotal: formatVnd(result.platformTotal),
            ourCount: result.ourCount.toLocaleString('vi-VN'), ourTotal: formatVnd(result.ourTotal), time: dateTime(result.ranAt),
          })}</Typography.Paragraph>
          <Table rowKey="id" size="small" dataSource={result.differences} scroll={{ x: true }} pagination={false}
            locale={{ emptyText: t('finance.noDifferences') }}
            columns={[
              { title: t('payment.reference'), dataIndex: 'reference' },
              { title: t('finance.difference'), dataIndex: 'kind', render: (kind: string) => <Tag color={kind === 'amount' ? 'orange' : 'red'}>{t(`finance.kind.${kind}` as MessageKey)}</Tag> },
              { title: t('finance.ours'), dataIndex: 'ourAmount', align: 'right', render: (v: number | null) => (v === null ? '—' : formatVnd(v)) },
              { title: t('finance.platform'), dataIndex: 'platformAmount', align: 'right', render: (v: number | null) => (v === null ? '—' : formatVnd(v)) },
              { title: t('dossier.receivingAgency'), dataIndex: 'agencyName', render: (v: string | null) => v ?? '—' },
              {
                title: t('finance.resolution'), render: (_, d) => (d.resolvedAt
                  ? <Typography.Text type="secondary">{t('finance.resolvedBy', { resolution: d.resolution ?? '', name: d.resolvedByName ?? '' })}</Typography.Text>
                  : <Button size="small" onClick={() => setResolving(d)}>{t('finance.resolve')}</Button>),
              },
            ]} />
        </>
      )}
      <Modal open={!!resolving} title={`${t('finance.resolve')}: ${resolving?.reference ?? ''}`} onCancel={() => setResolving(undefined)} onOk={() => void resolve()}
        okButtonProps={{ disabled: resolution.trim().length < 2, loading: busy }} okText={t('finance.resolve')} cancelText={t('common.cancel')}>
        <Form layout="vertical">
          <Form.Item label={t('finance.resolution')} htmlFor="resolution">
            <Input.TextArea id="resolution" value={resolution} onChange={(e) => setResolution(e.target.value)} maxLength={1000} rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** The finance officer (kế toán): the agency's payments, receipts and the daily reconciliation. */
export function FinancePage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  if (loading) return null;
  if (!hasRole(user, 'finance') && !hasRole(user, 'admin')) return <Navigate to="/dang-nhap?tiep=%2Fke-toan" replace />;
  return (
    <Flex vertical gap={16}>
      <PageTitle text={t('finance.title')} />
      <Reconcile />
      <Payments />
    </Flex>
  );
}
