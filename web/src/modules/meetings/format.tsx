import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n';

/** Online or not, and when the endpoint's room page last called (officers' pages, Ant Design). */
export function OnlineTag({ online, lastSeenAt }: { online: boolean; lastSeenAt: string | null }) {
  const { t } = useI18n();
  return (
    <Tag color={online ? 'green' : undefined} title={lastSeenAt ? t('meetings.lastSeen', { when: dayjs(lastSeenAt).format('HH:mm DD/MM/YYYY') }) : t('meetings.neverSeen')}>
      {online ? t('meetings.online') : t('meetings.offline')}
    </Tag>
  );
}
