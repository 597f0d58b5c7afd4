import type { ModuleDeps } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { errors } from '../../platform/errors.js';
import type { Actor, Principal, UserPrincipal } from '../../platform/principal.js';
import type { UnitOfWork } from '../../platform/unit-of-work.js';
import { adminScope, hashPassword, identity, type AdminScope } from '../identity/index.js';
import { mailErrors as e } from './errors.js';
import { mailRepository as repo, type AliasRow, type MailboxRow, type ProvisionKind } from './repository.js';
import { candidateAddresses, domainOf, isDomain, isLocalPart, passwordIsStrong, type MailboxStatus } from './rules.js';

/** A record changed and waits for the directory: { kind: 'domain' | 'mailbox' | 'alias', id }. */
export const MAIL_PROVISION = 'mail.provision';

const announce = (uow: UnitOfWork, kind: ProvisionKind, id: number) => uow.emit(MAIL_PROVISION, { kind, id });

const scopeOf = (deps: ModuleDeps, user: Principal): Promise<AdminScope> => adminScope(deps.db, user);

function inScope(scope: AdminScope, agencyId: number) {
  if (!scope.agencyIds.has(agencyId)) throw e.agencyNotFound();
}

// ---- domains ----

export async function agencyMailSettings(deps: ModuleDeps, user: UserPrincipal, agencyId: number) {
  inScope(await scopeOf(deps, user), agencyId);
  const own = await repo.ownDomain(deps.db, agencyId);
  const effective = own ?? (await repo.domainFor(deps.db, agencyId));
  return {
    agencyId,
    domain: own?.domain ?? null,
    defaultQuotaMb: own?.defaultQuotaMb ?? null,
    syncState: own?.syncState ?? null,
    effectiveDomain: effective?.domain ?? null,
    inheritedFrom: own || !effective ? null : effective.agencyName,
    version: own?.version ?? 0,
  };
}

export async function setAgencyDomain(deps: ModuleDeps, user: UserPrincipal, agencyId: number, body: { domain: string; defaultQuotaMb: number }) {
  inScope(await scopeOf(deps, user), agencyId);
  const domain = body.domain.trim().toLowerCase();
  if (!isDomain(domain)) throw e.domainInvalid();
  await deps.uow(user, async (uow) => {
    await repo.lockDomain(uow.tx, domain);
    if (await repo.domainTakenElsewhere(uow.tx, domain, agencyId)) throw e.domainTaken();
    const before = await repo.ownDomain(uow.tx, agencyId);
    if (before && before.domain !== domain && (await repo.liveMailboxesAt(uow.tx, before.domain)) > 0) throw e.domainInUse();
    await repo.upsertDomain(uow.tx, agencyId, domain, body.defaultQuotaMb);
    uow.audit({ action: 'mail.domain.set', entity: 'mail_domain', entityId: agencyId, agencyId, data: { domain, defaultQuotaMb: body.defaultQuotaMb, before: before?.domain ?? null } });
    announce(uow, 'domain', agencyId);
  });
  return agencyMailSettings(deps, user, agencyId);
}

// ---- mailboxes ----

async function visibleMailbox(deps: ModuleDeps, user: UserPrincipal, id: number): Promise<MailboxRow> {
  const scope = await scopeOf(deps, user);
  const mailbox = await repo.mailbox(deps.db, id);
  if (!mailbox || mailbox.status === 'removed' || !scope.agencyIds.has(mailbox.agencyId)) throw e.mailboxNotFound();
  return mailbox;
}

export async function listMailboxes(deps: ModuleDeps, user: UserPrincipal, query: { agencyId?: number; status?: MailboxStatus; q?: string; page?: number; pageSize?: number }) {
  const scope = await scopeOf(deps, user);
  if (query.agencyId !== undefined) inScope(scope, query.agencyId);
  const pageSize = query.pageSize ?? 20;
  const found = await repo.mailboxes(deps.db, {
    agencyIds: query.agencyId !== undefined ? [query.agencyId] : [...scope.agencyIds], status: query.status, q: query.q?.trim().toLowerCase() || undefined,
    limit: pageSize, offset: ((query.page ?? 1) - 1) * pageSize,
  });
  return { ...found, directoryConfigured: deps.config.mailDirectory !== null };
}

