import { hash, verify } from '@node-rs/argon2';
import type { ModuleDeps } from '../../platform/context.js';
import { readCache } from '../../platform/read-cache.js';
import { isUniqueViolation, type Db } from '../../platform/db.js';
import { systemPrincipal, type Role } from '../../platform/principal.js';
import { errors } from '../../platform/errors.js';
import { isValidAgencyCode } from './agency-code.js';
import { validWorkingHours } from './working-hours.js';
import { identityErrors } from './errors.js';
import { passwordIsStrong, type AdminScope } from './policies.js';
import { identityRepository as repo } from './repository.js';
import type { Agency, AgencyInput, AgencyPatch, OfficialInput, RegisterBody, RoleInput, UserPatch, UserSummary } from './schemas.js';

// Names and opening hours of agencies are on every dossier reply and form: kept a few seconds per node.
export const agencyProfile = readCache(5_000, repo.agencyProfile);

export const hashPassword = (password: string) => hash(password);
// Verifying against a fixed hash when the user is unknown keeps the answer time the same either way.
const UNKNOWN_USER_HASH = await hash('tinh-so-unknown-user');


/**
 * Checks a password. Failed attempts are counted per client address and account name in the database,
 * so every node sees them; past the limit the account is not even tried until the window passes.
 */
export async function authenticate(db: Db, credentials: { username: string; password: string; ip: string }, limit: { max: number; windowMinutes: number }): Promise<number> {
  const username = credentials.username.trim().toLowerCase();
  const key = `${credentials.ip}|${username}`;
  if ((await repo.loginFailures(db, key, limit.windowMinutes)) >= limit.max) throw errors.rateLimited();
  const user = await repo.findLoginUser(db, username);
  const matches = await verify(user?.password_hash ?? UNKNOWN_USER_HASH, credentials.password);
  if (!user || !matches || !user.active) {
    await repo.recordLoginFailure(db, key, limit.windowMinutes);
    throw identityErrors.invalidCredentials();
  }
  await repo.clearLoginFailures(db, key);
  return user.id;
}

/** Whether the password is the account's (for linking an e-ID to it). */
export async function passwordMatches(db: Db, userId: number, password: string): Promise<boolean> {
  const row = (await db.query<{ hash: string }>('SELECT password_hash AS hash FROM users WHERE id = $1 AND active', [userId])).rows[0];
  return !!row && (await verify(row.hash, password));
}

export async function registerApplicant(deps: ModuleDeps, body: RegisterBody): Promise<number> {
  if (!passwordIsStrong(body.password)) throw identityErrors.weakPassword();
  const passwordHash = await hashPassword(body.password);
  try {
    return await deps.uow(systemPrincipal('Đăng ký tài khoản'), async ({ tx, audit }) => {
      const userId = await repo.insertUser(tx, { ...body, passwordHash });
      await repo.insertRole(tx, userId, 'citizen', null);
      audit({ agencyId: null, action: 'user.register', entity: 'user', entityId: userId,
        data: { username: body.username, kind: body.kind },
      });
      return userId;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw identityErrors.usernameTaken();
    throw error;
  }
}

/** The signed-in user's own view: identity and roles with their agencies. */
export async function profileOf(db: Db, userId: number) {
  const user = await repo.getProfile(db, userId);
  return { ...user!, roles: await repo.rolesOf(db, userId) };
}

// ---- agencies ----

function checkAgencyFields(input: Partial<AgencyInput>, current?: Agency): void {
  if (input.code !== undefined && !isValidAgencyCode(input.code)) throw identityErrors.invalidAgencyCode();
  if (input.workingHours && !validWorkingHours(input.workingHours)) throw identityErrors.invalidWorkingHours();
  const validFrom = input.validFrom ?? current?.validFrom;
  const validTo = input.validTo === undefined ? current?.validTo : input.validTo;
  if (validFrom && validTo && validTo < validFrom) throw identityErrors.invalidValidity();
}

function checkParentInScope(scope: AdminScope, parentId: number | null): void {
  if (parentId === null ? !scope.coversRoot : !scope.agencyIds.has(parentId)) throw identityErrors.agencyNotFound();
}

async function saveAgency<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw identityErrors.agencyCodeTaken();
    throw error;
  }
}

