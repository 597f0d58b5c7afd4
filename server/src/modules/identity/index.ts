/**
 * Identity's public face: agencies, accounts and the administration scope. Other modules import only
 * this file. Tables owned: agencies, users, user_roles, sessions, login_failures, password_resets, the OpenID
 * provider's oidc_clients and oidc_payloads, two-factor's user_recovery_codes, role_security, login_challenges, the e-ID sign-in's eid_requests and eid_links; published view:
 * agency_directory (id, code, name, parent_id, parent_name), user_directory (id, full_name).
 */
import { sealTextColumn } from '../../platform/personal-data.js';
export { adminScope, requireProvinceAdmin, type AdminScope } from './policies.js';
import { identityRepository as repo } from './repository.js';
export type { AgencyProfile } from './repository.js';
import { agencyProfile } from './service.js';
export { hashPassword } from './service.js';
/** Announced when an official's account is created, deactivated or reactivated (official mail follows it). */
export { OFFICIAL_ACCOUNT_CHANGED } from './service.js';
export { sessionResolver } from './sessions.js';
export { eidVerifiedAt } from './eid-status.js';
import { issuePasswordReset } from './password-reset.js';
export { PASSWORD_RESET_REQUESTED } from './password-reset.js';
export { identityRoutes } from './routes.js';
export { createOidcProvider } from './oidc.js';
export { oidcMount, oidcRoutes } from './oidc-routes.js';
export type { WorkingHours } from './working-hours.js';

export const OWNED_TABLES = [
  'agencies', 'users', 'user_roles', 'sessions', 'login_failures', 'password_resets', 'oidc_clients', 'oidc_payloads',
  'user_recovery_codes', 'role_security', 'login_challenges', 'eid_requests', 'eid_links',
] as const;
export const PUBLISHED_VIEWS = ['agency_directory', 'user_directory'] as const;

/** What other modules may ask of identity. */
export const identity = {
  /** Its personal data sealed at rest (platform/personal-data.ts): ID numbers (with their lookup hash) and phones of accounts. */
  personalData: [sealTextColumn('users', 'identity_number', { identity_number_hash: 'identity' }), sealTextColumn('users', 'phone')],
  agencySubtree: repo.agencySubtree,
  agencyLevels: repo.agencyLevels,
  agencyProfile,
  placeOf: repo.placeOf,
  applicantProfile: repo.applicantProfile,
  usersWithRoles: repo.usersWithRoles,
  oidcAccount: repo.oidcAccount,
  officialsIn: repo.officialsIn,
  dossierOfficials: repo.dossierOfficials,
  issuePasswordReset,
};
