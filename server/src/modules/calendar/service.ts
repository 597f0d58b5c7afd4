import type { ModuleDeps } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { errors } from '../../platform/errors.js';
import { readCache } from '../../platform/read-cache.js';
import { identity, requireProvinceAdmin, type AdminScope } from '../identity/index.js';
import type { DayOverride } from './holidays.js';
import { calendarRepository as repo } from './repository.js';
import type { CalendarDayBody } from './schemas.js';
import { WorkingCalendar } from './working-calendar.js';

// Declared days off change a few times a year, an agency's hours hardly ever: both are read through
// the per-node caches, and one calendar (with its computed years) is kept per set of opening hours.
const declaredDays = readCache(5_000, (db: Queryable, _all: 'all') => repo.overrides(db));
const built = new WeakMap<DayOverride[], Map<string, WorkingCalendar>>();

/** The calendar one agency works by: its opening hours, the holidays, the declared days off and make-up days. */
export async function calendarFor(db: Queryable, agencyId: number): Promise<WorkingCalendar> {
  // One after the other: inside a transaction, one connection runs one query at a time.
  const overrides = (await declaredDays(db, 'all')) ?? [];
  const hours = (await identity.agencyProfile(db, agencyId))?.workingHours ?? undefined;
  let byHours = built.get(overrides);
  if (!byHours) built.set(overrides, (byHours = new Map()));
  const key = JSON.stringify(hours ?? null);
  let calendar = byHours.get(key);
  if (!calendar) byHours.set(key, (calendar = new WorkingCalendar({ hours, overrides })));
  return calendar;
}

/** Calendars for a list or a job run. */
export const agencyCalendars = (db: Queryable) => (agencyId: number) => calendarFor(db, agencyId);

export async function declareDay(deps: ModuleDeps, scope: AdminScope, day: CalendarDayBody) {
  requireProvinceAdmin(scope);
  const id = await deps.uow(scope.actor, async ({ tx, audit }) => {
    const created = await repo.insertDay(tx, day, scope.actor.id);
    if (!created) throw errors.conflict(undefined, 'Ngày này đã được khai báo.');
    audit({ action: 'calendar.declare', entity: 'calendar_day', entityId: created, data: day });
    return created;
  });
  declaredDays.forget('all');
  return { id, ...day };
}

export async function removeDay(deps: ModuleDeps, scope: AdminScope, id: number) {
  requireProvinceAdmin(scope);
  await deps.uow(scope.actor, async ({ tx, audit }) => {
    if (!(await repo.deleteDay(tx, id))) throw errors.notFound();
    audit({ action: 'calendar.remove', entity: 'calendar_day', entityId: id });
  });
  declaredDays.forget('all');
}
