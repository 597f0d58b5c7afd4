import type { ModuleDeps } from '../../platform/context.js';
import { isUniqueViolation, type Queryable, type Tx } from '../../platform/db.js';
import { errors } from '../../platform/errors.js';
import { appendSignedRevision } from '../../platform/pdf.js';
import type { Principal, UserPrincipal } from '../../platform/principal.js';
import { foldVietnamese, searchTerms, toTsQuery } from '../../platform/search-text.js';
import { judgeCertificate, p12Device, trustedCaCertificates } from '../../platform/signing.js';
import { localDay } from '../../platform/time.js';
import type { UnitOfWork } from '../../platform/unit-of-work.js';
import { dossiers } from '../dossiers/index.js';
import { identity } from '../identity/index.js';
import { hasRoleAt, officialAgencies, readableDocument } from './access.js';
import { documentIdOf } from './edxml.js';
import { documentErrors as e } from './errors.js';
import { dateLine, numberLine, renderDocument } from './layout.js';
import { documentRepository as repo, type DocumentFilter, type DocumentRow } from './repository.js';
import {
  afterReview, agencySymbolFromName, canRun, documentType, numberSymbol, symbolOf,
  type DocumentAction, type DocumentStatus, type RecipientStatus,
} from './rules.js';

/** Announced when a document is issued; the exchange sends it over the axis to the recipients outside the platform. */
export const DOCUMENT_ISSUED = 'documents.issued';
/** Announced on every change of a document's state. */
export const DOCUMENT_CHANGED = 'documents.changed';
/** Announced when a document that came over the axis changes state; the exchange reports it to the sender. */
export const INCOMING_STATUS = 'documents.incoming-status';

const OFFICIAL_ROLES = ['reception', 'specialist', 'leader', 'clerk', 'finance', 'admin', 'editor'] as const;
const year = () => Number(localDay(new Date()).slice(0, 4));

function requireState(d: DocumentRow, action: DocumentAction, label: string) {
  if (!canRun(action, d.status)) throw e.wrongState(label);
}

/** Locks the document for a change and checks nobody changed it since it was read. */
async function lockUnchanged(tx: Tx, d: DocumentRow): Promise<DocumentRow> {
  const locked = await repo.get(tx, d.id, true);
  if (!locked || locked.version !== d.version) throw errors.conflict();
  return locked;
}

/** Changes a locked document; a change of state is announced to whoever follows documents (dashboards, notifications). */
async function update(uow: UnitOfWork, d: DocumentRow, set: Record<string, unknown>) {
  if (!(await repo.update(uow.tx, d.id, d.version, set))) throw errors.conflict();
  if (set.status && set.status !== d.status) uow.emit(DOCUMENT_CHANGED, { documentId: d.id, agencyId: d.agencyId, direction: d.direction, from: d.status, to: set.status });
}

/** A new document is announced as a change from nothing. */
export const announceNew = (uow: UnitOfWork, documentId: number, agencyId: number, direction: 'incoming' | 'outgoing', to: DocumentStatus) =>
  uow.emit(DOCUMENT_CHANGED, { documentId, agencyId, direction, from: null, to });

/** The agency's abbreviation: the register's, or a first guess from its name. */
async function agencySymbol(deps: ModuleDeps, agencyId: number): Promise<string> {
  const registers = await repo.registers(deps.db, [agencyId]);
  const profile = await identity.agencyProfile(deps.db, agencyId);
  return registers.find((r) => r.direction === 'outgoing')?.agencySymbol ?? agencySymbolFromName(profile?.name ?? '');
}

/**
 * What the recipient did with a document another agency sent: the sender's copy on the platform hears
 * it at once; a sender over the axis gets an edXML status message (after commit, by the exchange).
 */
async function reportToSender(uow: UnitOfWork, d: DocumentRow, status: RecipientStatus, note: string | null = null) {
  if (d.channel === 'platform' && d.sourceId) await repo.setRecipientStatus(uow.tx, { deliveredId: d.id }, status, note);
  if (d.channel === 'axis') uow.emit(INCOMING_STATUS, { documentId: d.id, status, note });
}

// ---- reading ----

/** What a search asks of the register: the official's agencies, the words or the number typed, the page. */
export function searchFilter(who: { userId: number; agencyIds: number[] }, q: {
  direction?: 'incoming' | 'outgoing'; status?: DocumentStatus; q?: string; mine?: boolean; dossierId?: number; page?: number; pageSize?: number;
}): DocumentFilter {
  const query = q.q?.trim() ?? '';
  // "15/QĐ", "120/UBND-VP": a number and symbol, looked up by its beginning; anything else by its words.
  const numberPrefix = /^\d+\s*\//.test(query) ? foldVietnamese(query.replace(/\s+/g, '')).replace(/[\\%_]/g, '\\$&') : undefined;
  const pageSize = q.pageSize ?? 20;
  return {
    agencyIds: who.agencyIds, userId: who.userId, direction: q.direction, status: q.status, tsquery: toTsQuery(searchTerms(query), 'all') ?? undefined, numberPrefix,
    assignedToMe: q.mine, dossierId: q.dossierId, limit: pageSize, offset: ((q.page ?? 1) - 1) * pageSize,
  };
}