export async function createAgency(deps: ModuleDeps, scope: AdminScope, input: AgencyInput): Promise<Agency> {
  checkAgencyFields(input);
  checkParentInScope(scope, input.parentId);
  return saveAgency(() =>
    deps.uow(scope.actor, async ({ tx, audit }) => {
      const agency = await repo.insertAgency(tx, input);
      audit({ agencyId: agency.id, action: 'agency.create', entity: 'agency', entityId: agency.id, data: input,
      });
      return agency;
    }),
  );
}

export async function updateAgency(deps: ModuleDeps, scope: AdminScope, id: number, patch: AgencyPatch): Promise<Agency> {
  if (!scope.agencyIds.has(id)) throw identityErrors.agencyNotFound();
  const updated = await saveAgency(() =>
    deps.uow(scope.actor, async ({ tx, audit }) => {
      // Lock the row so two admins editing the same agency apply their changes one after the other.
      await repo.lockAgency(tx, id);
      const current = await repo.getAgency(tx, id);
      if (!current) throw identityErrors.agencyNotFound();
      checkAgencyFields(patch, current);
      if (patch.parentId !== undefined && patch.parentId !== current.parentId) {
        checkParentInScope(scope, patch.parentId);
        if (patch.parentId !== null && (await repo.agencySubtree(tx, [id])).includes(patch.parentId)) {
          throw identityErrors.agencyCycle();
        }
      }
      const agency = await repo.updateAgency(tx, id, patch);
      audit({ agencyId: id, action: 'agency.update', entity: 'agency', entityId: id,
        data: { before: current, changes: patch },
      });
      return agency;
    }),
  );
  agencyProfile.forget(id);
  return updated;
}

// ---- users and roles ----

const scopeList = (scope: AdminScope) => [...scope.agencyIds];

export async function listUsers(db: Db, scope: AdminScope, filter: { agencyId?: number; q?: string; page?: number; pageSize?: number }) {
  if (filter.agencyId !== undefined && !scope.agencyIds.has(filter.agencyId)) throw identityErrors.agencyNotFound();
  const pageSize = filter.pageSize ?? 20;
  return repo.listUsers(db, scopeList(scope), {
    agencyId: filter.agencyId, q: filter.q?.trim() || undefined, limit: pageSize, offset: ((filter.page ?? 1) - 1) * pageSize,
  });
}

/** A user the administrator may see: one holding a role in the administrator's agencies. */
export async function findUserInScope(db: Db, scope: AdminScope, userId: number): Promise<UserSummary> {
  const found = await repo.listUsers(db, scopeList(scope), { userId, limit: 1, offset: 0 });
  const user = found.items[0];
  if (!user) throw identityErrors.userNotFound();
  return user;
}

function checkRolesInScope(scope: AdminScope, roles: RoleInput[]): void {
  for (const grant of roles) if (!scope.agencyIds.has(grant.agencyId)) throw identityErrors.agencyNotFound();
}

/**
 * An official's account was created, deactivated (left the service) or reactivated: payload
 * { userId, change: 'created' | 'deactivated' | 'reactivated', agencyId (of the first role), fullName }.
 * Official mail follows it (a mailbox created, suspended, resumed).
 */
export const OFFICIAL_ACCOUNT_CHANGED = 'identity.official-account-changed';

