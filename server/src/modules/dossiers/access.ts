import type { Queryable } from '../../platform/db.js';
import { errors as platformErrors } from '../../platform/errors.js';
import { agenciesOf, agenciesWithRole, type Principal } from '../../platform/principal.js';
import { identity } from '../identity/index.js';
import { dossierErrors as errors } from './errors.js';
import type { ActorRole, ViewerRole } from './lifecycle.js';
import { dossierRepository as repo, type DossierRow } from './repository.js';

/**
 * Who may do what with a dossier: the one access check of the module. Outside a principal's scope a
 * dossier does not exist (404), so that existence does not leak.
 */

/** The roles the principal acts in on this dossier: applicant, reception of the receiving agency, staff of the current one. */
export function actorRoles(principal: Principal, d: Pick<DossierRow, 'applicantId' | 'receivingAgencyId' | 'currentAgencyId'>): ViewerRole[] {
  const roles: ViewerRole[] = [];
  if (principal.type === 'user' && d.applicantId === principal.id) roles.push('applicant');
  if (agenciesWithRole(principal, 'reception').includes(d.receivingAgencyId)) roles.push('reception');
  if (agenciesWithRole(principal, 'specialist').includes(d.currentAgencyId)) roles.push('specialist');
  if (agenciesWithRole(principal, 'leader').includes(d.currentAgencyId)) roles.push('leader');
  return roles;
}

/** The applicant looking at their own dossier, with no official role on it. */
export const isApplicantOnly = (principal: Principal, d: DossierRow) =>
  principal.type === 'user' && d.applicantId === principal.id && actorRoles(principal, d).every((r) => r === 'applicant');

/** The applicant sees results only once they are issued; officials always. */
export const resultsVisibleTo = (principal: Principal, d: DossierRow) =>
  !isApplicantOnly(principal, d) || ['result_ready', 'returned'].includes(d.status);

/** Added to a result's label for its copy signed by the agency at approval. */
export const SIGNED_SUFFIX = ' (đã ký số)';

/**
 * Which results a principal is given. Officials: all. The applicant, once issued: the signed copy rather
 * than the draft it was signed from, and of a refused dossier only the refusal (form 03), never the
 * result the specialist had proposed.
 */
export function visibleResults<F extends { kind: string; label: string }>(principal: Principal, d: DossierRow, files: F[]): F[] {
  const results = files.filter((f) => f.kind === 'result');
  if (!isApplicantOnly(principal, d)) return results;
  if (!resultsVisibleTo(principal, d)) return [];
  if (d.outcome === 'refused') return results.filter((f) => f.label === 'Mẫu 03');
  const signed = new Set(results.filter((f) => f.label.endsWith(SIGNED_SUFFIX)).map((f) => f.label.slice(0, -SIGNED_SUFFIX.length)));
  return results.filter((f) => !signed.has(f.label));
}

/**
 * Read access: the applicant; and, once submitted, officials of every agency the dossier has been at
 * (liên thông keeps the sender's). A draft is the applicant's alone.
 */
export async function canRead(db: Queryable, principal: Principal, d: DossierRow): Promise<boolean> {
  if (principal.type === 'user' && d.applicantId === principal.id) return true;
  if (d.status === 'draft') return false;
  const mine = agenciesOf(principal);
  if (mine.size === 0) return false;
  return (await repo.agenciesWithAccess(db, d.id)).some((a) => mine.has(a));
}

export async function readableDossier(db: Queryable, principal: Principal, id: number): Promise<DossierRow> {
  const d = await repo.get(db, id);
  if (!d || !(await canRead(db, principal, d))) throw errors.notFound();
  return d;
}

/** The principal's roles on a dossier it may act on: 404 when it may not even read it, 403 when it only reads. */
export async function actingRoles(db: Queryable, principal: Principal, d: DossierRow): Promise<ActorRole[]> {
  const actors = actorRoles(principal, d);
  if (actors.length === 0 || (d.status === 'draft' && !actors.includes('applicant'))) {
    throw (await canRead(db, principal, d)) ? errors.forbidden() : errors.notFound();
  }
  return actors;
}

/** Reports on an agency: its own officials, and admins whose scope covers it. */
export async function checkReportAccess(db: Queryable, principal: Principal, agencyId: number): Promise<void> {
  if (agenciesOf(principal).has(agencyId)) return;
  const admin = agenciesWithRole(principal, 'admin');
  if (admin.length > 0 && (await identity.agencySubtree(db, admin)).includes(agencyId)) return;
  throw platformErrors.notFound();
}
