import { randomBytes } from 'node:crypto';
import type { ModuleDeps } from '../../platform/context.js';
import { errors } from '../../platform/errors.js';
import type { Principal, UserPrincipal } from '../../platform/principal.js';
import { searchTerms, toTsQuery } from '../../platform/search-text.js';
import type { UnitOfWork } from '../../platform/unit-of-work.js';
import { calendarFor } from '../calendar/index.js';
import { identity } from '../identity/index.js';
import { inScope, mayAct, requireAction, staffScope, visibleReport, type StaffScope } from './access.js';
import { feedbackErrors as e } from './errors.js';
import { photoUrl } from './photos.js';
import { feedbackRepository as repo, type ReportRow } from './repository.js';
import { ACTION_LABEL, canRun, isOverdue, normalizeTrackingCode, OPEN_STATUSES, type FeedbackAction, type FeedbackStatus } from './rules.js';
import { IN_APP_REQUESTED } from '../notify/index.js';

/** Announced on every change of a report's state (dashboards, open data). */
export const FEEDBACK_CHANGED = 'feedback.changed';
/** A message to the reporter and the followers of a report (email, SMS), sent by the module's subscription. */
export const FEEDBACK_NOTICE = 'feedback.notice';
/** Announced once when a report passes its deadline unanswered; its agency's leaders are told in-app. */
export const FEEDBACK_ESCALATED = 'feedback.escalated';
/** In-app notifications for accounts: the notify module (a layer below) is asked through its generic topic. */
export { IN_APP_REQUESTED };

export type NoticeKind = 'received' | 'accepted' | 'rerouted' | 'answered' | 'rejected' | 'closed' | 'merged';

const ALL_ACTIONS: FeedbackAction[] = ['accept', 'assign', 'reroute', 'merge', 'redact', 'answer', 'approve', 'return', 'reject', 'close'];

/** A random token for links (unsubscribe, reporter key). */
export const newToken = () => randomBytes(24).toString('base64url');

/** The agencies above one (parent, grandparent, ... root). */
const overseersOf = (deps: ModuleDeps, agencyId: number) => repo.ancestors(deps.db, agencyId);

/** The deadline of an answer: `days` working days on the responsible agency's calendar, from `from`. */
export async function deadline(db: ModuleDeps['db'] | UnitOfWork['tx'], agencyId: number, days: number, from = new Date()): Promise<Date> {
  return (await calendarFor(db, agencyId)).addWorkingDays(from, days);
}

/** Locks the report and checks nobody changed it since it was read, then the action's state and role. */
async function lockFor(uow: UnitOfWork, user: Principal, scope: StaffScope, r: ReportRow, action: FeedbackAction, label: string, overseers: number[]): Promise<ReportRow> {
  const locked = await repo.report(uow.tx, r.id, true);
  if (!locked || locked.version !== r.version) throw errors.conflict();
  if (!canRun(action, locked.status)) throw e.wrongState(label);
  requireAction(user, scope, locked, action, overseers);
  return locked;
}

async function change(uow: UnitOfWork, r: ReportRow, set: Record<string, unknown>, action: string, note: string | null = null, publicNote: string | null = null) {
  if (!(await repo.update(uow.tx, r.id, r.version, set))) throw errors.conflict();
  await repo.addHistory(uow.tx, r.id, uow.actor.id, action, note, publicNote);
  uow.audit({ action: `feedback.${action}`, entity: 'feedback_report', entityId: r.id, agencyId: (set.agency_id as number | undefined) ?? r.agencyId, data: { code: r.code, ...(note ? { note } : {}) } });
  const to = (set.status as FeedbackStatus | undefined) ?? r.status;
  uow.emit(FEEDBACK_CHANGED, { reportId: r.id, code: r.code, agencyId: (set.agency_id as number | undefined) ?? r.agencyId, from: r.status, to, action });
}