export async function listDocuments(deps: ModuleDeps, user: UserPrincipal, q: Parameters<typeof searchFilter>[1]) {
  const agencyIds = officialAgencies(user);
  if (agencyIds.length === 0) throw errors.forbidden();
  return repo.list(deps.db, searchFilter({ userId: user.id, agencyIds }, q));
}

export async function documentDetail(deps: ModuleDeps, user: Principal, id: number) {
  const d = await readableDocument(deps.db, user, id);
  const [attachments, recipients, reviews, assignments, history] = await Promise.all([
    repo.attachments(deps.db, id), repo.recipients(deps.db, id), repo.reviews(deps.db, id), repo.assignments(deps.db, id), repo.history(deps.db, id),
  ]);
  return { document: d, attachments, recipients, reviews, assignments, history };
}

export async function documentFile(deps: ModuleDeps, user: Principal, id: number): Promise<{ d: DocumentRow; pdf: Buffer }> {
  const d = await readableDocument(deps.db, user, id);
  if (d.fileSha256) return { d, pdf: await deps.files.read(d.fileSha256) };
  // A draft has no file yet: its preview is rendered as it would be signed.
  if (d.direction === 'outgoing' && d.confidentiality === 0) return { d, pdf: (await renderDocument(await layoutOf(deps, d))).pdf };
  throw e.noFile();
}

export async function attachmentFile(deps: ModuleDeps, user: Principal, id: number, attachmentId: number) {
  await readableDocument(deps.db, user, id);
  const found = (await repo.attachments(deps.db, id)).find((a) => a.id === attachmentId);
  if (!found) throw e.notFound();
  return { attachment: found, data: await deps.files.read(found.sha256) };
}

/** The clerk names a register and sets the agency's abbreviation its symbols carry (15/QĐ-UBND). */
export async function updateRegister(deps: ModuleDeps, user: UserPrincipal, id: number, change: { name?: string; agencySymbol?: string }) {
  const register = await repo.register(deps.db, id);
  if (!register || !officialAgencies(user).includes(register.agencyId)) throw e.notFound();
  if (!hasRoleAt(user, register.agencyId, 'clerk')) throw e.clerkOnly();
  await deps.uow(user, async ({ tx, audit }) => {
    try {
      await repo.renameRegister(tx, id, change);
    } catch (error) {
      if (isUniqueViolation(error)) throw e.registerExists();
      throw error;
    }
    audit({ action: 'document.register.update', entity: 'document_register', entityId: id, agencyId: register.agencyId, data: change });
  });
}

/** The units and people an official may route and assign work to: their agencies and those below them. */
export async function directory(deps: ModuleDeps, user: UserPrincipal) {
  const own = officialAgencies(user);
  if (own.length === 0) throw errors.forbidden();
  const scope = await identity.agencySubtree(deps.db, own);
  const [agencies, people] = await Promise.all([
    deps.db.query<{ id: number; name: string; parentId: number | null; code: string }>(
      'SELECT id, name, parent_id AS "parentId", code FROM agency_directory WHERE id = ANY($1::bigint[]) ORDER BY id', [scope]),
    identity.officialsIn(deps.db, scope),
  ]);
  return { agencies: agencies.rows, people: people.filter((p) => p.roles.some((r) => r !== 'admin')) };
}

export async function registersOf(deps: ModuleDeps, user: UserPrincipal) {
  return repo.registers(deps.db, officialAgencies(user));
}

// ---- incoming: register, direct, assign, complete ----

export type IncomingInput = {
  agencyId: number; docType: string; numberSymbol: string; issuedOn: string; issuerName: string; issuerCode?: string | null;
  summary: string; urgency: number; confidentiality: number; dueOn?: string | null; leaderId: number;
};

async function checkLeader(deps: ModuleDeps, agencyId: number, userId: number, label: string) {
  if (!(await identity.usersWithRoles(deps.db, agencyId, ['leader'])).includes(userId)) throw e.badPerson(label);
}

