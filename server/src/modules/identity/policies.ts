import type { Queryable } from '../../platform/db.js';
import { errors } from '../../platform/errors.js';
import { agenciesWithRole, type Principal } from '../../platform/principal.js';
import { identityRepository } from './repository.js';

/** What an administrator may manage: the agencies where they are admin and everything below them. */
export type AdminScope = { actor: Principal; agencyIds: Set<number>; coversRoot: boolean };

/** The one access check of administration: outside the scope, records answer 404. */
export async function adminScope(db: Queryable, actor: Principal): Promise<AdminScope> {
  const roots = agenciesWithRole(actor, 'admin');
  if (roots.length === 0) throw errors.forbidden();
  const agencyIds = new Set(await identityRepository.agencySubtree(db, roots));
  return { actor, agencyIds, coversRoot: await identityRepository.includesRoot(db, roots) };
}

/** Province-wide settings (days off, the job queue) are for the administrators of the whole province only. */
export function requireProvinceAdmin(scope: AdminScope): void {
  if (!scope.coversRoot) throw errors.forbidden();
}

export const passwordIsStrong = (password: string) =>
  password.length >= 8 && /\p{L}/u.test(password) && /\d/.test(password);
