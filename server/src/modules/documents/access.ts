import type { Queryable } from '../../platform/db.js';
import { agenciesOf, agenciesWithRole, type Principal, type Role } from '../../platform/principal.js';
import { documentErrors as errors } from './errors.js';
import { documentRepository as repo, type DocumentRow } from './repository.js';

/**
 * Who may see a document: the officials of the agency whose record it is (it registered, drafted,
 * issued or received it), and the agencies and people it was assigned to. Anyone else gets 404, so
 * that a document's existence does not leak across agencies.
 */
export async function canRead(db: Queryable, principal: Principal, d: DocumentRow): Promise<boolean> {
  const mine = agenciesOf(principal);
  if (mine.has(d.agencyId)) return true;
  if (mine.size === 0) return false;
  const assignees = await repo.assignees(db, d.id);
  return assignees.agencyIds.some((a) => mine.has(a)) || (principal.type === 'user' && assignees.userIds.includes(principal.id));
}

export async function readableDocument(db: Queryable, principal: Principal, id: number, lock = false): Promise<DocumentRow> {
  const d = await repo.get(db, id, lock);
  if (!d || !(await canRead(db, principal, d))) throw errors.notFound();
  return d;
}

/** Holds one of the roles at the document's agency. */
export const hasRoleAt = (principal: Principal, agencyId: number, ...roles: Role[]) => agenciesWithRole(principal, ...roles).includes(agencyId);

/** The agencies whose documents the principal works on (any official role). */
export const officialAgencies = (principal: Principal) => [...agenciesOf(principal)];