/** The clerk registers a document that came on paper (or by mail) in the year's incoming register and routes it to a leader. */
export async function registerIncoming(deps: ModuleDeps, user: UserPrincipal, input: IncomingInput) {
  if (!hasRoleAt(user, input.agencyId, 'clerk')) throw e.clerkOnly();
  if (!documentType(input.docType)) throw e.badType();
  await checkLeader(deps, input.agencyId, input.leaderId, 'lãnh đạo');
  const symbol = await agencySymbol(deps, input.agencyId);
  return deps.uow(user, async (uow) => {
    const { tx, audit } = uow;
    const register = await repo.registerOf(tx, input.agencyId, 'incoming', year(), symbol);
    const id = await repo.insert(tx, {
      ...input, direction: 'incoming', status: 'registered', channel: 'paper', receivedAt: new Date(), createdBy: user.id,
    });
    await repo.update(tx, id, 1, { register_id: register.id, number: await repo.takeNumber(tx, register.id) });
    await repo.addHistory(tx, id, user, 'Vào sổ văn bản đến', 'Trình lãnh đạo');
    audit({ action: 'document.register', entity: 'document', entityId: id, agencyId: input.agencyId, data: { numberSymbol: input.numberSymbol } });
    announceNew(uow, id, input.agencyId, 'incoming', 'registered');
    return id;
  });
}

/** The clerk registers a document that arrived electronically (from the platform or the axis). */
export async function registerArrived(deps: ModuleDeps, user: UserPrincipal, id: number, input: { leaderId: number; version: number }) {
  const d = await readableDocument(deps.db, user, id);
  if (!hasRoleAt(user, d.agencyId, 'clerk')) throw e.clerkOnly();
  requireState(d, 'register', 'vào sổ');
  await checkLeader(deps, d.agencyId, input.leaderId, 'lãnh đạo');
  const symbol = await agencySymbol(deps, d.agencyId);
  await deps.uow(user, async (uow) => {
    const locked = await lockUnchanged(uow.tx, { ...d, version: input.version });
    const register = await repo.registerOf(uow.tx, d.agencyId, 'incoming', year(), symbol);
    await update(uow, locked, { status: 'registered', register_id: register.id, number: await repo.takeNumber(uow.tx, register.id), leader_id: input.leaderId });
    await repo.addHistory(uow.tx, id, user, 'Vào sổ văn bản đến');
    await reportToSender(uow, locked, 'registered');
    uow.audit({ action: 'document.register', entity: 'document', entityId: id, agencyId: d.agencyId });
  });
}

/** The clerk sends back a document that arrived electronically and is not for this agency (edXML status 02). */
export async function returnArrived(deps: ModuleDeps, user: UserPrincipal, id: number, input: { reason: string; version: number }) {
  const d = await readableDocument(deps.db, user, id);
  if (!hasRoleAt(user, d.agencyId, 'clerk')) throw e.clerkOnly();
  requireState(d, 'return', 'trả lại');
  await deps.uow(user, async (uow) => {
    const locked = await lockUnchanged(uow.tx, { ...d, version: input.version });
    await update(uow, locked, { status: 'returned' });
    await repo.addHistory(uow.tx, id, user, 'Trả lại văn bản', input.reason);
    await reportToSender(uow, locked, 'rejected', input.reason);
    uow.audit({ action: 'document.return', entity: 'document', entityId: id, agencyId: d.agencyId, data: { reason: input.reason } });
  });
}

export type AssignmentInput = { agencyId: number; userId?: number | null; role: 'lead' | 'support'; deadline?: string | null; note?: string | null };

async function checkAssignees(deps: ModuleDeps, d: DocumentRow, list: AssignmentInput[]) {
  const scope = new Set(await identity.agencySubtree(deps.db, [d.agencyId]));
  for (const a of list) {
    if (!scope.has(a.agencyId)) throw e.badAssignee();
    if (a.userId && !(await identity.usersWithRoles(deps.db, a.agencyId, [...OFFICIAL_ROLES])).includes(a.userId)) throw e.badAssignee();
  }
}

/** The leader writes a direction (bút phê) and assigns the handling: one lead, any number of supports. */
export async function directDocument(deps: ModuleDeps, user: UserPrincipal, id: number, input: { direction: string; assignments: AssignmentInput[]; version: number }) {
  const d = await readableDocument(deps.db, user, id);
  if (!hasRoleAt(user, d.agencyId, 'leader')) throw e.leaderOnly();
  requireState(d, 'direct', 'bút phê');
  await checkAssignees(deps, d, input.assignments);
  await deps.uow(user, async (uow) => {
    const locked = await lockUnchanged(uow.tx, { ...d, version: input.version });
    const leads = input.assignments.filter((a) => a.role === 'lead').length + await repo.openLeadAssignments(uow.tx, id);
    if (input.assignments.length > 0 && leads !== 1) throw e.needsLead();
    for (const a of input.assignments) await repo.addAssignment(uow.tx, id, { agencyId: a.agencyId, userId: a.userId ?? null, role: a.role, deadline: a.deadline ?? null, note: a.note ?? null }, user.id);
    const assigned = input.assignments.length > 0 && locked.status === 'registered';
    await update(uow, locked, assigned ? { status: 'in_progress' } : {});
    await repo.addHistory(uow.tx, id, user, 'Bút phê', input.direction);
    if (assigned) await reportToSender(uow, locked, 'assigned');
    uow.audit({ action: 'document.direct', entity: 'document', entityId: id, agencyId: d.agencyId, data: { assignments: input.assignments.length } });
  });
}

