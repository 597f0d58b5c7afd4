import { Link } from 'react-router-dom';
import { Table, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import type { QueueItem } from './api';
import { DeadlineTag } from './DeadlineTag';
import { StatusTag } from './StatusTag';

export type QueueSort = { sort?: 'deadline' | 'submitted' | 'received' | 'code'; order?: 'asc' | 'desc' };
type DossierTableProps = {
  items: QueueItem[]; total: number; page: number; loading: boolean; onPage: (page: number) => void; emptyText: string;
  sort?: QueueSort; onSort?: (sort: QueueSort) => void;
};
const when = (value: string | null | undefined) => (value ? dayjs(value).format('HH:mm DD/MM/YYYY') : '—');

/** An official's dossiers: code, procedure and applicant, channel, dates, status and step, the deadline the countdown follows. */
export function DossierTable({ items, total, page, loading, onPage, emptyText, sort, onSort }: DossierTableProps) {
  const { t } = useI18n();
  const sortOrder = (key: QueueSort['sort']) => (sort?.sort === key ? (sort?.order === 'desc' ? 'descend' as const : 'ascend' as const) : null);
  return (
    <Table<QueueItem>
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      rowClassName={(item) => (item.overdue ? 'dossier-overdue' : '')}
      pagination={{ current: page, pageSize: 20, total, showSizeChanger: false, onChange: onPage }}
      onChange={(_pagination, _filters, sorter) => {
        const s = sorter as SorterResult<QueueItem>;
        onSort?.(s.order ? { sort: s.columnKey as QueueSort['sort'], order: s.order === 'descend' ? 'desc' : 'asc' } : {});
      }}
      columns={[
        {
          key: 'code', title: t('dossier.code'), dataIndex: 'code', sorter: !!onSort, sortOrder: sortOrder('code'),
          render: (code: string | null, item) => <Link to={`/ho-so/${item.id}`}>{code ?? (item.status === 'draft' ? t('status.draft') : t('dossier.awaitingCode'))}</Link>,
        },
        {
          key: 'procedure', title: t('dossier.procedure'), dataIndex: 'procedureName',
          render: (name: string, item) => (
            <div style={{ minWidth: 200, maxWidth: 360 }}>
              <div>{name}</div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>{item.applicantName} · {t(`dossier.channel.${item.channel}` as MessageKey)}</Typography.Text>
            </div>
          ),
        },
        { key: 'submitted', title: t('dossier.submittedAt'), dataIndex: 'submittedAt', sorter: !!onSort, sortOrder: sortOrder('submitted'), render: when },
        {
          key: 'status', title: t('dossier.status'), dataIndex: 'status',
          render: (status: QueueItem['status'], item) => (
            <>
              <StatusTag status={status} />
              {/* Whether the fee is paid, as the desk needs it to receive or hand over the result. */}
              {item.paymentStatus === 'unpaid' || item.paymentStatus === 'paid'
                ? <Tag color={item.paymentStatus === 'paid' ? 'green' : 'orange'}>{t(`fee.status.${item.paymentStatus}` as MessageKey)}</Tag> : null}
              {item.stepName && status === 'processing' ? <div style={{ fontSize: 13 }}>{item.stepName}</div> : null}
            </>
          ),
        },
        {
          key: 'deadline', title: t('queue.deadline'), sorter: !!onSort, sortOrder: sortOrder('deadline'),
          render: (_, item) => (
            <>
              <div>{when(item.deadline)}{item.deadlineOfStep ? <Typography.Text type="secondary" style={{ fontSize: 13 }}> ({t('queue.stepDeadline')})</Typography.Text> : null}</div>
              <DeadlineTag workingDaysLeft={item.workingDaysLeft} paused={item.status === 'awaiting_supplement'} />
            </>
          ),
        },
      ]}
    />
  );
}
