import { useEffect, useState } from 'react';
import { Button, Card, List, Popconfirm, Table, Tag, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { formatVnd } from '../../ui/format';
import { useApiAction } from '../../ui/useApiAction';
import type { Dossier } from '../dossiers/api';
import { receiptUrl, type Payment } from './FeePanel';


/** The fee of a dossier as officials see it: lines, paid or not, the payments with receipts; the desk takes it in cash. */
export function OfficialFee({ dossier, reload }: { dossier: Dossier; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const [payments, setPayments] = useState<Payment[]>([]);
  useEffect(() => {
    if (dossier.paymentStatus === 'none') return;
    void unwrap(api.GET('/api/dossiers/{id}/payments', { params: { path: { id: dossier.id } } })).then((r) => setPayments(r.items), () => undefined);
  }, [dossier.id, dossier.version, dossier.paymentStatus]);
  const fee = dossier.fee;
  if (!fee) return null;
  const counter = async () => {
    if (await run(() => unwrap(api.POST('/api/dossiers/{id}/payments/counter', { params: { path: { id: dossier.id } } })))) await reload();
  };
  const canTake = dossier.payable && dossier.viewerRoles.includes('reception');
  const statusTag = <Tag color={dossier.paymentStatus === 'unpaid' ? 'orange' : 'green'}>{t(`fee.status.${dossier.paymentStatus}` as MessageKey)}</Tag>;
  return (
    <Card title={<>{t('fee.title')} {statusTag}</>} extra={canTake && (
      <Popconfirm title={t('payment.counterConfirm', { amount: formatVnd(fee.total) })} onConfirm={() => void counter()} okText={t('finance.resolve')} cancelText={t('common.cancel')}>
        <Button type="primary" loading={busy}>{t('payment.counter', { amount: formatVnd(fee.total) })}</Button>
      </Popconfirm>
    )}>
      <Table rowKey="code" size="small" pagination={false} dataSource={fee.lines} scroll={{ x: true }}
        columns={[
          { title: t('fee.item'), dataIndex: 'name' },
          { title: t('fee.basis'), dataIndex: 'basis' },
          { title: t('fee.amount'), dataIndex: 'amount', align: 'right', render: (v: number) => formatVnd(v) },
        ]}
        summary={() => (
          <>
            {fee.exemption && <Table.Summary.Row><Table.Summary.Cell index={0} colSpan={2}>{t('fee.discount', { label: fee.exemption.label })}</Table.Summary.Cell><Table.Summary.Cell index={1} align="right">−{formatVnd(fee.discount)}</Table.Summary.Cell></Table.Summary.Row>}
            <Table.Summary.Row><Table.Summary.Cell index={0} colSpan={2}><strong>{t('fee.total')}</strong></Table.Summary.Cell><Table.Summary.Cell index={1} align="right"><strong>{formatVnd(fee.total)}</strong></Table.Summary.Cell></Table.Summary.Row>
          </>
        )} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t(`fee.${fee.payWhen}` as MessageKey)}</Typography.Paragraph>
      {payments.length > 0 && (
        <List size="small" header={<strong>{t('fee.payments')}</strong>} dataSource={payments} renderItem={(p) => (
          <List.Item actions={p.receiptReady ? [<a key="r" href={receiptUrl(p.reference)}><FilePdfOutlined /> {t('fee.receipt')}</a>] : []}>
            <List.Item.Meta title={<>{formatVnd(p.amount)} · {t(`payment.channel.${p.channel}` as MessageKey)} <Tag color={p.status === 'paid' ? 'green' : p.status === 'pending' ? 'blue' : 'red'}>{t(`payment.status.${p.status}` as MessageKey)}</Tag></>}
              description={`${p.reference} · ${dayjs(p.paidAt ?? p.createdAt).format('HH:mm DD/MM/YYYY')}${p.transactionId ? ` · ${p.transactionId}` : ''}`} />
          </List.Item>
        )} />
      )}
    </Card>
  );
}