async function openAssignment(deps: ModuleDeps, user: UserPrincipal, id: number, assignmentId: number) {
  const d = await readableDocument(deps.db, user, id);
  const a = (await repo.assignments(deps.db, id)).find((x) => x.id === assignmentId);
  if (!a) throw e.notFound();
  if (a.status !== 'open') throw e.assignmentNotOpen();
  return { d, a };
}

/** The assignee reports the work done; the document is done once its lead is. */
export async function completeAssignment(deps: ModuleDeps, user: UserPrincipal, id: number, assignmentId: number, input: { report: string }) {
  const { d, a } = await openAssignment(deps, user, id, assignmentId);
  const mine = a.userId ? a.userId === user.id : officialAgencies(user).includes(a.agencyId);
  if (!mine) throw e.notAssignee();
  await deps.uow(user, async (uow) => {
    const locked = await lockUnchanged(uow.tx, d);
    if (!(await repo.closeAssignment(uow.tx, assignmentId, 'done', user.id, input.report))) throw e.assignmentNotOpen();
    const finished = a.role === 'lead' && (await repo.openLeadAssignments(uow.tx, id)) === 0;
    await update(uow, locked, finished && locked.status === 'in_progress' ? { status: 'done' } : {});
    await repo.addHistory(uow.tx, id, user, a.role === 'lead' ? 'Hoàn thành (chủ trì)' : 'Hoàn thành (phối hợp)', input.report);
    await reportToSender(uow, locked, finished ? 'done' : 'in_progress');
    uow.audit({ action: 'document.assignment.complete', entity: 'document', entityId: id, agencyId: d.agencyId, data: { assignmentId } });
  });
}

/** The leader gives an open assignment to another unit or person (giao lại). */
export async function reassign(deps: ModuleDeps, user: UserPrincipal, id: number, assignmentId: number, input: { agencyId: number; userId?: number | null; deadline?: string | null; note?: string | null }) {
  const { d, a } = await openAssignment(deps, user, id, assignmentId);
  if (!hasRoleAt(user, d.agencyId, 'leader')) throw e.leaderOnly();
  const next = { agencyId: input.agencyId, userId: input.userId ?? null, role: a.role, deadline: input.deadline ?? a.deadline, note: input.note ?? a.note };
  await checkAssignees(deps, d, [next]);
  await deps.uow(user, async (uow) => {
    const { tx, audit } = uow;
    const locked = await lockUnchanged(tx, d);
    if (!(await repo.closeAssignment(tx, assignmentId, 'withdrawn', user.id, null))) throw e.assignmentNotOpen();
    await repo.addAssignment(tx, id, next, user.id);
    await update(uow, locked, {});
    await repo.addHistory(tx, id, user, 'Giao lại', input.note ?? null);
    audit({ action: 'document.assignment.reassign', entity: 'document', entityId: id, agencyId: d.agencyId, data: { assignmentId } });
  });
}

// ---- outgoing: draft, review, sign, issue ----

export type RecipientInput = { agencyId?: number | null; organId?: string | null; organName?: string | null };
export type DraftInput = {
  agencyId: number; docType: string; summary: string; body: string; urgency: number; confidentiality: number; unitSymbol?: string | null;
  recipients: RecipientInput[]; signerId: number; signerPosition: string; signerCompetence?: string | null; dueOn?: string | null;
  dossierId?: number | null; respondsTo?: number | null;
};

/** Recipients on the platform by agency, the others by their official code and name (reached over the axis). */
async function resolveRecipients(deps: ModuleDeps, list: RecipientInput[], own: number) {
  const resolved = [];
  for (const r of list) {
    if (r.agencyId) {
      const agency = await identity.agencyProfile(deps.db, r.agencyId);
      if (!agency || r.agencyId === own) throw e.badRecipient();
      resolved.push({ agencyId: agency.id, organId: agency.code, organName: agency.name });
    } else if (r.organId && r.organName) {
      resolved.push({ agencyId: null, organId: r.organId, organName: r.organName });
    } else throw e.badRecipient();
  }
  if (new Set(resolved.map((r) => r.organId)).size !== resolved.length) throw e.badRecipient();
  return resolved;
}

async function checkDraft(deps: ModuleDeps, input: Omit<DraftInput, 'agencyId'>, agencyId: number) {
  if (!documentType(input.docType)) throw e.badType();
  if (input.confidentiality > 0) throw e.secretNotExchanged();
  await checkLeader(deps, agencyId, input.signerId, 'lãnh đạo (người ký)');
  return resolveRecipients(deps, input.recipients, agencyId);
}