/** Tells the reporter (by their channels) and the followers: after commit, by the module's subscription. */
async function notice(uow: UnitOfWork, r: ReportRow, kind: NoticeKind, note: string | null = null) {
  uow.emit(FEEDBACK_NOTICE, { reportId: r.id, kind, note });
  const followers = await repo.subscribers(uow.tx, r.id);
  const userIds = new Set(followers.flatMap((s) => (s.userId === null ? [] : [s.userId])));
  if (r.reporterUserId !== null && r.channels.includes('in_app')) userIds.add(r.reporterUserId);
  if (userIds.size > 0) {
    uow.emit(IN_APP_REQUESTED, {
      userIds: [...userIds], title: `Phản ánh ${r.code}: ${NOTICE_TITLE[kind]}`, body: r.publicTitle, link: `/phan-anh/${r.code}`, source: 'feedback',
    });
  }
}

export const NOTICE_TITLE: Record<NoticeKind, string> = {
  received: 'đã gửi thành công', accepted: 'đã được tiếp nhận', rerouted: 'được chuyển cơ quan có thẩm quyền', answered: 'đã có trả lời',
  rejected: 'không được tiếp nhận', closed: 'đã đóng', merged: 'được gộp vào phản ánh khác',
};

// ---- reading ----

export async function listReports(deps: ModuleDeps, user: UserPrincipal, q: {
  status?: FeedbackStatus; categoryId?: number; agencyId?: number; overdue?: boolean; mine?: boolean; q?: string; page?: number; pageSize?: number;
}) {
  const scope = await staffScope(deps.db, user);
  if (q.agencyId && !inScope(scope, q.agencyId)) return { items: [], total: 0 };
  const pageSize = q.pageSize ?? 20;
  const page = await repo.staffList(deps.db, {
    agencyIds: scope.agencyIds, status: q.status, categoryId: q.categoryId, agencyId: q.agencyId, overdue: q.overdue,
    assigneeId: q.mine ? user.id : undefined, tsquery: toTsQuery(searchTerms(q.q ?? ''), 'all') ?? undefined,
    limit: pageSize, offset: ((q.page ?? 1) - 1) * pageSize,
  });
  const now = new Date();
  return { items: page.items.map((r) => summary(r, now)), total: page.total };
}

const point = (r: ReportRow) => (r.lat === null || r.lng === null ? null : { lat: r.lat, lng: r.lng });

function summary(r: ReportRow, now: Date) {
  return {
    id: r.id, code: r.code, title: r.title, categoryId: r.categoryId, categoryName: r.categoryName, status: r.status, agencyId: r.agencyId, agencyName: r.agencyName,
    assigneeId: r.assigneeId, assigneeName: r.assigneeName, location: point(r), address: r.address, createdAt: r.createdAt, dueAt: r.dueAt,
    overdue: isOverdue(r.status, r.dueAt, now), escalatedAt: r.escalatedAt, photoCount: r.photoCount, anonymousToPublic: r.anonymousToPublic,
  };
}

export async function reportDetail(deps: ModuleDeps, user: UserPrincipal, id: number) {
  const { report: r, scope } = await visibleReport(deps.db, user, id);
  const [photos, answers, rating, duplicates, subscribers, history, overseers] = await Promise.all([
    repo.photos(deps.db, id), repo.answers(deps.db, id), repo.rating(deps.db, id), repo.duplicates(deps.db, id), repo.subscriberCount(deps.db, id),
    repo.history(deps.db, id), overseersOf(deps, r.agencyId),
  ]);
  const latest = answers[0] ?? null;
  return {
    ...summary(r, new Date()),
    description: r.description, originalTitle: r.title, publicTitle: r.publicTitle, publicDescription: r.publicDescription, redacted: r.redacted,
    reporter: {
      userId: r.reporterUserId, fullName: r.reporterName, email: r.reporterEmail, phone: r.reporterPhone,
      channels: r.channels.filter((c): c is 'email' | 'sms' | 'in_app' => ['email', 'sms', 'in_app'].includes(c)),
    },
    photos: photos.map((p) => ({ id: p.id, url: photoUrl(p.id), width: p.width, height: p.height, hidden: p.hidden })),
    answer: latest && {
      text: latest.text, status: latest.status, draftedBy: latest.draftedByName, draftedAt: latest.draftedAt, decidedBy: latest.decidedByName,
      decidedAt: latest.decidedAt, comment: latest.comment,
    },
    rating: rating ?? null,
    mergedInto: r.mergedIntoId && r.mergedIntoCode ? { id: r.mergedIntoId, code: r.mergedIntoCode } : null,
    duplicates, subscribers,
    history: history.map((h) => ({ at: h.at, actorName: h.actorName, action: h.action, label: ACTION_LABEL[h.action] ?? h.action, note: h.note })),
    can: ALL_ACTIONS.filter((a) => canRun(a, r.status) && mayAct(user, scope, r, a, overseers)
      // A leader does not approve their own draft.
      && !((a === 'approve') && latest?.status === 'pending' && latest.draftedBy === user.id)),
  };
}

