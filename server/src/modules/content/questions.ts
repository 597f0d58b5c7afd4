import type { ModuleDeps } from '../../platform/context.js';
import { errors } from '../../platform/errors.js';
import { systemPrincipal, type UserPrincipal } from '../../platform/principal.js';
import { searchTerms, toTsQuery } from '../../platform/search-text.js';
import { identity } from '../identity/index.js';
import { agenciesAs, answererAgencies } from './access.js';
import { contentErrors as e } from './errors.js';
import { contentRepository as repo, type QuestionRow } from './repository.js';
import { canRunQuestion, publicAskerName, trimmedText, type QuestionAction } from './rules.js';

/** Text that meets its minimum length without the spaces around it. */
function text(value: string, min: number, field: string): string {
  const trimmed = trimmedText(value, min);
  if (trimmed === null) throw e.tooShort(field, min);
  return trimmed;
}

/** Announced when a question's answer is made public, and when staff reject a question: the asker is told. */
export const QUESTION_PUBLISHED = 'content.question-published';
export const QUESTION_REJECTED = 'content.question-rejected';

export type AskInput = { title: string; body: string; procedureId?: number; agencyId?: number; name?: string; email?: string; hideName?: boolean };

/**
 * Anyone asks: a signed-in user as themselves, a visitor with a name and an email (for the answer's
 * notice only). The question goes to the procedure's agency, or the agency chosen, or the province.
 */
export async function askQuestion(deps: ModuleDeps, user: UserPrincipal | null, input: AskInput) {
  const title = text(input.title, 5, 'title');
  const body = text(input.body, 10, 'body');
  const name = user?.fullName ?? input.name?.trim();
  const email = user ? null : input.email?.trim();
  if (!name || (!user && !email)) throw e.visitorContact();
  let agencyId: number;
  let procedureId: number | null = null;
  if (input.procedureId) {
    const procedure = await repo.publishedProcedure(deps.db, input.procedureId);
    if (!procedure) throw e.procedureUnknown();
    ({ agencyId } = procedure);
    procedureId = procedure.id;
  } else if (input.agencyId) {
    if (!(await repo.agencyExists(deps.db, input.agencyId))) throw e.agencyUnknown();
    agencyId = input.agencyId;
  } else {
    agencyId = await repo.provinceAgency(deps.db);
  }
  const actor = user ?? systemPrincipal(`Khách: ${name}`);
  return deps.uow(actor, async ({ tx, audit }) => {
    const id = await repo.insertQuestion(tx, {
      agencyId, procedureId, title, body, askerId: user?.id ?? null, askerName: name, askerEmail: email ?? null, hideName: input.hideName ?? false,
    });
    audit({ action: 'question.ask', entity: 'question', entityId: id, agencyId, data: { procedureId } });
    return { id, status: 'pending' as const };
  });
}

/** A published question as the public sees it. */
export const presentPublic = (q: QuestionRow) => ({
  id: q.id, title: q.title, body: q.body, askerName: publicAskerName(q.askerName, q.hideName), agencyId: q.agencyId, agencyName: q.agencyName,
  procedureId: q.procedureId, procedureName: q.procedureName, answer: q.answer ?? '', answeredByAgency: q.agencyName,
  askedAt: q.createdAt, publishedAt: q.publishedAt!,
});

export async function publicQuestions(deps: ModuleDeps, query: { q?: string; procedureId?: number; agencyId?: number; page?: number; pageSize?: number }) {
  const pageSize = query.pageSize ?? 10;
  const page = await repo.publicQuestions(deps.read, {
    tsquery: toTsQuery(searchTerms(query.q ?? ''), 'all') ?? undefined, procedureId: query.procedureId, agencyId: query.agencyId,
    limit: pageSize, offset: ((query.page ?? 1) - 1) * pageSize,
  });
  return { items: page.items.map(presentPublic), total: page.total };
}

export async function publicQuestion(deps: ModuleDeps, id: number) {
  const q = await repo.question(deps.read, id);
  if (!q || q.status !== 'published') throw e.questionNotFound();
  return presentPublic(q);
}

const presentInbox = (user: UserPrincipal) => (q: QuestionRow) => ({
  id: q.id, title: q.title, body: q.body, askerName: q.askerName, hideName: q.hideName, signedIn: q.askerId !== null, agencyId: q.agencyId, agencyName: q.agencyName,
  procedureId: q.procedureId, procedureName: q.procedureName, status: q.status, answer: q.answer, answeredByName: q.answeredByName, answeredAt: q.answeredAt,
  publishedAt: q.publishedAt, rejectReason: q.rejectReason, duplicateOf: q.duplicateOf, createdAt: q.createdAt, version: q.version,
  canPublish: agenciesAs(user, 'leader').includes(q.agencyId),
});