export async function createDraft(deps: ModuleDeps, user: UserPrincipal, input: DraftInput): Promise<number> {
  if (!hasRoleAt(user, input.agencyId, 'specialist', 'leader')) throw e.drafterOnly();
  const recipients = await checkDraft(deps, input, input.agencyId);
  if (input.dossierId) await checkDossier(deps, user, input.dossierId);
  if (input.respondsTo) {
    const answered = await repo.get(deps.db, input.respondsTo);
    if (answered?.agencyId !== input.agencyId || answered.direction !== 'incoming') throw e.badReply();
  }
  return deps.uow(user, async (uow) => {
    const { tx, audit } = uow;
    const id = await repo.insert(tx, { ...input, direction: 'outgoing', status: 'draft', createdBy: user.id });
    await repo.replaceRecipients(tx, id, recipients);
    await repo.addHistory(tx, id, user, 'Soạn thảo');
    audit({ action: 'document.draft', entity: 'document', entityId: id, agencyId: input.agencyId });
    announceNew(uow, id, input.agencyId, 'outgoing', 'draft');
    return id;
  });
}

/** A result document is drafted by whoever processes the dossier, while it is processed. */
async function checkDossier(deps: ModuleDeps, user: UserPrincipal, dossierId: number) {
  const d = await dossiers.readable(deps.db, user, dossierId).catch(() => null);
  if (!d || d.status !== 'processing' || !dossiers.rolesOn(user, d).some((r) => r === 'specialist' || r === 'leader')) throw e.badDossier();
}

export async function updateDraft(deps: ModuleDeps, user: UserPrincipal, id: number, input: Omit<DraftInput, 'agencyId' | 'dossierId'> & { version: number }) {
  const d = await readableDocument(deps.db, user, id);
  if (d.createdBy !== user.id) throw e.notYourDraft();
  requireState(d, 'edit', 'sửa');
  const recipients = await checkDraft(deps, input, d.agencyId);
  await deps.uow(user, async (uow) => {
    const { tx, audit } = uow;
    const locked = await lockUnchanged(tx, { ...d, version: input.version });
    await update(uow, locked, {
      doc_type: input.docType, summary: input.summary, body: input.body, urgency: input.urgency, unit_symbol: input.unitSymbol ?? null,
      signer_id: input.signerId, signer_position: input.signerPosition, signer_competence: input.signerCompetence ?? null, due_on: input.dueOn ?? null,
    });
    await repo.replaceRecipients(tx, id, recipients);
    await repo.addHistory(tx, id, user, 'Sửa dự thảo');
    audit({ action: 'document.edit', entity: 'document', entityId: id, agencyId: d.agencyId });
  });
}

/** A file attached to a draft, or to an incoming document the clerk registers (its scan). */
export async function attach(deps: ModuleDeps, user: UserPrincipal, id: number, file: { name: string; data: Buffer }) {
  const d = await readableDocument(deps.db, user, id);
  const allowed = d.direction === 'outgoing' ? d.status === 'draft' && d.createdBy === user.id : hasRoleAt(user, d.agencyId, 'clerk') && d.channel === 'paper';
  if (!allowed) throw d.direction === 'outgoing' ? e.notYourDraft() : e.clerkOnly();
  if (d.confidentiality > 0) throw e.secretContent();
  const contentType = await deps.files.checkUpload(file.data);
  // Stored before the transaction: no lock is held while the file store answers.
  const stored = await deps.files.put(file.data, contentType);
  return deps.uow(user, async (uow) => {
    const { tx, audit } = uow;
    await deps.files.index(tx, stored);
    const attachmentId = await repo.addAttachment(tx, id, file.name, stored, user.id);
    // The scan of a paper document is its main file.
    if (d.direction === 'incoming' && !d.fileSha256 && contentType === 'application/pdf') await tx.query('UPDATE documents SET file_sha256 = $2 WHERE id = $1 AND file_sha256 IS NULL', [id, stored.sha256]);
    audit({ action: 'document.attach', entity: 'document', entityId: id, agencyId: d.agencyId, data: { name: file.name, sha256: stored.sha256 } });
    return { id: attachmentId, name: file.name, sha256: stored.sha256, size: stored.size, contentType, createdAt: new Date() };
  });
}

/** The drafter sends the draft to reviewers (none: straight to the signer). */
export async function submitForReview(deps: ModuleDeps, user: UserPrincipal, id: number, input: { reviewerIds: number[]; version: number }) {
  const d = await readableDocument(deps.db, user, id);
  if (d.createdBy !== user.id) throw e.notYourDraft();
  requireState(d, 'submit_review', 'trình');
  const officials = await identity.usersWithRoles(deps.db, d.agencyId, [...OFFICIAL_ROLES]);
  if (input.reviewerIds.some((r) => !officials.includes(r))) throw e.badPerson('cán bộ');
  await deps.uow(user, async (uow) => {
    const { tx, audit } = uow;
    const locked = await lockUnchanged(tx, { ...d, version: input.version });
    const reviewers = [...new Set(input.reviewerIds)].filter((r) => r !== user.id);
    if (reviewers.length > 0) await repo.requestReviews(tx, id, reviewers);
    await update(uow, locked, { status: reviewers.length > 0 ? 'in_review' : 'approved' });
    await repo.addHistory(tx, id, user, reviewers.length > 0 ? 'Trình xem xét' : 'Trình ký');
    audit({ action: 'document.submit', entity: 'document', entityId: id, agencyId: d.agencyId, data: { reviewers } });
  });
}