/** Agencies a report may be re-routed to (all of the province), and the specialists and leaders who may be assigned. */
export async function directory(deps: ModuleDeps, user: UserPrincipal) {
  const scope = await staffScope(deps.db, user);
  const agencies = await repo.allAgencies(deps.db);
  const people = await identity.officialsIn(deps.db, scope.agencyIds ?? agencies.map((a) => a.id));
  return {
    agencies,
    specialists: people.filter((p) => p.roles.some((role) => role === 'specialist' || role === 'leader')).map((p) => ({ id: p.id, fullName: p.fullName, agencyId: p.agencyId })),
  };
}

// ---- actions ----

async function assigneeValid(deps: ModuleDeps, agencyId: number, userId: number) {
  const eligible = await identity.usersWithRoles(deps.db, agencyId, ['specialist', 'leader']);
  if (!eligible.includes(userId)) throw e.assigneeInvalid();
}

export async function accept(deps: ModuleDeps, user: UserPrincipal, id: number, body: { assigneeId?: number | null }) {
  const { report, scope } = await visibleReport(deps.db, user, id);
  const overseers = await overseersOf(deps, report.agencyId);
  if (body.assigneeId) await assigneeValid(deps, report.agencyId, body.assigneeId);
  await deps.uow(user, async (uow) => {
    const r = await lockFor(uow, user, scope, report, 'accept', 'tiếp nhận', overseers);
    await change(uow, r, { status: 'in_progress', assignee_id: body.assigneeId ?? r.assigneeId }, 'accept');
    await notice(uow, r, 'accepted');
  });
}

export async function assign(deps: ModuleDeps, user: UserPrincipal, id: number, assigneeId: number) {
  const { report, scope } = await visibleReport(deps.db, user, id);
  const overseers = await overseersOf(deps, report.agencyId);
  await assigneeValid(deps, report.agencyId, assigneeId);
  await deps.uow(user, async (uow) => {
    const r = await lockFor(uow, user, scope, report, 'assign', 'giao xử lý', overseers);
    await change(uow, r, { assignee_id: assigneeId, status: r.status === 'submitted' ? 'in_progress' : r.status }, 'assign');
    uow.emit(IN_APP_REQUESTED, { userIds: [assigneeId], title: `Phản ánh ${r.code} được giao cho bạn xử lý`, body: r.title, link: `/phan-anh/xu-ly/${r.id}`, source: 'feedback' });
  });
}

/** To another agency with a reason: the deadline starts again on the new agency's calendar; the assignee and any draft answer stay behind. */
export async function reroute(deps: ModuleDeps, user: UserPrincipal, id: number, body: { agencyId: number; reason: string }) {
  const { report, scope } = await visibleReport(deps.db, user, id);
  const overseers = await overseersOf(deps, report.agencyId);
  if (body.agencyId === report.agencyId) throw e.sameAgency();
  const target = await repo.agency(deps.db, body.agencyId);
  if (!target) throw e.agencyUnknown();
  const dueAt = await deadline(deps.db, target.id, report.categoryDeadlineDays);
  await deps.uow(user, async (uow) => {
    const r = await lockFor(uow, user, scope, report, 'reroute', 'chuyển cơ quan', overseers);
    await repo.withdrawPendingAnswer(uow.tx, r.id);
    await change(uow, r, { agency_id: target.id, status: 'submitted', assignee_id: null, due_at: dueAt, escalated_at: null }, 'reroute',
      `${r.agencyName} → ${target.name}: ${body.reason}`, `Chuyển đến ${target.name}`);
    await notice(uow, r, 'rerouted', target.name);
    const staff = await identity.usersWithRoles(uow.tx, target.id, ['reception', 'leader']);
    if (staff.length > 0) uow.emit(IN_APP_REQUESTED, { userIds: staff, title: `Phản ánh ${r.code} được chuyển đến cơ quan`, body: body.reason, link: `/phan-anh/xu-ly/${r.id}`, source: 'feedback' });
  });
}

