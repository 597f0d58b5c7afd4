import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { HEARTBEAT_MS, meetingSpan, type RoomView } from '../modules/meetings/api';
import { Button, Facts, Loading, Notice, Page, Section, Tag, useRequest } from '../ui/kit';

/**
 * An endpoint's room page, open all day on the computer in its meeting room (no login: the link carries
 * the endpoint's key). It calls the heartbeat, lists the endpoint's meetings, enters the open room on the
 * Jitsi server with the endpoint's token, and checks the endpoint in.
 */
export function EndpointRoomPage() {
  const { t } = useI18n();
  const key = useParams().key ?? '';
  const checkIn = useRequest();
  const [view, setView] = useState<RoomView>();
  const [failure, setFailure] = useState<string>();
  const [connected, setConnected] = useState(true);
  const load = useCallback(async () => {
    try {
      setView(await unwrap(api.POST('/api/meeting-room', { body: { key } })));
      setFailure(undefined);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : t('common.error'));
    }
  }, [key, t]);
  useEffect(() => {
    void load();
    const beat = setInterval(() => {
      unwrap(api.POST('/api/meeting-room/heartbeat', { body: { key } })).then(() => setConnected(true), () => setConnected(false));
    }, HEARTBEAT_MS);
    // The list follows the day: rooms open half an hour before their meetings.
    const refresh = setInterval(() => void load(), 2 * HEARTBEAT_MS);
    return () => {
      clearInterval(beat);
      clearInterval(refresh);
    };
  }, [key, load]);

  const present = async (meetingId: number) => {
    if ((await checkIn.attempt(() => unwrap(api.POST('/api/meeting-room/check-in', { body: { key, meetingId } })))).error === undefined) await load();
  };
  if (!view) {
    return <Page title={t('meetings.room.title')}>{failure ? <Notice tone="error">{failure}</Notice> : <Loading />}</Page>;
  }
  return (
    <Page title={view.endpoint.name}>
      <Section>
        <Facts items={[[t('meetings.endpoints.agency'), view.endpoint.agencyName], [t('meetings.endpoints.room'), view.endpoint.room]]} />
        <Notice tone={connected ? 'success' : 'warning'} live>{connected ? t('meetings.room.heartbeatOk') : t('meetings.room.heartbeatFailed')}</Notice>
        {checkIn.error && <Notice tone="error">{checkIn.error.message}</Notice>}
      </Section>
      {view.meetings.length === 0 && <Section><p>{t('meetings.room.noMeetings')}</p></Section>}
      {view.meetings.map((m) => (
        <Section key={m.id} title={<h2 style={{ margin: 0, fontSize: '1.1rem' }}>{m.title}</h2>}>
          <Facts items={[
            [t('meetings.organiser'), m.organiser],
            [t('meetings.time'), meetingSpan(m)],
            ...(m.invitationNumber ? [[t('meetings.invitation'), m.invitationNumber] as [string, string]] : []),
            [t('meetings.room.checkIn'), <Tag key="a" tone={m.attendance === 'present' ? 'green' : m.attendance === 'absent' ? 'red' : 'grey'}>{t(`meetings.attendance.${m.attendance}`)}</Tag>],
          ]} />
          {m.open ? (
            <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
              {m.joinUrl && <a className="kit-btn kit-btn-primary" href={m.joinUrl} target="_blank" rel="noopener noreferrer">{t('meetings.room.join')}</a>}
              {m.attendance === 'present'
                ? <Tag tone="green">{t('meetings.room.checkedIn')}</Tag>
                : <Button busy={checkIn.busy} onClick={() => void present(m.id)}>{t('meetings.room.checkIn')}</Button>}
            </div>
          ) : <p>{t('meetings.room.closed')}</p>}
        </Section>
      ))}
    </Page>
  );
}
