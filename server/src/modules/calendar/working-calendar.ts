import type { WorkingHours } from '../identity/index.js';
import { addDays, isWeekend, yearCalendar, type DayOverride, type IsoDate, type YearCalendar } from './holidays.js';

// Default hours of the one-stop units (configurable per agency): 8 working hours a day.
export const DEFAULT_WORKING_HOURS: WorkingHours = [
  { start: '07:00', end: '11:30' },
  { start: '13:30', end: '17:00' },
];

/** One working day = 8 working hours, whatever an agency's opening hours. */
export const HOURS_PER_WORKING_DAY = 8;

// Việt Nam keeps UTC+7 all year (no daylight saving), so local time is a fixed offset.
const OFFSET_MS = 7 * 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;
// A guard against calendars with no working time at all (e.g. every day declared off).
const MAX_DAYS_SCANNED = 3 * 366;

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

/** The local date and minute of the day of an instant. */
export function localParts(at: Date): { date: IsoDate; minute: number } {
  const local = new Date(at.getTime() + OFFSET_MS);
  return { date: local.toISOString().slice(0, 10), minute: local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60 };
}

/** The instant of a local date and minute of the day. */
export const instantOf = (date: IsoDate, minute: number) => new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + minute * MINUTE);

/**
 * Deadline arithmetic in working time: skips weekends, public holidays (solar and lunar) and declared
 * days off, counts declared make-up working days, and only the agency's working hours within a day.
 */
export class WorkingCalendar {
  private readonly periods: { start: number; end: number }[];
  private readonly years = new Map<number, YearCalendar>();

  constructor(private readonly options: { hours?: WorkingHours; overrides?: DayOverride[] } = {}) {
    this.periods = (options.hours ?? DEFAULT_WORKING_HOURS)
      .map((p) => ({ start: minutesOf(p.start), end: minutesOf(p.end) }))
      .sort((a, b) => a.start - b.start);
    if (this.periods.length === 0 || this.periods.some((p) => !(p.end > p.start))) {
      throw new RangeError('working hours must be non-empty periods with end after start');
    }
  }

  private year(year: number): YearCalendar {
    let calendar = this.years.get(year);
    if (!calendar) {
      calendar = yearCalendar(year, this.options.overrides);
      this.years.set(year, calendar);
    }
    return calendar;
  }

  /** Why a date is not worked ('Tết Nguyên đán', 'Thứ Bảy' …), or null for a working day. */
  dayOffReason(date: IsoDate): string | null {
    const calendar = this.year(Number(date.slice(0, 4)));
    if (calendar.workingDays.has(date)) return null;
    const holiday = calendar.daysOff.get(date);
    if (holiday) return holiday;
    if (isWeekend(date)) return new Date(`${date}T00:00:00Z`).getUTCDay() === 6 ? 'Thứ Bảy' : 'Chủ nhật';
    return null;
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.dayOffReason(date) === null;
  }

  /** The opening periods of a local date as instants (none on a day off): where appointments can be made. */
  periodsOf(date: IsoDate): { start: Date; end: Date }[] {
    return this.isWorkingDay(date) ? this.periods.map((p) => ({ start: instantOf(date, p.start), end: instantOf(date, p.end) })) : [];
  }

  /**
   * The instant `hours` working hours after `from`, counted from the next working moment (a dossier
   * received after closing starts the next working morning). Ends at a period's close, never at the
   * next opening, when the time runs out exactly at closing.
   */
  addWorkingHours(from: Date, hours: number): Date {
    if (!(hours >= 0) || !Number.isFinite(hours)) throw new RangeError('hours must be a finite number ≥ 0');
    let remaining = Math.round(hours * 60);
    let { date, minute } = localParts(from);
    for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, date = addDays(date, 1), minute = 0) {
      if (!this.isWorkingDay(date)) continue;
      for (const period of this.periods) {
        const start = Math.max(period.start, minute);
        if (start >= period.end) continue;
        const available = period.end - start;
        if (remaining <= available) return instantOf(date, start + remaining);
        remaining -= available;
      }
    }
    throw new RangeError('no working time within three years: check the declared days off');
  }

  addWorkingDays(from: Date, days: number): Date {
    return this.addWorkingHours(from, days * HOURS_PER_WORKING_DAY);
  }

  /** The next instant at which work can happen (`at` itself during working hours). */
  nextWorkingMoment(at: Date): Date {
    return this.addWorkingHours(at, 0);
  }

  /** Working hours from `now` until `due`; negative, counting the working hours since, once it has passed. */
  hoursUntil(due: Date, now: Date): number {
    return now <= due ? this.workingHoursBetween(now, due) : -this.workingHoursBetween(due, now);
  }

  /** Working hours elapsed between two instants (0 when `to` is not after `from`). */
  workingHoursBetween(from: Date, to: Date): number {
    if (to <= from) return 0;
    const end = localParts(to);
    let { date, minute } = localParts(from);
    let minutes = 0;
    for (let guard = 0; date <= end.date && guard < (to.getTime() - from.getTime()) / DAY + 2; guard++, date = addDays(date, 1), minute = 0) {
      if (!this.isWorkingDay(date)) continue;
      const limit = date === end.date ? end.minute : 24 * 60;
      for (const period of this.periods) {
        const start = Math.max(period.start, minute);
        const stop = Math.min(period.end, limit);
        if (stop > start) minutes += stop - start;
      }
    }
    return minutes / 60;
  }
}
