import type { ModuleDeps } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { errors } from '../../platform/errors.js';
import { requireProvinceAdmin, type AdminScope } from '../identity/index.js';
import type { DayOverride } from './holidays.js';
import { calendarRepository as repo } from './repository.js';
import type { CalendarDayBody } from './schemas.js';
import { WorkingCalendar } from './working-calendar.js';

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
      overrides ??= await repo.overrides(db);
      calendar = new WorkingCalendar({ hours: (await repo.workingHours(db, agencyId)) ?? undefined, overrides });
      loaded.set(agencyId, calendar);
    }
    return calendar;
  };
}

/** The calendar one agency works by. */
export const calendarFor = (db: Queryable, agencyId: number) => agencyCalendars(db)(agencyId);

export async function declareDay(deps: ModuleDeps, scope: AdminScope, day: CalendarDayBody) {
  requireProvinceAdmin(scope);
  const id = await deps.uow(scope.actor, async ({ tx, audit }) => {
    const created = await repo.insertDay(tx, day, scope.actor.id);
    if (!created) throw errors.conflict(undefined, 'Ngày này đã được khai báo.');
    audit({ action: 'calendar.declare', entity: 'calendar_day', entityId: created, data: day });
    return created;
  });
  return { id, ...day };
}

export async function removeDay(deps: ModuleDeps, scope: AdminScope, id: number) {
  requireProvinceAdmin(scope);
  await deps.uow(scope.actor, async ({ tx, audit }) => {
    if (!(await repo.deleteDay(tx, id))) throw errors.notFound();
    audit({ action: 'calendar.remove', entity: 'calendar_day', entityId: id });
  });
}
