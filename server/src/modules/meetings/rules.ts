/**
 * The rules of online meetings, free of HTTP and SQL: the levels a meeting spans (how the province counts
 * its meetings: two-, three-, four-level), when an endpoint counts as online, when a room may be entered
 * and attendance checked in, and the text of the invitation (Giấy mời) and minutes (Biên bản).
 */
import { vnDateTime } from '../../platform/time.js';

export type Level = 'province' | 'district' | 'commune';
export const LEVELS: Level[] = ['province', 'district', 'commune'];
export const LEVEL_NAMES: Record<Level, string> = { province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' };

/**
 * How many levels of government a meeting spans: the distinct levels of its endpoints, plus the central
 * government when one of its endpoints joins. A meeting of the province with its districts and communes
 * is three-level; with the Government too, four-level.
 */
export function levelCount(levels: Level[], central: boolean): number {
  return new Set(levels).size + (central ? 1 : 0);
}

/** An endpoint is online when its room page called the heartbeat within the last two minutes. */
export const ONLINE_WINDOW_MS = 2 * 60_000;
export const isOnline = (lastSeenAt: Date | null, now: Date) => lastSeenAt !== null && now.getTime() - lastSeenAt.getTime() <= ONLINE_WINDOW_MS;

/** Rooms open, and endpoints check in, from half an hour before the start until the end. */
export const EARLY_ENTRY_MS = 30 * 60_000;
/** Room tokens outlive the scheduled end by an hour: meetings run late. */
export const LATE_EXIT_MS = 60 * 60_000;

export type Window = { startsAt: Date; endsAt: Date };
export const roomOpen = (m: Window, now: Date) => now.getTime() >= m.startsAt.getTime() - EARLY_ENTRY_MS && now.getTime() <= m.endsAt.getTime() + LATE_EXIT_MS;
/** A room token's validity: from when the room opens until an hour after the scheduled end. */
export const tokenValidity = (m: Window) => ({ notBefore: new Date(m.startsAt.getTime() - EARLY_ENTRY_MS), expires: new Date(m.endsAt.getTime() + LATE_EXIT_MS) });
/** Minutes are written once the meeting has begun. */
export const mayTakeMinutes = (m: Window, now: Date) => now.getTime() >= m.startsAt.getTime();

/** The longest meeting the platform schedules: a working day. */
export const MAX_DURATION_MS = 12 * 3_600_000;

/** The local time span as an invitation words it: "từ 08:00 đến 11:30 ngày 15/12/2026". */
export function spanText(m: Window): string {
  const [startTime, startDay] = vnDateTime(m.startsAt).split(' ') as [string, string];
  const [endTime, endDay] = vnDateTime(m.endsAt).split(' ') as [string, string];
  return startDay === endDay ? `từ ${startTime} đến ${endTime} ngày ${startDay}` : `từ ${startTime} ngày ${startDay} đến ${endTime} ngày ${endDay}`;
}

export type InvitationFacts = Window & {
  organiser: string; title: string; agenda: string; central: boolean;
  /** Each participating agency with the endpoint(s) it joins from. */
  endpoints: { agencyName: string; endpointName: string; room: string }[];
};

/** The body of the Giấy mời: who invites whom to what, when, and from which endpoint each attends. */
export function invitationBody(f: InvitationFacts): string {
  const agencies = [...new Set(f.endpoints.map((e) => e.agencyName))];
  return [
    `${f.organiser} trân trọng kính mời đại diện lãnh đạo ${agencies.join(', ')}${f.central ? ' cùng điểm cầu Trung ương' : ''} dự cuộc họp trực tuyến: ${f.title}.`,
    `Thời gian: ${spanText(f)}.`,
    `Hình thức: họp trực tuyến trên hệ thống hội nghị truyền hình của tỉnh; mỗi điểm cầu vào phòng họp bằng đường dẫn riêng trên trang điểm cầu và điểm danh khi bắt đầu.`,
    ...(f.agenda.trim() ? [`Nội dung: ${f.agenda.trim()}`] : []),
    `Điểm cầu: ${f.endpoints.map((e) => `${e.endpointName} (${e.room})`).join('; ')}.`,
    'Đề nghị các cơ quan bố trí thành phần dự họp, kiểm tra thiết bị tại điểm cầu trước giờ họp 30 phút.',
  ].join('\n');
}

export type AttendanceLine = { agencyName: string; endpointName: string; attendance: 'pending' | 'present' | 'absent'; attendees: number | null };

/** The body of the Biên bản: what the organiser wrote, after the record of attendance per endpoint. */
export function minutesBody(f: Window & { title: string; organiser: string; lines: AttendanceLine[]; text: string }): string {
  const present = f.lines.filter((l) => l.attendance === 'present');
  return [
    `Cuộc họp trực tuyến: ${f.title}, do ${f.organiser} chủ trì, ${spanText(f)}.`,
    `Điểm cầu tham dự: ${present.length}/${f.lines.length}.`,
    ...f.lines.map((l) => `- ${l.endpointName} (${l.agencyName}): ${l.attendance === 'present' ? `có mặt${l.attendees ? `, ${l.attendees.toLocaleString('vi-VN')} người` : ''}` : l.attendance === 'absent' ? 'vắng mặt' : 'không điểm danh'}.`),
    f.text.trim(),
  ].join('\n');
}
