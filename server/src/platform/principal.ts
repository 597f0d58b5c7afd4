/**
 * Who asks: a signed-in user today; a member system of the integration platform or an OIDC client
 * tomorrow; the platform itself when a job acts. Every access check takes a Principal.
 */
export type Role = 'citizen' | 'reception' | 'specialist' | 'leader' | 'clerk' | 'admin' | 'finance' | 'editor';
export type UserKind = 'citizen' | 'business' | 'official';
export type RoleGrant = { id: number; role: Role; agencyId: number | null };

export type UserPrincipal = {
  type: 'user'; id: number; username: string; fullName: string; kind: UserKind; roles: RoleGrant[];
  /** Signed in with the password only while a role requires a second factor not yet enrolled: may only enrol. */
  restricted?: boolean;
};
/** The platform acting on its own (jobs, the deadline scan): recorded with no actor id. */
export type SystemPrincipal = { type: 'system'; id: null; fullName: string; roles: RoleGrant[] };
export type Principal = UserPrincipal | SystemPrincipal;

export const systemPrincipal = (name: string): SystemPrincipal => ({ type: 'system', id: null, fullName: name, roles: [] });

/** The agencies where the principal holds one of `roles` (official roles are always bound to one agency). */
export function agenciesWithRole(principal: Principal, ...roles: Role[]): number[] {
  return principal.roles.filter((r) => roles.includes(r.role) && r.agencyId !== null).map((r) => r.agencyId as number);
}

/** Every agency the principal holds any role at. */
export const agenciesOf = (principal: Principal) => new Set(principal.roles.flatMap((r) => (r.agencyId === null ? [] : [r.agencyId])));

/** Whom a change is recorded against: a principal, or a user known only by id (at login and registration). */
export type Actor = { type: 'user'; id: number; fullName: string } | SystemPrincipal;
