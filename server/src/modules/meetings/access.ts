import type { Queryable } from '../../platform/db.js';
import { agenciesOf, agenciesWithRole, type Principal } from '../../platform/principal.js';
import { identity } from '../identity/index.js';
import { meetingErrors as e } from './errors.js';
import { meetingRepository as repo, type MeetingRow } from './repository.js';

/**
 * The agencies whose meetings an official sees: those they hold any role at and everything below them
 * (a district sees its communes'; the province's committee, the whole province). Citizens see none.
 */
export async function staffAgencies(db: Queryable, principal: Principal): Promise<number[]> {
  const own = [...agenciesOf(principal)];
  if (own.length === 0) throw e.staffOnly();
  return identity.agencySubtree(db, own);
}

/** A meeting the official sees (organised by, or held with, an agency of theirs); to anyone else it does not exist. */
export async function visibleMeeting(db: Queryable, principal: Principal, id: number, lock = false): Promise<MeetingRow> {
  const scope = await staffAgencies(db, principal);
  const meeting = await repo.meeting(db, id, lock);
  if (!meeting || !(await repo.visibleTo(db, id, scope))) throw e.notFound();
  return meeting;
}

/** Organisers: the leaders of the organising agency, who sign its invitation and minutes. */
export const organises = (principal: Principal, agencyId: number) => agenciesWithRole(principal, 'leader').includes(agencyId);

export function requireOrganiser(principal: Principal, agencyId: number): void {
  if (!organises(principal, agencyId)) throw e.organiserOnly();
}