/** The questions addressed to the official's agencies (specialists and leaders answer them). */
export async function inbox(deps: ModuleDeps, user: UserPrincipal, query: { status?: QuestionRow['status']; page?: number; pageSize?: number }) {
  const agencyIds = answererAgencies(user);
  if (agencyIds.length === 0) throw e.answererOnly();
  const pageSize = query.pageSize ?? 20;
  const page = await repo.inbox(deps.db, { agencyIds, status: query.status, limit: pageSize, offset: ((query.page ?? 1) - 1) * pageSize });
  return { items: page.items.map(presentInbox(user)), total: page.total };
}

/**
 * The one access check of a question being handled: officials of another agency (and the public) are
 * told it does not exist; officials of the agency without the role are refused.
 */
async function handledQuestion(deps: ModuleDeps, user: UserPrincipal, id: number, action: QuestionAction, label: string, leaderOnly = false) {
  const q = await repo.question(deps.db, id);
  const mine = new Set(user.roles.flatMap((r) => (r.agencyId === null ? [] : [r.agencyId])));
  if (!q || !mine.has(q.agencyId)) throw e.questionNotFound();
  const allowed = leaderOnly ? agenciesAs(user, 'leader') : answererAgencies(user);
  if (!allowed.includes(q.agencyId)) throw leaderOnly ? e.leaderOnly() : e.answererOnly();
  if (!canRunQuestion(action, q.status)) throw e.questionWrongState(label);
  return q;
}

async function change(deps: ModuleDeps, user: UserPrincipal, q: QuestionRow, version: number, set: Record<string, unknown>, audit: string, topic?: string) {
  await deps.uow(user, async (uow) => {
    if (!(await repo.updateQuestion(uow.tx, q.id, version, set))) throw errors.conflict();
    uow.audit({ action: audit, entity: 'question', entityId: q.id, agencyId: q.agencyId, data: { status: set.status } });
    if (topic) uow.emit(topic, { questionId: q.id });
  });
}

/** A specialist's answer waits for a leader; a leader's answer is published at once. */
export async function answerQuestion(deps: ModuleDeps, user: UserPrincipal, id: number, input: { answer: string; version: number }) {
  const answer = text(input.answer, 10, 'answer');
  const q = await handledQuestion(deps, user, id, 'answer', 'trả lời');
  const byLeader = agenciesAs(user, 'leader').includes(q.agencyId);
  const now = new Date();
  const set: Record<string, unknown> = { answer, answered_by: user.id, answered_at: now, status: byLeader ? 'published' : 'answered' };
  if (byLeader) Object.assign(set, { published_by: user.id, published_at: now });
  await change(deps, user, q, input.version, set, byLeader ? 'question.answer-publish' : 'question.answer', byLeader ? QUESTION_PUBLISHED : undefined);
  return { status: set.status as 'published' | 'answered' };
}

/** A leader publishes a specialist's answer, as written or amended. */
export async function publishAnswer(deps: ModuleDeps, user: UserPrincipal, id: number, input: { answer?: string; version: number }) {
  const answer = input.answer === undefined ? undefined : text(input.answer, 10, 'answer');
  const q = await handledQuestion(deps, user, id, 'publish', 'công bố', true);
  await change(deps, user, q, input.version, {
    status: 'published', published_by: user.id, published_at: new Date(), ...(answer ? { answer } : {}),
  }, 'question.publish', QUESTION_PUBLISHED);
  return { status: 'published' as const };
}

/** Staff reject spam or a duplicate (pointing at the published question that answers it), with a reason. */
export async function rejectQuestion(deps: ModuleDeps, user: UserPrincipal, id: number, input: { reason: string; duplicateOf?: number; version: number }) {
  const reason = text(input.reason, 3, 'reason');
  const q = await handledQuestion(deps, user, id, 'reject', 'từ chối');
  if (input.duplicateOf !== undefined && (input.duplicateOf === id || !(await repo.isPublished(deps.db, input.duplicateOf)))) throw e.duplicateUnknown();
  await change(deps, user, q, input.version, {
    status: 'rejected', reject_reason: reason, duplicate_of: input.duplicateOf ?? null, rejected_by: user.id, rejected_at: new Date(),
  }, 'question.reject', QUESTION_REJECTED);
  return { status: 'rejected' as const };
}

/** Where the asker's notice goes: the visitor's email, or the account's. */
export async function askerContact(deps: ModuleDeps, id: number) {
  const q = await repo.question(deps.db, id);
  if (!q) return null;
  const email = q.askerEmail ?? (q.askerId ? (await identity.applicantProfile(deps.db, q.askerId))?.email ?? null : null);
  return { question: q, email };
}
