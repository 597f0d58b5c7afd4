import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Flex, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import type { DossierStatus, QueueItem } from './api';
import { DossierTable } from './DossierTable';

const QUEUE_STATUSES: DossierStatus[] = ['submitted', 'received', 'processing', 'awaiting_supplement', 'result_ready'];

/** An official's work list: the desk's dossiers and the processing steps that are theirs, most urgent first. */
export function QueueCard({ reception }: { reception: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<{ status?: DossierStatus; q?: string; page: number }>({ page: 1 });
  const [data, setData] = useState<{ items: QueueItem[]; total: number }>({ items: [], total: 0 });
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    setLoading(true);
    unwrap(api.GET('/api/queue', { params: { query: { ...filter, pageSize: 20 } } })).then(setData).finally(() => setLoading(false));
  }, [filter]);
  return (
    <Card title={t('queue.title')} extra={reception ? <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/tiep-nhan-tai-quay')}>{t('queue.counter')}</Button> : null}>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search aria-label={t('queue.search')} placeholder={t('queue.search')} allowClear style={{ width: 320 }}
          onSearch={(q) => setFilter((f) => ({ ...f, q: q || undefined, page: 1 }))} />
        <Select aria-label={t('dossier.status')} style={{ width: 220 }} value={filter.status ?? ''}
          onChange={(status: DossierStatus | '') => setFilter((f) => ({ ...f, status: status || undefined, page: 1 }))}
          options={[{ value: '', label: t('queue.allStatuses') }, ...QUEUE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as MessageKey) }))]} />
      </Flex>
      <DossierTable items={data.items} total={data.total} page={filter.page} loading={loading} onPage={(page) => setFilter((f) => ({ ...f, page }))} emptyText={t('queue.empty')} />
    </Card>
  );
}
