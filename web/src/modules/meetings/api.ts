import dayjs from 'dayjs';
import type { Reply } from '../../api/client';

export type Endpoint = Reply<'/api/meeting-endpoints', 'get'>['items'][number];
export type KeyIssued = Reply<'/api/meeting-endpoints', 'post', 201>;
export type DirectoryEndpoint = Reply<'/api/meetings/endpoints', 'get'>['items'][number];
export type MeetingPage = Reply<'/api/meetings', 'get'>;
export type MeetingSummary = MeetingPage['items'][number];
export type MeetingDetail = Reply<'/api/meetings/{id}', 'get'>;
export type Participant = MeetingDetail['participants'][number];
export type Statistics = Reply<'/api/meetings/statistics', 'get'>;
export type RoomView = Reply<'/api/meeting-room', 'post'>;
export type Level = DirectoryEndpoint['level'];
export const LEVELS: Level[] = ['province', 'district', 'commune'];

/** The endpoint's room page calls the heartbeat this often; the server counts it online for two minutes. */
export const HEARTBEAT_MS = 30_000;

/** "08:00–10:30 15/12/2026" (or across days, both dates). */
export function meetingSpan(m: { startsAt: string; endsAt: string }) {
  const start = dayjs(m.startsAt);
  const end = dayjs(m.endsAt);
  return start.isSame(end, 'day') ? `${start.format('HH:mm')}–${end.format('HH:mm DD/MM/YYYY')}` : `${start.format('HH:mm DD/MM/YYYY')} – ${end.format('HH:mm DD/MM/YYYY')}`;
}