export async function reviewDocument(deps: ModuleDeps, user: UserPrincipal, id: number, input: { verdict: 'passed' | 'returned'; comment?: string | null }) {
  const d = await readableDocument(deps.db, user, id);
  requireState(d, 'review', 'cho ý kiến');
  await deps.uow(user, async (uow) => {
    const { tx, audit } = uow;
    const locked = await lockUnchanged(tx, d);
    const verdicts = await repo.decideReview(tx, id, user.id, input.verdict, input.comment ?? null);
    if (!verdicts) throw e.notReviewer();
    await update(uow, locked, { status: afterReview(verdicts) });
    await repo.addHistory(tx, id, user, input.verdict === 'passed' ? 'Đồng ý' : 'Trả lại để sửa', input.comment ?? null);
    audit({ action: 'document.review', entity: 'document', entityId: id, agencyId: d.agencyId, data: { verdict: input.verdict } });
  });
}

async function layoutOf(deps: ModuleDeps, d: DocumentRow, db: Queryable = deps.db) {
  const [agency, place, recipients, symbol] = await Promise.all([
    identity.agencyProfile(deps.db, d.agencyId), identity.placeOf(deps.db, d.agencyId), repo.recipients(db, d.id), agencySymbol(deps, d.agencyId),
  ]);
  const type = documentType(d.docType)!;
  return {
    agencyName: agency!.name, parentName: agency!.parentName, place, year: year(), type, symbol: symbolOf(type, symbol, d.unitSymbol),
    summary: d.summary, body: d.body ?? '', urgency: d.urgency, recipients: recipients.map((r) => r.organName),
    signer: { competence: d.signerCompetence, position: d.signerPosition ?? '', fullName: d.signerName ?? '' },
  };
}

/** The signer signs with their personal key (PAdES); an expired certificate or one from an unknown CA is refused. */
export async function signDocument(deps: ModuleDeps, user: UserPrincipal, id: number, input: { version: number }) {
  const d = await readableDocument(deps.db, user, id);
  if (d.signerId !== user.id) throw e.notSigner();
  requireState(d, 'sign', 'ký');
  const device = await deps.personalKey(user);
  if (!device) throw e.noKey();
  const verdict = judgeCertificate(await device.certificates(), await trustedCaCertificates(deps.config.pkiDir));
  if (verdict !== 'valid') throw e.certificateRefused(verdict);
  const layout = await layoutOf(deps, d);
  const { pdf, stamps } = await renderDocument(layout, { key: device, signerName: user.fullName, reason: 'Ký duyệt văn bản', location: layout.place });
  await deps.uow(user, async (uow) => {
    const { tx, audit } = uow;
    const locked = await lockUnchanged(tx, { ...d, version: input.version });
    const stored = await deps.files.save(tx, pdf, 'application/pdf');
    await update(uow, locked, { status: 'signed', signed_at: new Date(), file_sha256: stored.sha256, stamp_boxes: JSON.stringify(stamps) });
    await repo.addHistory(tx, id, user, 'Ký số (người có thẩm quyền)');
    audit({ action: 'document.sign', entity: 'document', entityId: id, agencyId: d.agencyId, data: { sha256: stored.sha256 } });
  });
}

/** The agency's seal: its key, refused when missing, expired or not from a trusted CA; its name and place for the stamp. */
async function agencySeal(deps: ModuleDeps, agencyId: number) {
  const [agency, place] = await Promise.all([identity.agencyProfile(deps.db, agencyId), identity.placeOf(deps.db, agencyId)]);
  const key = await deps.agencyKey(agency!.code, agency!.name);
  if (!key) throw e.noKey();
  const verdict = judgeCertificate(await p12Device(key).certificates(), await trustedCaCertificates(deps.config.pkiDir));
  if (verdict !== 'valid') throw e.certificateRefused(verdict);
  return { agency: agency!, place, key, symbol: await agencySymbol(deps, agencyId) };
}

type Seal = Awaited<ReturnType<typeof agencySeal>>;

/**
 * Numbers a signed document and sends it, inside the caller's unit of work: the next number of the
 * year's outgoing register (the register row stays locked until commit: no gap, no duplicate), stamped
 * with the date on the signed PDF and sealed with the agency's signature in a revision of its own;
 * agencies on the platform find it in their queue at once, the exchange sends it over the axis to the
 * others after commit.
 */
