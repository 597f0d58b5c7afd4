import { Link } from 'react-router-dom';
import { Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n';
import type { QueueItem } from './api';
import { DeadlineTag } from './DeadlineTag';
import { StatusTag } from './StatusTag';

type DossierTableProps = {
  items: QueueItem[]; total: number; page: number; loading: boolean; onPage: (page: number) => void; emptyText: string; showApplicant?: boolean;
};

/** Dossiers in a list: code, procedure, status, step and the time left, overdue in red. */
export function DossierTable({ items, total, page, loading, onPage, emptyText, showApplicant = true }: DossierTableProps) {
  const { t } = useI18n();
  return (
    <Table<QueueItem>
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText }}
      rowClassName={(item) => (item.overdue ? 'dossier-overdue' : '')}
      pagination={{ current: page, pageSize: 20, total, showSizeChanger: false, onChange: onPage }}
      columns={[
        {
          title: t('dossier.code'), dataIndex: 'code',
          render: (code: string | null, item) => <Link to={`/ho-so/${item.id}`}>{code ?? (item.status === 'draft' ? t('status.draft') : t('dossier.awaitingCode'))}</Link>,
        },
        {
          title: t('dossier.procedure'), dataIndex: 'procedureName',
          render: (name: string, item) => (
            <>
              <div>{name}</div>
              {showApplicant && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{item.applicantName}</Typography.Text>}
            </>
          ),
        },
        { title: t('dossier.status'), dataIndex: 'status', render: (status: QueueItem['status'], item) => <><StatusTag status={status} />{item.stepName ? <div style={{ fontSize: 12 }}>{item.stepName}</div> : null}</> },
        { title: t('dossier.dueAt'), dataIndex: 'dueAt', responsive: ['md'], render: (due: string | null) => (due ? dayjs(due).format('HH:mm DD/MM/YYYY') : '—') },
        { title: t('dossier.daysLeft'), render: (_, item) => <DeadlineTag workingDaysLeft={item.workingDaysLeft} paused={item.status === 'awaiting_supplement'} /> },
      ]}
    />
  );
}
