import { agenciesWithRole, requireUser, type CurrentUser } from '../../platform/auth.js';
import type { Queryable } from '../../platform/db.js';
import { errors } from '../../platform/errors.js';
import type { FastifyRequest } from 'fastify';
import { identityRepository } from './repository.js';

/** What an administrator may manage: the agencies where they are admin and everything below them. */
export type AdminScope = { actor: CurrentUser; agencyIds: Set<number>; coversRoot: boolean };

export async function adminScope(db: Queryable, request: FastifyRequest): Promise<AdminScope> {
  const actor = requireUser(request);
  const roots = agenciesWithRole(actor, 'admin');
  if (roots.length === 0) throw errors.forbidden();
  const agencyIds = new Set(await identityRepository.agencySubtree(db, roots));
  const rootLevel = await db.query('SELECT 1 FROM agencies WHERE id = ANY($1::bigint[]) AND parent_id IS NULL', [roots]);
  return { actor, agencyIds, coversRoot: (rootLevel.rowCount ?? 0) > 0 };
}

export const passwordIsStrong = (password: string) =>
  password.length >= 8 && /\p{L}/u.test(password) && /\d/.test(password);
