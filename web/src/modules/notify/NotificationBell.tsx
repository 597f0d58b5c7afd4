import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, unwrap, type Reply } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { BellIcon } from '../../ui/icons';

type Inbox = Reply<'/api/notifications', 'get'>;

/** The signed-in user's notifications (status changes, deadline warnings), checked every minute. */
export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const menu = useRef<HTMLDetailsElement>(null);
  const [inbox, setInbox] = useState<Inbox>({ items: [], unread: 0 });
  const load = useCallback(() => unwrap(api.GET('/api/notifications')).then(setInbox).catch(() => undefined), []);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 60_000);
    return () => clearInterval(timer);
  }, [load]);

  const open = async (item: Inbox['items'][number]) => {
    menu.current?.removeAttribute('open');
    if (!item.readAt) await unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id: item.id } } })).catch(() => undefined);
    void load();
    if (item.link) navigate(item.link);
    else if (item.dossierId) navigate(`/ho-so/${item.dossierId}`);
  };
  return (
    <details className="shell-menu" ref={menu}>
      <summary><BellIcon /><span className="sr-only">{t('nav.notifications')}</span>{inbox.unread > 0 && <span className="shell-badge">{inbox.unread}<span className="sr-only"> {t('notify.unread')}</span></span>}</summary>
      <ul className="shell-menu-list" style={{ width: 320 }}>
        {inbox.items.length === 0 && <li style={{ padding: 16 }} className="kit-muted">{t('notify.none')}</li>}
        {inbox.items.slice(0, 10).map((n) => (
          <li key={n.id}>
            <button type="button" onClick={() => void open(n)} style={{ flexDirection: 'column', alignItems: 'flex-start', whiteSpace: 'normal', textAlign: 'left', fontWeight: n.readAt ? 400 : 600 }}>
              <span>{n.title}</span>
              <span className="kit-muted kit-small" style={{ fontWeight: 400 }}>{n.body} · {dayjs(n.createdAt).format('HH:mm DD/MM/YYYY')}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
