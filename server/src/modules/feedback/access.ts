import type { Queryable } from '../../platform/db.js';
import { agenciesWithRole, type Principal, type Role } from '../../platform/principal.js';
import { identity } from '../identity/index.js';
import { feedbackErrors as e } from './errors.js';
import { feedbackRepository as repo, type ReportRow } from './repository.js';
import { ACTION_ROLES, type FeedbackAction } from './rules.js';

const OFFICIAL_ROLES: Role[] = ['reception', 'specialist', 'leader', 'clerk', 'finance', 'admin'];

/**
 * Which reports an official sees: those of the agencies they work at and the agencies under them (a
 * district sees its communes'); an official of the province's root agency sees the whole province (null).
 * Citizens have no staff scope.
 */
export type StaffScope = { agencyIds: number[] | null; own: number[] };

export async function staffScope(db: Queryable, principal: Principal): Promise<StaffScope> {
  const own = [...new Set(agenciesWithRole(principal, ...OFFICIAL_ROLES))];
  if (own.length === 0) throw e.staffOnly();
  const roots = await repo.rootAgencyIds(db);
  if (own.some((id) => roots.includes(id))) return { agencyIds: null, own };
  return { agencyIds: await identity.agencySubtree(db, own), own };
}

export const inScope = (scope: StaffScope, agencyId: number) => scope.agencyIds === null || scope.agencyIds.includes(agencyId);

/** A report the official may see; anyone else is told it does not exist. */
export async function visibleReport(db: Queryable, principal: Principal, id: number, lock = false): Promise<{ report: ReportRow; scope: StaffScope }> {
  const scope = await staffScope(db, principal);
  const report = await repo.report(db, id, lock);
  if (!report || !inScope(scope, report.agencyId)) throw e.notFound();
  return { report, scope };
}

/**
 * Who may act. Answers are the responsible agency's own: drafted by its specialists (or leaders),
 * approved by its leaders. Handling (accept, assign, re-route, merge, redact, reject, close) is for the
 * responsible agency's officials with the role, and also for the same roles above it (a district's, the
 * province's operations staff) who oversee it.
 */
export function mayAct(principal: Principal, scope: StaffScope, report: ReportRow, action: FeedbackAction, overseers: number[]): boolean {
  const roles = ACTION_ROLES[action];
  const at = agenciesWithRole(principal, ...roles);
  if (at.includes(report.agencyId)) return true;
  if (action === 'answer' || action === 'approve' || action === 'return') return false;
  return at.some((id) => overseers.includes(id)) && inScope(scope, report.agencyId);
}

export function requireAction(principal: Principal, scope: StaffScope, report: ReportRow, action: FeedbackAction, overseers: number[]) {
  if (!mayAct(principal, scope, report, action, overseers)) {
    const who = action === 'approve' || action === 'return' ? 'lãnh đạo' : action === 'answer' ? 'chuyên viên, lãnh đạo' : action === 'assign' ? 'lãnh đạo, cán bộ tiếp nhận' : 'cán bộ';
    throw e.roleRequired(who);
  }
}