/** Folds a duplicate into a primary report the same official handles; the duplicate's reporter and followers follow the primary. */
export async function merge(deps: ModuleDeps, user: UserPrincipal, id: number, body: { intoCode: string; note?: string | null }) {
  const { report, scope } = await visibleReport(deps.db, user, id);
  const overseers = await overseersOf(deps, report.agencyId);
  const code = normalizeTrackingCode(body.intoCode);
  const primary = code ? await repo.reportByCode(deps.db, code) : undefined;
  if (!primary || primary.id === report.id || !OPEN_STATUSES.concat(['answered']).includes(primary.status) || !inScope(scope, primary.agencyId)
    || primary.mergedIntoId !== null) throw e.mergeTarget();
  await deps.uow(user, async (uow) => {
    const r = await lockFor(uow, user, scope, report, 'merge', 'gộp', overseers);
    await repo.withdrawPendingAnswer(uow.tx, r.id);
    await change(uow, r, { status: 'merged', merged_into_id: primary.id, closed_at: new Date() }, 'merge', body.note ?? null, `Gộp vào phản ánh ${primary.code}`);
    await repo.addHistory(uow.tx, primary.id, user.id, 'merged_in', `${r.code}${body.note ? `: ${body.note}` : ''}`, null);
    await notice(uow, r, 'merged', primary.code);
    await repo.moveFollowers(uow.tx, r.id, primary.id, { userId: r.reporterUserId, email: r.reporterEmail }, newToken());
  });
}

/** The public text without personal data; the original stays for staff. */
export async function redact(deps: ModuleDeps, user: UserPrincipal, id: number, body: { title: string; description: string }) {
  const { report, scope } = await visibleReport(deps.db, user, id);
  const overseers = await overseersOf(deps, report.agencyId);
  await deps.uow(user, async (uow) => {
    const r = await lockFor(uow, user, scope, report, 'redact', 'biên tập', overseers);
    await change(uow, r, { public_title: body.title.normalize('NFC'), public_description: body.description.normalize('NFC'), redacted: true }, 'redact');
  });
}

export async function setPhotoHidden(deps: ModuleDeps, user: UserPrincipal, id: number, photoId: number, hidden: boolean) {
  const { report, scope } = await visibleReport(deps.db, user, id);
  const overseers = await overseersOf(deps, report.agencyId);
  await deps.uow(user, async (uow) => {
    const r = await lockFor(uow, user, scope, report, 'redact', 'ẩn ảnh', overseers);
    if (!(await repo.setPhotoHidden(uow.tx, r.id, photoId, hidden))) throw e.photoNotFound();
    await change(uow, r, {}, hidden ? 'photo_hidden' : 'photo_shown', `#${photoId}`);
  });
}

/** A specialist (or leader) drafts the answer; it waits for a leader of the agency. */
export async function draftAnswer(deps: ModuleDeps, user: UserPrincipal, id: number, text: string) {
  const { report, scope } = await visibleReport(deps.db, user, id);
  await deps.uow(user, async (uow) => {
    const r = await lockFor(uow, user, scope, report, 'answer', 'trả lời', []);
    await repo.insertAnswer(uow.tx, r.id, text.normalize('NFC'), user.id);
    await change(uow, r, { status: 'awaiting_approval', assignee_id: r.assigneeId ?? user.id }, 'answer');
    const leaders = (await identity.usersWithRoles(uow.tx, r.agencyId, ['leader'])).filter((u) => u !== user.id);
    if (leaders.length > 0) uow.emit(IN_APP_REQUESTED, { userIds: leaders, title: `Trả lời phản ánh ${r.code} chờ duyệt`, body: r.title, link: `/phan-anh/xu-ly/${r.id}`, source: 'feedback' });
  });
}