async function numberSealAndSend(deps: ModuleDeps, uow: UnitOfWork, user: UserPrincipal, locked: DocumentRow, seal: Seal, signed: Buffer): Promise<string> {
  const { tx } = uow;
  const { agency, place, key } = seal;
  const [recipients, attachments] = await Promise.all([repo.recipients(tx, locked.id), repo.attachments(tx, locked.id)]);
  const type = documentType(locked.docType)!;
  const today = localDay(new Date());
  const register = await repo.registerOf(tx, locked.agencyId, 'outgoing', Number(today.slice(0, 4)), seal.symbol);
  const number = await repo.takeNumber(tx, register.id);
  const codeNotation = symbolOf(type, register.agencySymbol, locked.unitSymbol);
  const printed = numberSymbol(number, codeNotation);
  const [y, m, day] = today.split('-').map(Number) as [number, number, number];
  const boxes = locked.stampBoxes!;
  const pdf = await appendSignedRevision(signed, [
    { page: boxes.number.page, box: boxes.number, text: numberLine(printed, codeNotation) },
    { page: boxes.date.page, box: boxes.date, text: dateLine(place, { day, month: m, year: y }) },
  ], { key, signerName: agency.name, reason: `Ban hành văn bản số ${printed}`, location: place });
  const stored = await deps.files.save(tx, pdf, 'application/pdf');
  const exchangeId = documentIdOf(agency.code, today, String(number).padStart(2, '0'), codeNotation);
  await update(uow, locked, {
    status: 'issued', register_id: register.id, number, number_symbol: printed, issued_on: today, issued_at: new Date(), file_sha256: stored.sha256, exchange_id: exchangeId,
  });
  for (const r of recipients.filter((x) => x.channel === 'platform')) {
    const copy = await repo.insert(tx, {
      agencyId: r.agencyId!, direction: 'incoming', status: 'arrived', docType: locked.docType, summary: locked.summary, urgency: locked.urgency, confidentiality: 0,
      numberSymbol: printed, issuerName: agency.name, issuerCode: agency.code, issuedOn: today, channel: 'platform', receivedAt: new Date(),
      dueOn: locked.dueOn, fileSha256: stored.sha256, sourceId: locked.id, createdBy: null,
    });
    for (const a of attachments) await repo.addAttachment(tx, copy, a.name, a, null);
    await repo.addHistory(tx, copy, { id: null, fullName: agency.name }, 'Văn bản đến (liên thông trên hệ thống)');
    await repo.setRecipientStatus(tx, { id: r.id }, 'delivered', null, copy);
    announceNew(uow, copy, r.agencyId!, 'incoming', 'arrived');
  }
  if (locked.dossierId) {
    const fileName = `${printed.replace(/\//g, '_')}.pdf`;
    await dossiers.addIssuedResult(tx, locked.dossierId, { ...stored, fileName, label: `${type.name} số ${printed}` }, user.id);
  }
  await repo.addHistory(tx, locked.id, user, 'Cấp số, ban hành', printed);
  uow.audit({ action: 'document.issue', entity: 'document', entityId: locked.id, agencyId: locked.agencyId, data: { numberSymbol: printed, sha256: stored.sha256 } });
  if (recipients.some((r) => r.channel === 'axis')) uow.emit(DOCUMENT_ISSUED, { documentId: locked.id });
  return printed;
}

/** The clerk issues the signed document (see numberSealAndSend). */
export async function issueDocument(deps: ModuleDeps, user: UserPrincipal, id: number, input: { version: number }) {
  const d = await readableDocument(deps.db, user, id);
  if (!hasRoleAt(user, d.agencyId, 'clerk')) throw e.clerkOnly();
  requireState(d, 'issue', 'ban hành');
  const seal = await agencySeal(deps, d.agencyId);
  const signed = await deps.files.read(d.fileSha256!);
  return deps.uow(user, async (uow) => {
    const locked = await lockUnchanged(uow.tx, { ...d, version: input.version });
    return numberSealAndSend(deps, uow, user, locked, seal, signed);
  });
}

/** A document another module composes and has issued at once, inside that module's unit of work. */
export type ComposedDocument = {
  agencyId: number; docType: 'GM' | 'BB'; summary: string; body: string;
  /** Agencies on the platform it is sent to (the issuing agency itself is left out). */
  recipientAgencyIds: number[];
  signerPosition: string; signerCompetence?: string | null; dueOn?: string | null;
};

/**
 * Drafts, signs and issues a document in one go, within the caller's unit of work: `signer`, a leader
 * of the agency, signs it with their personal key (PAdES), then it is numbered in the agency's outgoing
 * register, sealed with the agency's key and sent like any issued document (see numberSealAndSend).
 * For documents whose content the caller writes from its own records: a meeting's invitation (Giấy mời)
 * and minutes (Biên bản). The keys are checked before anything is written.
 */
