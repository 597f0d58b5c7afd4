import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Badge, Button, Dropdown, Empty, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { api, unwrap, type Reply } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

type Inbox = Reply<'/api/notifications', 'get'>;

/** The signed-in user's notifications (status changes, deadline warnings), checked every minute. */
export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [inbox, setInbox] = useState<Inbox>({ items: [], unread: 0 });
  const load = useCallback(() => unwrap(api.GET('/api/notifications')).then(setInbox).catch(() => undefined), []);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 60_000);
    return () => clearInterval(timer);
  }, [load]);

  const open = async (item: Inbox['items'][number]) => {
    if (!item.readAt) await unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id: item.id } } })).catch(() => undefined);
    void load();
    if (item.dossierId) navigate(`/ho-so/${item.dossierId}`);
  };
  const items = inbox.items.slice(0, 10).map((n) => ({
    key: n.id,
    onClick: () => void open(n),
    label: (
      <div style={{ maxWidth: 360, fontWeight: n.readAt ? 400 : 600 }}>
        <div>{n.title}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{n.body} · {dayjs(n.createdAt).format('HH:mm DD/MM/YYYY')}</Typography.Text>
      </div>
    ),
  }));
  return (
    <Dropdown trigger={['click']} menu={{ items }} popupRender={items.length ? undefined : () => <div style={{ background: '#fff', padding: 16 }}><Empty description={t('nav.notifications')} /></div>}>
      <Badge count={inbox.unread} size="small">
        <Button shape="circle" icon={<BellOutlined />} aria-label={t('nav.notifications')} />
      </Badge>
    </Dropdown>
  );
}
