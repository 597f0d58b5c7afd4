import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Flex, Input, Segmented, Select, Statistic } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, unwrap, type Reply } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import type { DossierStatus, QueueItem } from './api';
import { DossierTable, type QueueSort } from './DossierTable';

const QUEUE_STATUSES: DossierStatus[] = ['submitted', 'received', 'processing', 'awaiting_supplement', 'result_ready'];
const ALL_STATUSES: DossierStatus[] = [...QUEUE_STATUSES, 'returned', 'rejected', 'withdrawn', 'stopped'];
type Due = 'today' | 'tomorrow' | 'overdue';
type Filter = QueueSort & { scope: 'work' | 'all'; status?: DossierStatus; due?: Due; q?: string; page: number };
type Summary = Reply<'/api/queue/summary', 'get'>;

/**
 * An official's day: the counts that matter (new, due today and tomorrow, overdue, awaiting a supplement),
 * each one click from its list; their work, most urgent first, or every dossier their agencies have handled.
 */
export function QueueCard({ reception }: { reception: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>({ scope: 'work', page: 1 });
  const [data, setData] = useState<{ items: QueueItem[]; total: number }>({ items: [], total: 0 });
  const [summary, setSummary] = useState<Summary | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    unwrap(api.GET('/api/queue/summary')).then(setSummary).catch(() => undefined);
  }, []);
  useEffect(() => {
    setLoading(true);
    unwrap(api.GET('/api/queue', { params: { query: { ...filter, pageSize: 20 } } })).then(setData).finally(() => setLoading(false));
  }, [filter]);
  const show = (changes: Partial<Filter>) => setFilter({ scope: 'work', page: 1, ...changes });
  const tiles: { key: string; label: MessageKey; value?: number; apply: Partial<Filter>; danger?: boolean }[] = [
    { key: 'submitted', label: 'queue.new', value: summary?.submitted, apply: { status: 'submitted' } },
    { key: 'today', label: 'queue.dueToday', value: summary?.dueToday, apply: { due: 'today' } },
    { key: 'tomorrow', label: 'queue.dueTomorrow', value: summary?.dueTomorrow, apply: { due: 'tomorrow' } },
    { key: 'overdue', label: 'queue.overdue', value: summary?.overdue, apply: { due: 'overdue' }, danger: true },
    { key: 'supplement', label: 'queue.awaitingSupplement', value: summary?.awaitingSupplement, apply: { status: 'awaiting_supplement' } },
  ];
  const active = (apply: Partial<Filter>) => filter.scope === 'work' && filter.status === apply.status && filter.due === apply.due;

  return (
    <Card title={t('queue.title')} extra={reception ? <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/tiep-nhan-tai-quay')}>{t('queue.counter')}</Button> : null}>
      <div className="queue-tiles" role="group" aria-label={t('queue.summary')}>
        {tiles.map((tile) => (
          <button key={tile.key} type="button" className={active(tile.apply) ? 'queue-tile queue-tile-active' : 'queue-tile'} aria-pressed={active(tile.apply)}
            onClick={() => show(active(tile.apply) ? {} : tile.apply)}>
            <Statistic title={t(tile.label)} value={tile.value ?? '—'} valueStyle={tile.danger && tile.value ? { color: '#a8071a' } : undefined} />
          </button>
        ))}
      </div>
      <Flex gap={8} wrap style={{ margin: '16px 0' }}>
        <Segmented<'work' | 'all'> value={filter.scope} onChange={(scope) => show({ scope, q: filter.q })}
          options={[{ value: 'work', label: t('queue.scopeWork') }, { value: 'all', label: t('queue.scopeAll') }]} />
        <Input.Search aria-label={t('queue.search')} placeholder={t('queue.search')} allowClear style={{ width: 300, maxWidth: '100%' }}
          onSearch={(q) => setFilter((f) => ({ ...f, q: q || undefined, page: 1 }))} />
        <Select aria-label={t('dossier.status')} style={{ width: 200 }} value={filter.status ?? ''}
          onChange={(status: DossierStatus | '') => setFilter((f) => ({ ...f, status: status || undefined, page: 1 }))}
          options={[{ value: '', label: t('queue.allStatuses') }, ...(filter.scope === 'all' ? ALL_STATUSES : QUEUE_STATUSES).map((s) => ({ value: s, label: t(`status.${s}` as MessageKey) }))]} />
        <Select aria-label={t('queue.deadline')} style={{ width: 200 }} value={filter.due ?? ''}
          onChange={(due: Due | '') => setFilter((f) => ({ ...f, due: due || undefined, page: 1 }))}
          options={[{ value: '', label: t('queue.anyDeadline') }, { value: 'today', label: t('queue.dueToday') }, { value: 'tomorrow', label: t('queue.dueTomorrow') }, { value: 'overdue', label: t('queue.overdue') }]} />
      </Flex>
      <DossierTable items={data.items} total={data.total} page={filter.page} loading={loading} onPage={(page) => setFilter((f) => ({ ...f, page }))}
        emptyText={t('queue.empty')} sort={filter} onSort={(sort) => setFilter((f) => ({ ...f, sort: sort.sort, order: sort.order, page: 1 }))} />
    </Card>
  );
}
