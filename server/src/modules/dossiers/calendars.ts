import type { Queryable } from '../../platform/db.js';
import type { DayOverride } from '../calendar/holidays.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
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
