import type { Queryable } from '../../platform/db.js';
import type { Principal } from '../../platform/principal.js';
import { contentRepository as repo } from './repository.js';

/**
 * Who does what in content. Roles are read as strings: the editor role (biên tập viên) is the content
 * module's and is not yet in the platform's Role union.
 */
export type ContentRole = 'specialist' | 'leader' | 'editor' | 'admin';

/** The agencies where the principal holds one of the roles. */
export const agenciesAs = (principal: Principal, ...roles: ContentRole[]): number[] =>
  principal.roles.filter((r) => (roles as string[]).includes(r.role) && r.agencyId !== null).map((r) => r.agencyId as number);

/** Officials who answer an agency's questions: its specialists and leaders. */
export const answererAgencies = (principal: Principal) => agenciesAs(principal, 'specialist', 'leader');

/** The province admin (admin at the root agency) approves any agency's news. */
export async function isProvinceAdmin(db: Queryable, principal: Principal): Promise<boolean> {
  const admin = agenciesAs(principal, 'admin');
  return admin.length > 0 && admin.includes(await repo.provinceAgency(db));
}