async function pendingAnswer(deps: ModuleDeps, reportId: number) {
  const pending = (await repo.answers(deps.db, reportId)).find((a) => a.status === 'pending');
  if (!pending) throw e.wrongState('duyệt trả lời');
  return pending;
}

/** A leader approves: the answer becomes public and goes to the reporter and the followers. */
export async function approveAnswer(deps: ModuleDeps, user: UserPrincipal, id: number) {
  const { report, scope } = await visibleReport(deps.db, user, id);
  await deps.uow(user, async (uow) => {
    const r = await lockFor(uow, user, scope, report, 'approve', 'duyệt trả lời', []);
    const pending = await pendingAnswer(deps, r.id);
    if (pending.draftedBy === user.id) throw e.ownAnswer();
    if (!(await repo.decideAnswer(uow.tx, pending.id, 'approved', user.id, null))) throw errors.conflict();
    await change(uow, r, { status: 'answered', answered_at: new Date() }, 'approve');
    await notice(uow, r, 'answered');
  });
}

export async function returnAnswer(deps: ModuleDeps, user: UserPrincipal, id: number, comment: string) {
  const { report, scope } = await visibleReport(deps.db, user, id);
  await deps.uow(user, async (uow) => {
    const r = await lockFor(uow, user, scope, report, 'return', 'trả lại dự thảo', []);
    const pending = await pendingAnswer(deps, r.id);
    if (!(await repo.decideAnswer(uow.tx, pending.id, 'returned', user.id, comment))) throw errors.conflict();
    await change(uow, r, { status: 'in_progress' }, 'return', comment);
    if (pending.draftedBy) uow.emit(IN_APP_REQUESTED, { userIds: [pending.draftedBy], title: `Dự thảo trả lời phản ánh ${r.code} bị trả lại`, body: comment, link: `/phan-anh/xu-ly/${r.id}`, source: 'feedback' });
  });
}

export async function reject(deps: ModuleDeps, user: UserPrincipal, id: number, reason: string) {
  const { report, scope } = await visibleReport(deps.db, user, id);
  const overseers = await overseersOf(deps, report.agencyId);
  await deps.uow(user, async (uow) => {
    const r = await lockFor(uow, user, scope, report, 'reject', 'từ chối', overseers);
    await repo.withdrawPendingAnswer(uow.tx, r.id);
    await change(uow, r, { status: 'rejected', closed_at: new Date() }, 'reject', reason);
    await notice(uow, r, 'rejected', reason);
  });
}

export async function close(deps: ModuleDeps, user: UserPrincipal, id: number, note: string | null) {
  const { report, scope } = await visibleReport(deps.db, user, id);
  const overseers = await overseersOf(deps, report.agencyId);
  await deps.uow(user, async (uow) => {
    const r = await lockFor(uow, user, scope, report, 'close', 'đóng', overseers);
    await change(uow, r, { status: 'closed', closed_at: new Date() }, 'close', note, note);
    await notice(uow, r, 'closed', note);
  });
}

// ---- statistics ----

/**
 * Per agency and month (of reception, local time): received (merged duplicates left out), answered on
 * time and late (the approved answer against the deadline), still open, and open past the deadline.
 */
export async function feedbackStatistics(db: ModuleDeps['db'], q: { from: string; to: string; agencyIds?: number[] }, now = new Date()) {
  return repo.statistics(db, { from: q.from, to: q.to, agencyIds: q.agencyIds ?? null, now });
}

export async function statistics(deps: ModuleDeps, user: UserPrincipal, q: { from: string; to: string; agencyId?: number }) {
  const scope = await staffScope(deps.db, user);
  const span = Date.parse(q.to) - Date.parse(q.from);
  if (!(span >= 0) || span > 3 * 366 * 86_400_000) throw e.dateRange();
  if (q.agencyId && !inScope(scope, q.agencyId)) throw e.notFound();
  const agencyIds = q.agencyId ? [q.agencyId] : scope.agencyIds ?? undefined;
  return { items: await feedbackStatistics(deps.db, { from: q.from, to: q.to, agencyIds }) };
}