export async function createOfficial(deps: ModuleDeps, scope: AdminScope, input: OfficialInput): Promise<UserSummary> {
  if (!passwordIsStrong(input.password)) throw identityErrors.weakPassword();
  checkRolesInScope(scope, input.roles);
  const passwordHash = await hashPassword(input.password);
  try {
    const userId = await deps.uow(scope.actor, async ({ tx, audit, emit }) => {
      const id = await repo.insertUser(tx, { ...input, kind: 'official', passwordHash });
      for (const grant of uniqueGrants(input.roles)) await repo.insertRole(tx, id, grant.role, grant.agencyId);
      audit({ agencyId: input.roles[0]!.agencyId, action: 'user.create', entity: 'user', entityId: id,
        data: { username: input.username, fullName: input.fullName, roles: input.roles },
      });
      emit(OFFICIAL_ACCOUNT_CHANGED, { userId: id, change: 'created', agencyId: input.roles[0]!.agencyId, fullName: input.fullName });
      return id;
    });
    return findUserInScope(deps.db, scope, userId);
  } catch (error) {
    if (isUniqueViolation(error)) throw identityErrors.usernameTaken();
    throw error;
  }
}

const uniqueGrants = (roles: RoleInput[]) =>
  [...new Map(roles.map((r) => [`${r.role}@${r.agencyId}`, r])).values()];

export async function updateUser(deps: ModuleDeps, scope: AdminScope, userId: number, patch: UserPatch): Promise<UserSummary> {
  const target = await findUserInScope(deps.db, scope, userId);
  // Account-wide changes reach every agency the user works for: all of them must be in scope.
  if (target.roles.some((r) => r.agencyId === null || !scope.agencyIds.has(r.agencyId))) throw identityErrors.userNotFound();
  if (userId === scope.actor.id && patch.active === false) throw identityErrors.selfLockout();
  if (patch.password !== undefined && !passwordIsStrong(patch.password)) throw identityErrors.weakPassword();
  const { password, ...fields } = patch;
  const passwordHash = password === undefined ? undefined : await hashPassword(password);
  await deps.uow(scope.actor, async ({ tx, audit, emit }) => {
    await repo.updateUser(tx, userId, { ...fields, passwordHash });
    if (patch.active === false || passwordHash) await repo.deleteSessionsOf(tx, userId);
    if (target.kind === 'official' && patch.active !== undefined && patch.active !== target.active) {
      emit(OFFICIAL_ACCOUNT_CHANGED, {
        userId, change: patch.active ? 'reactivated' : 'deactivated', agencyId: target.roles[0]?.agencyId ?? null, fullName: patch.fullName ?? target.fullName,
      });
    }
    audit({ agencyId: target.roles[0]?.agencyId ?? null, action: 'user.update', entity: 'user', entityId: userId,
      data: { ...fields, passwordChanged: passwordHash !== undefined },
    });
  });
  return findUserInScope(deps.db, scope, userId);
}

export async function grantRole(deps: ModuleDeps, scope: AdminScope, userId: number, grant: RoleInput): Promise<UserSummary> {
  await findUserInScope(deps.db, scope, userId);
  checkRolesInScope(scope, [grant]);
  try {
    await deps.uow(scope.actor, async ({ tx, audit }) => {
      const roleId = await repo.insertRole(tx, userId, grant.role, grant.agencyId);
      audit({ agencyId: grant.agencyId, action: 'role.grant', entity: 'user', entityId: userId,
        data: { roleId, ...grant },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw identityErrors.roleExists();
    throw error;
  }
  return findUserInScope(deps.db, scope, userId);
}

export async function revokeRole(deps: ModuleDeps, scope: AdminScope, userId: number, roleId: number): Promise<UserSummary> {
  const target = await findUserInScope(deps.db, scope, userId);
  const grant = target.roles.find((r) => r.id === roleId);
  if (!grant || grant.agencyId === null || !scope.agencyIds.has(grant.agencyId)) throw identityErrors.roleNotFound();
  if (target.roles.length === 1) throw identityErrors.lastRole();
  if (userId === scope.actor.id && grant.role === 'admin') throw identityErrors.selfLockout();
  await deps.uow(scope.actor, async ({ tx, audit }) => {
    const removed = await repo.deleteRole(tx, userId, roleId);
    if (!removed) throw identityErrors.roleNotFound();
    audit({ agencyId: removed.agencyId, action: 'role.revoke', entity: 'user', entityId: userId,
      data: { roleId, role: removed.role as Role },
    });
  });
  return findUserInScope(deps.db, scope, userId);
}
