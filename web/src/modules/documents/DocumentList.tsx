import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Flex, Input, Select, Table, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useApiAction } from '../../ui/useApiAction';
import { day, INCOMING_STATUSES, OUTGOING_STATUSES, statusKey, type DocListItem, type DocStatus, type DocTypes } from './api';
import { DocumentStatusTag, OverdueTag } from './DocumentStatusTag';
import { ScrollBox } from './ScrollBox';

type Filter = { q?: string; status?: DocStatus; page: number };
type ListProps = { direction?: 'incoming' | 'outgoing'; mine?: boolean; types?: DocTypes; idPrefix: string; label: string };
const PAGE_SIZE = 20;

/** One register's documents: a diacritic-free search, a status filter, and the table, overdue ones marked. */
export function DocumentList({ direction, mine, types, idPrefix, label }: ListProps) {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const [filter, setFilter] = useState<Filter>({ page: 1 });
  const [data, setData] = useState<{ items: DocListItem[]; total: number }>({ items: [], total: 0 });
  const incoming = direction !== 'outgoing';

  useEffect(() => {
    let live = true;
    void run(() => unwrap(api.GET('/api/documents', {
      params: { query: { ...(direction ? { direction } : {}), ...(mine ? { mine: true } : {}), ...(filter.q ? { q: filter.q } : {}), ...(filter.status ? { status: filter.status } : {}), page: filter.page, pageSize: PAGE_SIZE } },
    }))).then((found) => {
      if (found && live) setData(found);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [direction, mine, filter]);

  const typeName = (code: string) => types?.types.find((x) => x.code === code)?.name ?? code;
  const statuses = incoming ? INCOMING_STATUSES : OUTGOING_STATUSES;

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Input.Search id={`${idPrefix}-q`} aria-label={t('doc.search')} placeholder={t('doc.searchHint')} allowClear style={{ width: 320, maxWidth: '100%' }}
          onSearch={(q) => setFilter((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))} />
        <Select id={`${idPrefix}-status`} aria-label={t('doc.statusFilter')} style={{ width: 220, maxWidth: '100%' }} value={filter.status ?? ''}
          onChange={(status: DocStatus | '') => setFilter((f) => ({ ...f, status: status || undefined, page: 1 }))}
          options={[{ value: '', label: t('doc.allStatuses') }, ...statuses.map((s) => ({ value: s, label: t(statusKey(s)) }))]} />
      </Flex>
      <ScrollBox label={label}>
      <Table<DocListItem>
        rowKey="id"
        size="small"
        loading={busy}
        dataSource={data.items}
        locale={{ emptyText: t('doc.empty') }}
        rowClassName={(d) => (d.overdue ? 'dossier-overdue' : '')}
        pagination={{ current: filter.page, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false, hideOnSinglePage: true, onChange: (page) => setFilter((f) => ({ ...f, page })) }}
        columns={[
          {
            key: 'number', title: t('doc.numberSymbol'),
            render: (_, d) => (
              <div style={{ whiteSpace: 'nowrap' }}>
                <div>{d.numberSymbol ?? (d.direction === 'outgoing' ? t('doc.draftNumber') : '—')}</div>
                {d.direction === 'incoming' && d.number !== null && <Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('doc.arrivalNumber')}: {d.number.toLocaleString('vi-VN')}</Typography.Text>}
              </div>
            ),
          },
          {
            key: 'summary', title: t('doc.summary'),
            render: (_, d) => (
              <div style={{ minWidth: 200, maxWidth: 420 }}>
                <Link to={`/van-ban/${d.id}`}>{d.summary}</Link>
                <div><Typography.Text type="secondary" style={{ fontSize: 13 }}>{typeName(d.docType)}{d.urgency > 0 && types ? ` · ${types.urgency[d.urgency]}` : ''}</Typography.Text></div>
              </div>
            ),
          },
          incoming
            ? { key: 'issuer', title: t('doc.issuer'), render: (_, d) => <div style={{ minWidth: 140, maxWidth: 260 }}>{d.issuerName ?? '—'}</div> }
            : { key: 'signer', title: t('doc.drafterSigner'), render: (_, d) => <div style={{ minWidth: 140, maxWidth: 260 }}>{[d.createdByName, d.signerName].filter(Boolean).join(' → ') || '—'}</div> },
          {
            key: 'date', title: incoming ? t('doc.receivedOn') : t('doc.date'),
            render: (_, d) => day(incoming ? d.receivedAt ?? d.issuedOn : d.issuedOn ?? d.createdAt),
          },
          {
            key: 'status', title: t('doc.status'),
            render: (_, d) => (
              <Flex gap={4} wrap>
                <DocumentStatusTag status={d.status} />
                {d.overdue && <OverdueTag />}
              </Flex>
            ),
          },
        ]}
      />
      </ScrollBox>
    </Flex>
  );
}
