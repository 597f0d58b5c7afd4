import type { ModuleDeps } from '../../platform/context.js';
import { systemPrincipal } from '../../platform/principal.js';
import { repeat } from '../../platform/repeat.js';
import { agencyCalendars, HOURS_PER_WORKING_DAY } from '../calendar/index.js';
import { dossierRepository as repo } from './repository.js';

export const OVERDUE = 'dossier.overdue';
export const DUE_SOON = 'dossier.due_soon';
const scanner = systemPrincipal('Theo dõi thời hạn');

/**
 * Marks dossiers overdue, or with less than one working day left, once each, and announces it. Safe on
 * any number of nodes: each row is claimed by a conditional UPDATE, so one node claims it.
 * "Less than a working day" uses the agency's calendar: a dossier due Monday 09:00 is flagged on Friday.
 */
export async function scanDeadlines(deps: ModuleDeps, now = new Date()): Promise<{ dueSoon: number; overdue: number }> {
  const overdue = await deps.uow(scanner, async ({ tx, emit }) => {
    const claimed = await repo.claimOverdue(tx, now);
    for (const d of claimed) emit(OVERDUE, { dossierId: d.id, code: d.code, agencyId: d.agencyId, dueAt: d.dueAt });
    return claimed.length;
  });
  const calendarOf = agencyCalendars(deps.db);
  let dueSoon = 0;
  for (const dossier of await repo.dueSoonCandidates(deps.db, now)) {
    if ((await calendarOf(dossier.agencyId)).hoursUntil(dossier.dueAt, now) > HOURS_PER_WORKING_DAY) continue;
    dueSoon += await deps.uow(scanner, async ({ tx, emit }) => {
      const d = await repo.claimWarning(tx, dossier.id, now);
      if (d) emit(DUE_SOON, { dossierId: d.id, code: d.code, agencyId: d.agencyId, dueAt: d.dueAt });
      return d ? 1 : 0;
    });
  }
  return { dueSoon, overdue };
}

/** Runs the deadline scan every `intervalMs` until the returned function is called. */
export function startDeadlineScan(deps: ModuleDeps, log: { error: (obj: unknown, msg: string) => void }, intervalMs = 60_000): () => Promise<void> {
  const scan = repeat(async () => void (await scanDeadlines(deps)), { intervalMs, onError: (error) => log.error({ err: error }, 'deadline scan failed') });
  return scan.stop;
}
