import { describe, expect, it } from 'vitest';
import { invitationBody, isOnline, levelCount, mayTakeMinutes, minutesBody, roomOpen, spanText, tokenValidity } from './rules.js';

const at = (iso: string) => new Date(iso);
// 08:00–10:30 on 15/12/2026, Vietnamese time.
const meeting = { startsAt: at('2026-12-15T01:00:00Z'), endsAt: at('2026-12-15T03:30:00Z') };

describe('levelCount', () => {
  it('counts distinct levels, and the centre as one more', () => {
    expect(levelCount(['province', 'district'], false)).toBe(2);
    expect(levelCount(['district', 'district', 'commune', 'commune'], false)).toBe(2);
    expect(levelCount(['province', 'district', 'commune'], false)).toBe(3);
    expect(levelCount(['province', 'district', 'commune'], true)).toBe(4);
    expect(levelCount(['province', 'province'], false)).toBe(1);
    expect(levelCount([], true)).toBe(1);
  });
});

describe('isOnline', () => {
  const now = at('2026-12-15T01:00:00Z');
  it('is online within two minutes of the last heartbeat, not after, nor without one', () => {
    expect(isOnline(at('2026-12-15T00:59:30Z'), now)).toBe(true);
    expect(isOnline(at('2026-12-15T00:58:00Z'), now)).toBe(true);
    expect(isOnline(at('2026-12-15T00:57:59Z'), now)).toBe(false);
    expect(isOnline(null, now)).toBe(false);
  });
});

describe('room window', () => {
  it('opens half an hour before the start and closes an hour after the end', () => {
    expect(roomOpen(meeting, at('2026-12-15T00:29:59Z'))).toBe(false);
    expect(roomOpen(meeting, at('2026-12-15T00:30:00Z'))).toBe(true);
    expect(roomOpen(meeting, at('2026-12-15T04:30:00Z'))).toBe(true);
    expect(roomOpen(meeting, at('2026-12-15T04:30:01Z'))).toBe(false);
    expect(tokenValidity(meeting)).toEqual({ notBefore: at('2026-12-15T00:30:00Z'), expires: at('2026-12-15T04:30:00Z') });
  });

  it('takes minutes once the meeting has begun', () => {
    expect(mayTakeMinutes(meeting, at('2026-12-15T00:59:59Z'))).toBe(false);
    expect(mayTakeMinutes(meeting, at('2026-12-15T01:00:00Z'))).toBe(true);
  });
});

describe('texts of the invitation and minutes', () => {
  it('words the time span in Vietnamese time, across midnight with both days', () => {
    expect(spanText(meeting)).toBe('từ 08:00 đến 10:30 ngày 15/12/2026');
    expect(spanText({ startsAt: at('2026-12-15T15:00:00Z'), endsAt: at('2026-12-15T18:00:00Z') })).toBe('từ 22:00 ngày 15/12/2026 đến 01:00 ngày 16/12/2026');
  });

  it('invites each agency once and names every endpoint', () => {
    const body = invitationBody({
      ...meeting, organiser: 'UBND tỉnh Lạng Sơn', title: 'Giao ban tháng 12', agenda: 'Tình hình kinh tế - xã hội.', central: true,
      endpoints: [
        { agencyName: 'UBND huyện Cao Lộc', endpointName: 'Điểm cầu Cao Lộc', room: 'Hội trường' },
        { agencyName: 'UBND huyện Cao Lộc', endpointName: 'Điểm cầu Cao Lộc 2', room: 'Phòng 2' },
        { agencyName: 'UBND xã Hợp Thành', endpointName: 'Điểm cầu Hợp Thành', room: 'Hội trường xã' },
      ],
    });
    expect(body.split('\n')[0]).toBe('UBND tỉnh Lạng Sơn trân trọng kính mời đại diện lãnh đạo UBND huyện Cao Lộc, UBND xã Hợp Thành cùng điểm cầu Trung ương dự cuộc họp trực tuyến: Giao ban tháng 12.');
    expect(body).toContain('Thời gian: từ 08:00 đến 10:30 ngày 15/12/2026.');
    expect(body).toContain('Nội dung: Tình hình kinh tế - xã hội.');
    expect(body).toContain('Điểm cầu: Điểm cầu Cao Lộc (Hội trường); Điểm cầu Cao Lộc 2 (Phòng 2); Điểm cầu Hợp Thành (Hội trường xã).');
  });

  it('writes the attendance of each endpoint into the minutes', () => {
    const body = minutesBody({
      ...meeting, title: 'Giao ban', organiser: 'Sở Tư pháp', text: 'Kết luận: hoàn thành trước 31/12.',
      lines: [
        { agencyName: 'UBND huyện Cao Lộc', endpointName: 'Điểm cầu Cao Lộc', attendance: 'present', attendees: 1200 },
        { agencyName: 'UBND xã Hợp Thành', endpointName: 'Điểm cầu Hợp Thành', attendance: 'absent', attendees: null },
        { agencyName: 'UBND xã Mai Pha', endpointName: 'Điểm cầu Mai Pha', attendance: 'pending', attendees: null },
      ],
    });
    expect(body.split('\n')).toEqual([
      'Cuộc họp trực tuyến: Giao ban, do Sở Tư pháp chủ trì, từ 08:00 đến 10:30 ngày 15/12/2026.',
      'Điểm cầu tham dự: 1/3.',
      '- Điểm cầu Cao Lộc (UBND huyện Cao Lộc): có mặt, 1.200 người.',
      '- Điểm cầu Hợp Thành (UBND xã Hợp Thành): vắng mặt.',
      '- Điểm cầu Mai Pha (UBND xã Mai Pha): không điểm danh.',
      'Kết luận: hoàn thành trước 31/12.',
    ]);
  });
});
