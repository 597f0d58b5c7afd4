import { useEffect, useState } from 'react';
import { Table } from 'antd';
import { api, unwrap, type Reply } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useApiAction } from '../../ui/useApiAction';
import { dayTime } from './api';
import { ScrollBox } from './ScrollBox';

type Refused = Reply<'/api/documents/quarantine', 'get'>['items'][number];

/** edXML packages refused on arrival over the axis (malformed, unsigned, altered), with the reason, for the clerk to follow up. */
export function Quarantine() {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const [items, setItems] = useState<Refused[]>([]);
  useEffect(() => {
    void run(() => unwrap(api.GET('/api/documents/quarantine'))).then((found) => found && setItems(found.items));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <ScrollBox label={t('doc.tab.quarantine')}>
    <Table<Refused> rowKey="id" size="small" loading={busy} dataSource={items} pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('doc.quarantine.empty') }}
      columns={[
        { key: 'at', title: t('doc.quarantine.at'), dataIndex: 'createdAt', render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{dayTime(at)}</span> },
        { key: 'from', title: t('doc.quarantine.from'), dataIndex: 'fromOrgan', render: (from: string | null) => from ?? '—' },
        { key: 'reason', title: t('doc.quarantine.reason'), render: (_, m) => <div style={{ minWidth: 200, maxWidth: 420 }}>{m.reason ?? m.reasonCode ?? '—'}</div> },
        { key: 'key', title: t('doc.quarantine.message'), dataIndex: 'messageKey', render: (key: string) => <code style={{ wordBreak: 'break-all' }}>{key}</code> },
      ]} />
    </ScrollBox>
  );
}
