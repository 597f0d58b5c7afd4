import { describe, expect, it } from 'vitest';
import { generatedHolidays, yearCalendar } from './holidays.js';
import { validWorkingHours } from '../identity/working-hours.js';
import { WorkingCalendar } from './working-calendar.js';

/** An instant written in Vietnamese local time. */
const vn = (local: string) => new Date(`${local}+07:00`);
const local = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('public holidays', () => {
  it('knows the Tết days off around the lunar new year', () => {
    const calendar = new WorkingCalendar();
    // Tết Ất Tỵ: 29/01/2025; Tết Bính Ngọ: 17/02/2026; Tết Đinh Mùi: 06/02/2027.
    for (const date of ['2025-01-27', '2025-01-29', '2025-01-31', '2026-02-16', '2026-02-17', '2026-02-20', '2027-02-05', '2027-02-06', '2027-02-09']) {
      expect(calendar.isWorkingDay(date), date).toBe(false);
    }
    expect(calendar.isWorkingDay('2025-02-03')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
    expect(calendar.dayOffReason('2026-02-17')).toBe('Tết Nguyên đán Bính Ngọ');
  });

  it('generates later years by rule, with lunar holidays and compensation days', () => {
    const y2027 = generatedHolidays(2027);
    // Tết 2027 on Saturday 06/02: 05/02 (Fri) to 09/02 (Tue), with 06 and 07 on the weekend compensated 10 and 11.
    expect([...y2027.daysOff.keys()].filter((d) => d.startsWith('2027-02')).sort()).toEqual([
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
    ]);
    // Hùng Kings' day 2027: lunar 10/3 = 16/04/2027 (Friday).
    expect(y2027.daysOff.get('2027-04-16')).toContain('Hùng Vương');
    // 01/05/2027 is a Saturday: compensated on Monday 03/05.
    expect(y2027.daysOff.get('2027-05-03')).toBe('Nghỉ bù Ngày Quốc tế Lao động');
  });

  it('applies admin-declared days off and make-up working days on top', () => {
    const calendar = new WorkingCalendar({
      overrides: [
        { date: '2027-01-02', kind: 'working_day', note: 'Làm bù' },
        { date: '2027-03-15', kind: 'day_off', note: 'Nghỉ theo quyết định của UBND tỉnh' },
      ],
    });
    expect(calendar.isWorkingDay('2027-01-02')).toBe(true); // a Saturday
    expect(calendar.isWorkingDay('2027-03-15')).toBe(false);
    expect(yearCalendar(2025).workingDays.has('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
  });
});

describe('deadlines in working hours', () => {
  const calendar = new WorkingCalendar();

  it('counts 8 working hours a day within the opening hours', () => {
    // Received Monday 09:00: 5 working days = 40 hours → Monday of the next week, 09:00.
    expect(local(calendar.addWorkingDays(vn('2026-03-09T09:00'), 5))).toBe('2026-03-16 09:00');
    expect(local(calendar.addWorkingDays(vn('2026-03-09T07:00'), 1))).toBe('2026-03-09 17:00');
    expect(local(calendar.addWorkingHours(vn('2026-03-09T10:00'), 2))).toBe('2026-03-09 14:00'); // 1.5 h before lunch
  });

  it('starts a dossier received after closing at the next working morning', () => {
    expect(local(calendar.nextWorkingMoment(vn('2026-03-09T17:30')))).toBe('2026-03-10 07:00');
    expect(local(calendar.addWorkingDays(vn('2026-03-13T18:00'), 1))).toBe('2026-03-16 17:00'); // Friday evening
    expect(local(calendar.nextWorkingMoment(vn('2026-03-09T12:00')))).toBe('2026-03-09 13:30'); // lunch break
  });

  it('skips Tết: a 5-working-day procedure received on the Friday before it', () => {
    // Friday 13/02/2026, 09:00: 6 hours on Friday, Tết off 16–20/02, then 34 hours from Monday 23/02.
    expect(local(calendar.addWorkingDays(vn('2026-02-13T09:00'), 5))).toBe('2026-02-27 09:00');
    // Received on Friday afternoon 24/01/2025 before Tết Ất Tỵ (off 27–31/01): due Friday 07/02/2025.
    expect(local(calendar.addWorkingDays(vn('2025-01-24T15:00'), 5))).toBe('2025-02-07 15:00');
  });

  it('skips Hùng Kings\' day and the 30/4–1/5 break', () => {
    // Thursday 23/04/2026 at 07:00 + 3 days: 23, 24, (27 compensation for Hùng Kings, 30/4, 1/5 off) 28.
    expect(local(calendar.addWorkingDays(vn('2026-04-23T07:00'), 3))).toBe('2026-04-28 17:00');
  });

  it('measures working hours between two instants, for the supplement pause', () => {
    expect(calendar.workingHoursBetween(vn('2026-03-09T07:00'), vn('2026-03-09T17:00'))).toBe(8);
    expect(calendar.workingHoursBetween(vn('2026-03-13T16:00'), vn('2026-03-16T08:00'))).toBe(2);
    expect(calendar.workingHoursBetween(vn('2026-02-13T17:00'), vn('2026-02-23T07:00'))).toBe(0);
    expect(calendar.workingHoursBetween(vn('2026-03-10T07:00'), vn('2026-03-09T07:00'))).toBe(0);
    expect(calendar.hoursUntil(vn('2026-03-16T09:00'), vn('2026-03-13T16:00'))).toBe(3); // Friday 16:00 → Monday 09:00
    expect(calendar.hoursUntil(vn('2026-03-13T16:00'), vn('2026-03-16T09:00'))).toBe(-3);
  });

  it('honours agency working hours', () => {
    const saturdayMorning = new WorkingCalendar({ hours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] });
    expect(local(saturdayMorning.addWorkingHours(vn('2026-03-09T11:00'), 2))).toBe('2026-03-09 14:00');
    expect(() => new WorkingCalendar({ hours: [{ start: '12:00', end: '08:00' }] })).toThrow(RangeError);
  });

  it('rejects negative time', () => {
    expect(() => calendar.addWorkingHours(new Date(), -1)).toThrow(RangeError);
  });
});

describe('validWorkingHours', () => {
  it('accepts ordered, non-overlapping periods and rejects the rest', () => {
    expect(validWorkingHours([{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }])).toBe(true);
    expect(validWorkingHours([{ start: '13:30', end: '17:00' }, { start: '07:00', end: '11:30' }])).toBe(true);
    expect(validWorkingHours([{ start: '07:00', end: '12:00' }, { start: '11:00', end: '17:00' }])).toBe(false);
    expect(validWorkingHours([{ start: '17:00', end: '07:00' }])).toBe(false);
    expect(validWorkingHours([])).toBe(false);
  });
});

describe('periodsOf', () => {
  it('gives a working day\'s opening periods as instants, and nothing on a weekend or holiday', () => {
    const calendar = new WorkingCalendar();
    expect(calendar.periodsOf('2026-12-01').map((p) => [p.start.toISOString(), p.end.toISOString()])).toEqual([
      ['2026-12-01T00:00:00.000Z', '2026-12-01T04:30:00.000Z'], ['2026-12-01T06:30:00.000Z', '2026-12-01T10:00:00.000Z'],
    ]);
    expect(calendar.periodsOf('2026-11-28')).toEqual([]); // a Saturday
    expect(calendar.periodsOf('2026-09-02')).toEqual([]); // National Day
  });
});
