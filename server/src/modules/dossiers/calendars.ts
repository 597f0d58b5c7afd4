import type { Queryable } from '../../platform/db.js';
import type { DayOverride } from '../calendar/holidays.js';
import { HOURS_PER_WORKING_DAY, WorkingCalendar } from '../calendar/working-calendar.js';
import type { DossierStatus } from './lifecycle.js';
import { dossierRepository as repo } from './repository.js';

/**
 * The working calendar of each agency (its opening hours, the declared days off and make-up days),
 * loaded once per use: one for a request, a list, or a job run. Queries run one after another, so it
 * also works inside a transaction.
 */
export function agencyCalendars(db: Queryable): (agencyId: number) => Promise<WorkingCalendar> {
  let overrides: DayOverride[] | undefined;
  const loaded = new Map<number, WorkingCalendar>();
  return async (agencyId) => {
    let calendar = loaded.get(agencyId);
    if (!calendar) {
      overrides ??= await repo.calendarOverrides(db);
      const agency = await repo.agency(db, agencyId);
      calendar = new WorkingCalendar({ hours: agency?.workingHours ?? undefined, overrides });
      loaded.set(agencyId, calendar);
    }
    return calendar;
  };
}

type Timed = { status: DossierStatus; currentAgencyId: number; pausedAt: Date | null; remainingHours: number | null };

/**
 * Working days left before `due`, to one decimal and negative once overdue; while the clock is stopped
 * for a supplement, what was left when it stopped; null when nothing is running.
 */
export async function workingDaysLeft(calendarOf: (agencyId: number) => Promise<WorkingCalendar>, d: Timed, due: Date | null, now: Date): Promise<number | null> {
  const hours = d.pausedAt ? (d.remainingHours ?? 0)
    : (d.status === 'received' || d.status === 'processing') && due ? (await calendarOf(d.currentAgencyId)).hoursUntil(due, now) : null;
  return hours === null ? null : Math.round((hours / HOURS_PER_WORKING_DAY) * 10) / 10;
}
