import type { CurrentUser } from '../../platform/auth.js';
import { agenciesWithRole } from '../../platform/auth.js';
import type { Queryable } from '../../platform/db.js';
import { agencyCalendars, workingDaysLeft } from './calendars.js';
import { dossierErrors } from './errors.js';
import { NATIONAL_STATUS_CODE, STATUS_LABEL } from './lifecycle.js';
import { dossierQueries, type QueueItem } from './repository.js';

/** Adds the working days left (negative when overdue) to list rows, with one calendar per agency. */
async function withDeadlines(db: Queryable, items: QueueItem[], now = new Date()) {
  const calendarOf = agencyCalendars(db);
  const rows = [];
  for (const item of items) {
    // In processing, an officer's list counts down to the end of the current step.
    const due = item.status === 'processing' && item.stepDueAt ? item.stepDueAt : item.dueAt;
    rows.push({
      ...item,
      workingDaysLeft: await workingDaysLeft(calendarOf, item, due, now),
      overdue: (item.status === 'received' || item.status === 'processing') && !!item.dueAt && item.dueAt < now,
    });
  }
  return rows;
}

export async function officialQueue(db: Queryable, user: CurrentUser, filter: { status?: QueueItem['status']; q?: string; page?: number; pageSize?: number }) {
  const pageSize = filter.pageSize ?? 20;
  const stepPairs = user.roles.filter((r) => (r.role === 'specialist' || r.role === 'leader') && r.agencyId !== null)
    .map((r) => ({ agencyId: r.agencyId as number, role: r.role }));
  const page = await dossierQueries.queue(db, {
    receptionAgencies: agenciesWithRole(user, 'reception'), stepPairs, status: filter.status, q: filter.q?.trim() || undefined,
    limit: pageSize, offset: ((filter.page ?? 1) - 1) * pageSize,
  });
  return { items: await withDeadlines(db, page.items), total: page.total };
}

export async function myDossiers(db: Queryable, user: CurrentUser, page = 1, pageSize = 20) {
  const found = await dossierQueries.mine(db, user.id, pageSize, (page - 1) * pageSize);
  return { items: await withDeadlines(db, found.items), total: found.total };
}

/** Public lookup by code: status, agency and dates, never the applicant. */
export async function lookupByCode(db: Queryable, code: string, now = new Date()) {
  const found = await dossierQueries.publicStatus(db, code.trim());
  if (!found || found.status === 'draft') throw dossierErrors.dossierCodeNotFound();
  const { pausedAt: _paused, outcome: _outcome, ...visible } = found;
  const onTime = found.dueAt === null ? null : found.resolvedAt ? found.resolvedAt <= found.dueAt
    : ['received', 'processing', 'awaiting_supplement'].includes(found.status) ? (found.pausedAt !== null || now <= found.dueAt) : null;
  return { ...visible, status: found.status, statusLabel: STATUS_LABEL[found.status], nationalStatusCode: NATIONAL_STATUS_CODE[found.status as Exclude<typeof found.status, 'draft'>], onTime };
}