export const getMailbox = async (deps: ModuleDeps, user: UserPrincipal, id: number) => await visibleMailbox(deps, user, id);

/** The agency's officials without a mailbox, each with the address the naming rule would give them. */
export async function candidates(deps: ModuleDeps, user: UserPrincipal, agencyId: number) {
  inScope(await scopeOf(deps, user), agencyId);
  const domain = await repo.domainFor(deps.db, agencyId);
  const officials = await identity.officialsIn(deps.db, [agencyId]);
  const having = await repo.usersWithMailbox(deps.db, officials.map((o) => o.id));
  const items = [];
  for (const o of officials) {
    if (having.has(o.id)) continue;
    items.push({ userId: o.id, fullName: o.fullName, suggestedAddress: domain ? await freeAddress(deps.db, o.fullName, domain.domain) : null });
  }
  return { domain: domain?.domain ?? null, items };
}

async function freeAddress(db: Queryable, fullName: string, domain: string): Promise<string> {
  for (const address of candidateAddresses(fullName, domain)) {
    if (!(await repo.addressTaken(db, address))) return address;
  }
  throw new Error('unreachable');
}

async function hashOf(password: string | undefined): Promise<string | null> {
  if (password === undefined) return null;
  if (!passwordIsStrong(password)) throw e.weakPassword();
  return hashPassword(password);
}

/**
 * A mailbox for an official of the agency, at the agency's (or its nearest ancestor's) domain: the given
 * local part, or the naming rule's first free address. The quota is the domain's default unless given.
 */
export async function createMailbox(deps: ModuleDeps, actor: Actor, input: { agencyId: number; userId: number; localPart?: string; quotaMb?: number; password?: string }): Promise<number> {
  const official = (await identity.officialsIn(deps.db, [input.agencyId])).find((o) => o.id === input.userId);
  if (!official) throw e.officialNotFound();
  const localPart = input.localPart?.trim().toLowerCase();
  if (localPart !== undefined && !isLocalPart(localPart)) throw e.localPartInvalid();
  const passwordHash = await hashOf(input.password);
  const domain = await repo.domainFor(deps.db, input.agencyId);
  if (!domain) throw e.noDomain();
  return deps.uow(actor, async (uow) => {
    await repo.lockDomain(uow.tx, domain.domain);
    if (await repo.mailboxOfUser(uow.tx, input.userId)) throw e.alreadyHasMailbox();
    let address: string;
    if (localPart !== undefined) {
      address = `${localPart}@${domain.domain}`;
      if (await repo.addressTaken(uow.tx, address)) throw e.addressTaken(address);
    } else {
      address = await freeAddress(uow.tx, official.fullName, domain.domain);
    }
    const id = await repo.insertMailbox(uow.tx, {
      agencyId: input.agencyId, userId: input.userId, address, displayName: official.fullName, quotaMb: input.quotaMb ?? domain.defaultQuotaMb, passwordHash,
    });
    uow.audit({ action: 'mail.mailbox.create', entity: 'mailbox', entityId: id, agencyId: input.agencyId, data: { address, userId: input.userId, quotaMb: input.quotaMb ?? domain.defaultQuotaMb } });
    announce(uow, 'mailbox', id);
    return id;
  });
}

export async function createMailboxAsAdmin(deps: ModuleDeps, user: UserPrincipal, input: { agencyId: number; userId: number; localPart?: string; quotaMb?: number; password?: string }) {
  inScope(await scopeOf(deps, user), input.agencyId);
  return (await repo.mailbox(deps.db, await createMailbox(deps, user, input)))!;
}

/**
 * Applies one change to a mailbox: checked against its current state, written if nobody changed it since
 * `version`, audited, and announced for the directory (with the aliases it belongs to).
 */
async function changeMailbox(
  deps: ModuleDeps, actor: Actor, mailbox: MailboxRow, version: number, action: string,
  change: (uow: UnitOfWork) => Promise<Parameters<typeof repo.updateMailbox>[3]>,
): Promise<void> {
  await deps.uow(actor, async (uow) => {
    const set = await change(uow);
    if (!(await repo.updateMailbox(uow.tx, mailbox.id, version, set))) throw errors.conflict();
    uow.audit({ action: `mail.mailbox.${action}`, entity: 'mailbox', entityId: mailbox.id, agencyId: mailbox.agencyId, data: { address: mailbox.address, ...redacted(set) } });
    announce(uow, 'mailbox', mailbox.id);
    for (const aliasId of await repo.touchAliasesOf(uow.tx, mailbox.id)) announce(uow, 'alias', aliasId);
  });
}

