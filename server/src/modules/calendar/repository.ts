import type { Queryable, Tx } from '../../platform/db.js';
import type { DayOverride } from './holidays.js';
import type { CalendarDay, CalendarDayBody } from './schemas.js';

export const calendarRepository = {
  async overrides(db: Queryable): Promise<DayOverride[]> {
    return (await db.query<DayOverride>({ name: 'calendar-overrides', text: `SELECT to_char(day, 'YYYY-MM-DD') AS date, kind, note FROM calendar_days ORDER BY day` })).rows;
  },

  async days(db: Queryable): Promise<CalendarDay[]> {
    return (await db.query<CalendarDay>(`SELECT id, to_char(day, 'YYYY-MM-DD') AS date, kind, note FROM calendar_days ORDER BY day`)).rows;
  },

  /** The new day's id, or undefined when the date is already declared. */
  async insertDay(tx: Tx, day: CalendarDayBody, createdBy: number | null): Promise<number | undefined> {
    return (await tx.query<{ id: number }>(
      `INSERT INTO calendar_days (day, kind, note, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT (day) DO NOTHING RETURNING id`,
      [day.date, day.kind, day.note, createdBy])).rows[0]?.id;
  },

  async deleteDay(tx: Tx, id: number): Promise<boolean> {
    return ((await tx.query('DELETE FROM calendar_days WHERE id = $1', [id])).rowCount ?? 0) > 0;
  },
};
