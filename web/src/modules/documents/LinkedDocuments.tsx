import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, List, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { day, type DocListItem } from './api';
import { DocumentStatusTag } from './DocumentStatusTag';

/** On an official's dossier page: the documents drafted as its result, and a way to draft one while it is processed. */
export function LinkedDocuments({ dossierId, canDraft }: { dossierId: number; canDraft: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [items, setItems] = useState<DocListItem[]>([]);
  useEffect(() => {
    unwrap(api.GET('/api/documents', { params: { query: { dossierId, pageSize: 50 } } })).then((found) => setItems(found.items)).catch(() => setItems([]));
  }, [dossierId]);
  if (items.length === 0 && !canDraft) return null;
  return (
    <Card style={{ marginTop: 16 }} title={<h2 className="page-title" style={{ fontSize: 18 }}>{t('doc.linked')}</h2>}>
      {canDraft && <Button icon={<EditOutlined />} onClick={() => navigate(`/van-ban/moi?hoSo=${dossierId}`)} style={{ marginBottom: 8 }}>{t('doc.composeResult')}</Button>}
      <List size="small" dataSource={items} locale={{ emptyText: t('doc.noLinked') }}
        renderItem={(d) => (
          <List.Item>
            <div>
              <Link to={`/van-ban/${d.id}`}>{d.numberSymbol ?? t('doc.draftNumber')} · {d.summary}</Link>
              <div><DocumentStatusTag status={d.status} /> <Typography.Text type="secondary">{day(d.issuedOn ?? d.createdAt)}</Typography.Text></div>
            </div>
          </List.Item>
        )} />
    </Card>
  );
}