const redacted = (set: Record<string, unknown>) => ('password_hash' in set ? { ...set, password_hash: undefined, passwordChanged: true } : set);

/** A new address at the agency's domain; the old one is kept as a former address that still delivers. */
export async function renameMailbox(deps: ModuleDeps, user: UserPrincipal, id: number, body: { localPart: string; version: number }) {
  const mailbox = await visibleMailbox(deps, user, id);
  const localPart = body.localPart.trim().toLowerCase();
  if (!isLocalPart(localPart)) throw e.localPartInvalid();
  const domain = (await repo.domainFor(deps.db, mailbox.agencyId))?.domain ?? domainOf(mailbox.address);
  const address = `${localPart}@${domain}`;
  if (address === mailbox.address) return mailbox;
  await changeMailbox(deps, user, mailbox, body.version, 'rename', async (uow) => {
    await repo.lockDomain(uow.tx, domain);
    if (await repo.addressTaken(uow.tx, address, mailbox.id)) throw e.addressTaken(address);
    return { address, former_addresses: [...mailbox.formerAddresses.filter((a) => a !== address), mailbox.address] };
  });
  return (await repo.mailbox(deps.db, id))!;
}

export async function setQuota(deps: ModuleDeps, user: UserPrincipal, id: number, body: { quotaMb: number; version: number }) {
  const mailbox = await visibleMailbox(deps, user, id);
  await changeMailbox(deps, user, mailbox, body.version, 'quota', async () => ({ quota_mb: body.quotaMb }));
  return (await repo.mailbox(deps.db, id))!;
}

export async function setPassword(deps: ModuleDeps, user: UserPrincipal, id: number, body: { password: string; version: number }) {
  const mailbox = await visibleMailbox(deps, user, id);
  const passwordHash = (await hashOf(body.password))!;
  await changeMailbox(deps, user, mailbox, body.version, 'password', async () => ({ password_hash: passwordHash }));
  return (await repo.mailbox(deps.db, id))!;
}

/** Suspended: the mail server refuses login and delivery and keeps the mail. */
export async function suspendMailbox(deps: ModuleDeps, actor: Actor, mailbox: MailboxRow, version: number, reason: 'account' | 'admin') {
  if (mailbox.status !== 'active') throw e.wrongStatus('tạm khóa');
  await changeMailbox(deps, actor, mailbox, version, 'suspend', async () => ({ status: 'suspended', suspended_reason: reason }));
}

export async function resumeMailbox(deps: ModuleDeps, actor: Actor, mailbox: MailboxRow, version: number) {
  if (mailbox.status !== 'suspended') throw e.wrongStatus('mở lại');
  await changeMailbox(deps, actor, mailbox, version, 'resume', async () => ({ status: 'active', suspended_reason: null }));
}

export async function changeStatus(deps: ModuleDeps, user: UserPrincipal, id: number, action: 'suspend' | 'resume', version: number) {
  const mailbox = await visibleMailbox(deps, user, id);
  if (action === 'suspend') await suspendMailbox(deps, user, mailbox, version, 'admin');
  else await resumeMailbox(deps, user, mailbox, version);
  return (await repo.mailbox(deps.db, id))!;
}

/** Removed from the directory: login and delivery end and the addresses are free again. */
export async function removeMailbox(deps: ModuleDeps, user: UserPrincipal, id: number, version: number) {
  const mailbox = await visibleMailbox(deps, user, id);
  await changeMailbox(deps, user, mailbox, version, 'remove', async () => ({ status: 'removed', suspended_reason: null }));
}

// ---- the official's own mailbox ----

export async function myMailbox(deps: ModuleDeps, user: UserPrincipal) {
  const mailbox = await repo.mailboxOfUser(deps.db, user.id);
  if (!mailbox) throw e.noMailbox();
  return { address: mailbox.address, formerAddresses: mailbox.formerAddresses, quotaMb: mailbox.quotaMb, status: mailbox.status, hasPassword: mailbox.hasPassword, syncState: mailbox.syncState, version: mailbox.version };
}