export async function issueComposed(deps: ModuleDeps, uow: UnitOfWork, signer: UserPrincipal, input: ComposedDocument): Promise<{ documentId: number; numberSymbol: string }> {
  await checkLeader(deps, input.agencyId, signer.id, 'lãnh đạo (người ký)');
  const recipients = await resolveRecipients(deps, [...new Set(input.recipientAgencyIds)].filter((a) => a !== input.agencyId).map((agencyId) => ({ agencyId })), input.agencyId);
  const device = await deps.personalKey(signer);
  if (!device) throw e.noKey();
  const verdict = judgeCertificate(await device.certificates(), await trustedCaCertificates(deps.config.pkiDir));
  if (verdict !== 'valid') throw e.certificateRefused(verdict);
  const seal = await agencySeal(deps, input.agencyId);
  const { tx } = uow;
  const id = await repo.insert(tx, {
    agencyId: input.agencyId, direction: 'outgoing', status: 'draft', docType: input.docType, summary: input.summary, body: input.body, urgency: 0, confidentiality: 0,
    signerId: signer.id, signerPosition: input.signerPosition, signerCompetence: input.signerCompetence ?? null, dueOn: input.dueOn ?? null, createdBy: signer.id,
  });
  await repo.replaceRecipients(tx, id, recipients);
  announceNew(uow, id, input.agencyId, 'outgoing', 'draft');
  const draft = (await repo.get(tx, id, true))!;
  const layout = await layoutOf(deps, draft, tx);
  const { pdf, stamps } = await renderDocument(layout, { key: device, signerName: signer.fullName, reason: 'Ký duyệt văn bản', location: layout.place });
  const stored = await deps.files.save(tx, pdf, 'application/pdf');
  await update(uow, draft, { status: 'signed', signed_at: new Date(), file_sha256: stored.sha256, stamp_boxes: JSON.stringify(stamps) });
  await repo.addHistory(tx, id, signer, 'Soạn thảo, ký số (người có thẩm quyền)');
  uow.audit({ action: 'document.sign', entity: 'document', entityId: id, agencyId: input.agencyId, data: { sha256: stored.sha256 } });
  const signed = (await repo.get(tx, id, true))!;
  return { documentId: id, numberSymbol: await numberSealAndSend(deps, uow, signer, signed, seal, pdf) };
}

// ---- statistics ----

/** An agency's month: received, sent, the share exchanged electronically and signed, assignments done on time. */
export async function monthlyStatistics(deps: ModuleDeps, user: UserPrincipal, agencyId: number, month: string) {
  if (!officialAgencies(user).includes(agencyId) && !(await adminCovers(deps, user, agencyId))) throw e.notFound();
  const from = `${month}-01`;
  type Counts = { received: number; receivedElectronically: number; sent: number; sentElectronically: number; signed: number; assignmentsDue: number; assignmentsOnTime: number };
  const row = (await deps.db.query<Counts>(`
    WITH span AS (SELECT $2::date AS start, ($2::date + interval '1 month')::date AS stop),
    incoming AS (SELECT d.* FROM documents d, span WHERE d.agency_id = $1 AND d.direction = 'incoming' AND d.number IS NOT NULL
                   AND (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date >= span.start AND (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date < span.stop),
    outgoing AS (SELECT d.* FROM documents d, span WHERE d.agency_id = $1 AND d.direction = 'outgoing' AND d.status = 'issued'
                   AND d.issued_on >= span.start AND d.issued_on < span.stop),
    due AS (SELECT a.* FROM document_assignments a JOIN documents d ON d.id = a.document_id, span
             WHERE d.agency_id = $1 AND a.status <> 'withdrawn' AND a.deadline >= span.start AND a.deadline < span.stop)
    SELECT (SELECT count(*) FROM incoming)::int AS received,
           (SELECT count(*) FROM incoming WHERE channel IN ('platform', 'axis'))::int AS "receivedElectronically",
           (SELECT count(*) FROM outgoing)::int AS sent,
           (SELECT count(*) FROM outgoing o WHERE EXISTS (SELECT 1 FROM document_recipients r WHERE r.document_id = o.id))::int AS "sentElectronically",
           (SELECT count(*) FROM outgoing WHERE signed_at IS NOT NULL)::int AS signed,
           (SELECT count(*) FROM due)::int AS "assignmentsDue",
           (SELECT count(*) FROM due WHERE status = 'done' AND (done_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= deadline)::int AS "assignmentsOnTime"`,
  [agencyId, from])).rows[0]!;
  const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
  return {
    agencyId, month, ...row,
    electronicShare: share(row.receivedElectronically + row.sentElectronically, row.received + row.sent),
    signedShare: share(row.signed, row.sent),
    onTimeShare: share(row.assignmentsOnTime, row.assignmentsDue),
  };
}

async function adminCovers(deps: ModuleDeps, user: UserPrincipal, agencyId: number) {
  const roots = user.roles.filter((r) => r.role === 'admin' && r.agencyId !== null).map((r) => r.agencyId!);
  return roots.length > 0 && (await identity.agencySubtree(deps.db, roots)).includes(agencyId);
}