export async function setMyPassword(deps: ModuleDeps, user: UserPrincipal, body: { password: string }) {
  const mailbox = await repo.mailboxOfUser(deps.db, user.id);
  if (!mailbox) throw e.noMailbox();
  const passwordHash = (await hashOf(body.password))!;
  await changeMailbox(deps, user, mailbox, mailbox.version, 'password', async () => ({ password_hash: passwordHash }));
  return myMailbox(deps, user);
}

// ---- aliases ----

async function visibleAlias(deps: ModuleDeps, user: UserPrincipal, id: number): Promise<{ alias: AliasRow; scope: AdminScope }> {
  const scope = await scopeOf(deps, user);
  const alias = await repo.alias(deps.db, id);
  if (!alias || alias.status !== 'active' || !scope.agencyIds.has(alias.agencyId)) throw e.aliasNotFound();
  return { alias, scope };
}

/** Members are mailboxes of the alias's agency and the agencies under it. */
async function checkMembers(deps: ModuleDeps, agencyId: number, memberIds: number[]): Promise<number[]> {
  const unique = [...new Set(memberIds)];
  const agencies = await identity.agencySubtree(deps.db, [agencyId]);
  if ((await repo.liveMailboxIds(deps.db, unique, agencies)).length !== unique.length) throw e.membersInvalid();
  return unique;
}

export async function listAliases(deps: ModuleDeps, user: UserPrincipal, query: { agencyId?: number }) {
  const scope = await scopeOf(deps, user);
  if (query.agencyId !== undefined) inScope(scope, query.agencyId);
  return { items: await repo.aliases(deps.db, query.agencyId !== undefined ? [query.agencyId] : [...scope.agencyIds]) };
}

export async function createAlias(deps: ModuleDeps, user: UserPrincipal, body: { agencyId: number; localPart: string; description?: string; memberIds: number[] }) {
  inScope(await scopeOf(deps, user), body.agencyId);
  const localPart = body.localPart.trim().toLowerCase();
  if (!isLocalPart(localPart)) throw e.localPartInvalid();
  const domain = await repo.domainFor(deps.db, body.agencyId);
  if (!domain) throw e.noDomain();
  const memberIds = await checkMembers(deps, body.agencyId, body.memberIds);
  const address = `${localPart}@${domain.domain}`;
  const id = await deps.uow(user, async (uow) => {
    await repo.lockDomain(uow.tx, domain.domain);
    if (await repo.addressTaken(uow.tx, address)) throw e.addressTaken(address);
    const created = await repo.insertAlias(uow.tx, { agencyId: body.agencyId, address, description: body.description?.trim() ?? '', memberIds });
    uow.audit({ action: 'mail.alias.create', entity: 'mail_alias', entityId: created, agencyId: body.agencyId, data: { address, memberIds } });
    announce(uow, 'alias', created);
    return created;
  });
  return (await repo.alias(deps.db, id))!;
}

export async function updateAlias(deps: ModuleDeps, user: UserPrincipal, id: number, body: { description?: string; memberIds?: number[]; version: number }) {
  const { alias } = await visibleAlias(deps, user, id);
  const memberIds = body.memberIds === undefined ? undefined : await checkMembers(deps, alias.agencyId, body.memberIds);
  await deps.uow(user, async (uow) => {
    const set = { ...(body.description !== undefined ? { description: body.description.trim() } : {}), ...(memberIds ? { member_ids: memberIds } : {}) };
    if (!(await repo.updateAlias(uow.tx, id, body.version, set))) throw errors.conflict();
    uow.audit({ action: 'mail.alias.update', entity: 'mail_alias', entityId: id, agencyId: alias.agencyId, data: { address: alias.address, ...set } });
    announce(uow, 'alias', id);
  });
  return (await repo.alias(deps.db, id))!;
}

export async function removeAlias(deps: ModuleDeps, user: UserPrincipal, id: number, version: number) {
  const { alias } = await visibleAlias(deps, user, id);
  await deps.uow(user, async (uow) => {
    if (!(await repo.updateAlias(uow.tx, id, version, { status: 'removed' }))) throw errors.conflict();
    uow.audit({ action: 'mail.alias.remove', entity: 'mail_alias', entityId: id, agencyId: alias.agencyId, data: { address: alias.address } });
    announce(uow, 'alias', id);
  });
}
