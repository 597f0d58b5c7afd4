import { createHash } from 'node:crypto';
import type { ModuleDeps } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/db.js';
import { agenciesOf, systemPrincipal, type Actor, type UserPrincipal } from '../../platform/principal.js';
import { searchTerms, toTsQuery } from '../../platform/search-text.js';
import { identity } from '../identity/index.js';
import { staffScope, inScope } from './access.js';
import { feedbackErrors as e } from './errors.js';
import { containsPoint, responsibleAgency, type AreaGeometry } from './geo.js';
import { photoUrl, type ProcessedPhoto } from './photos.js';
import { feedbackRepository as repo, type CategoryRow, type ReportRow } from './repository.js';
import {
  ACTION_LABEL, isOverdue, newTrackingCode, normalizeTrackingCode, parseBbox, PUBLIC_ACTIONS, PUBLIC_STATUSES, type FeedbackStatus,
} from './rules.js';
import type { SubmissionInput } from './schemas.js';
import { deadline, FEEDBACK_CHANGED, FEEDBACK_NOTICE, IN_APP_REQUESTED, newToken } from './service.js';

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export async function activeCategories(deps: ModuleDeps) {
  return (await repo.categories(deps.db, true)).map(({ id, code, name, description, deadlineDays }) => ({ id, code, name, description, deadlineDays }));
}

/** The district and commune areas holding a point (bounding boxes in SQL, then the exact test). */
export async function areasAt(db: ModuleDeps['db'], lat: number, lng: number) {
  const candidates = await repo.areasAround(db, lat, lng);
  return candidates.filter((a) => containsPoint(a.geometry as AreaGeometry, lat, lng));
}

export async function areaAt(deps: ModuleDeps, lat: number, lng: number) {
  const hits = await areasAt(deps.db, lat, lng);
  const pick = (level: 'district' | 'commune') => {
    const hit = hits.find((a) => a.level === level);
    return hit ? { agencyId: hit.agencyId, name: hit.name } : null;
  };
  return { district: pick('district'), commune: pick('commune') };
}

/** The agency a report on `category` at `point` goes to. */
export async function routeReport(db: ModuleDeps['db'], category: Pick<CategoryRow, 'level' | 'agencyId'>, point: { lat: number; lng: number } | null): Promise<number> {
  if (category.level === 'agency' || !point) return category.agencyId;
  return responsibleAgency(category, await areasAt(db, point.lat, point.lng));
}

export type NewReportInput = {
  category: CategoryRow; title: string; description: string; location: { lat: number; lng: number } | null; address: string | null;
  anonymousToPublic: boolean; reporterUserId: number | null; reporterName: string | null; reporterEmail: string | null; reporterPhone: string | null;
  channels: string[]; source: 'web' | 'open311'; open311KeyId?: number | null; open311Token?: string | null;
};

/**
 * Records a report routed to its agency, with its deadline on that agency's calendar, its photos and
 * the first line of its history; the reporter is told by their channels after commit.
 */
export async function createReport(deps: ModuleDeps, actor: Actor, input: NewReportInput, photos: ProcessedPhoto[]) {
  const agencyId = await routeReport(deps.db, input.category, input.location);
  const dueAt = await deadline(deps.db, agencyId, input.category.deadlineDays);
  const reporterKey = newToken();
  const stored: { sha256: string; width: number; height: number }[] = [];
  for (const photo of photos) stored.push({ ...(await deps.files.save(deps.db, photo.data, 'image/jpeg')), width: photo.width, height: photo.height });
  for (let attempt = 0; ; attempt++) {
    const code = newTrackingCode();
    try {
      const created = await deps.uow(actor, async (uow) => {
        const id = await repo.insertReport(uow.tx, {
          code, categoryId: input.category.id, agencyId, title: input.title.normalize('NFC'), description: input.description.normalize('NFC'),
          lat: input.location?.lat ?? null, lng: input.location?.lng ?? null, address: input.address?.normalize('NFC') ?? null,
          anonymousToPublic: input.anonymousToPublic, reporterUserId: input.reporterUserId, reporterName: input.reporterName?.normalize('NFC') ?? null,
          reporterEmail: input.reporterEmail, reporterPhone: input.reporterPhone, channels: input.channels, reporterKeyHash: hashSecret(reporterKey),
          source: input.source, open311KeyId: input.open311KeyId ?? null, open311Token: input.open311Token ?? null, dueAt,
        });
        if (!id) return null;
        await repo.insertPhotos(uow.tx, id, stored);
        await repo.addHistory(uow.tx, id, input.reporterUserId, 'submit');
        if (input.reporterUserId !== null) await repo.subscribeUser(uow.tx, id, input.reporterUserId);
        uow.audit({ action: 'feedback.submit', entity: 'feedback_report', entityId: id, agencyId, data: { code, categoryId: input.category.id, source: input.source, photos: stored.length } });
        uow.emit(FEEDBACK_CHANGED, { reportId: id, code, agencyId, from: null, to: 'submitted', action: 'submit' });
        uow.emit(FEEDBACK_NOTICE, { reportId: id, kind: 'received', note: null });
        const receivers = await repoUsersAt(uow.tx, agencyId);
        if (receivers.length > 0) {
          uow.emit(IN_APP_REQUESTED, { userIds: receivers, title: `Phản ánh mới ${code}`, body: input.title, link: `/phan-anh/xu-ly/${id}`, source: 'feedback' });
        }
        return { id, code };
      });
      if (created) {
        const agency = await repo.agency(deps.db, agencyId);
        return { ...created, agencyId, agencyName: agency?.name ?? '', dueAt, reporterKey, photos: stored.length };
      }
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
    if (attempt >= 5) throw new Error('no free tracking code');
  }
}

/** Who hears of a new report at its agency: its reception officers and leaders. */
async function repoUsersAt(db: Parameters<typeof repo.ancestors>[0], agencyId: number) {
  return identity.usersWithRoles(db, agencyId, ['reception', 'leader']);
}

export async function submitReport(deps: ModuleDeps, user: UserPrincipal | null, submission: { input: SubmissionInput; photos: ProcessedPhoto[] }) {
  const { input, photos } = submission;
  if (user && agenciesOf(user).size > 0 && user.kind === 'official') throw e.citizensOnly();
  const category = await repo.category(deps.db, input.categoryId);
  if (!category || !category.active) throw e.categoryUnknown();
  if (!input.location && !input.address) throw e.noPlace();
  let name: string | null;
  let email: string | null;
  let phone: string | null;
  if (user) {
    const profile = await identity.applicantProfile(deps.db, user.id);
    name = user.fullName;
    email = input.reporter?.email ?? profile?.email ?? null;
    phone = input.reporter?.phone ?? profile?.phone ?? null;
  } else {
    if (!input.reporter || (!input.reporter.email && !input.reporter.phone)) throw e.reporterRequired();
    name = input.reporter.fullName;
    email = input.reporter.email ?? null;
    phone = input.reporter.phone ?? null;
  }
  const channels = [...new Set(input.channels)];
  if ((channels.includes('in_app') && !user) || (channels.includes('email') && !email) || (channels.includes('sms') && !phone)) throw e.channelUnavailable();
  const actor: Actor = user ?? systemPrincipal('Khách gửi phản ánh');
  const created = await createReport(deps, actor, {
    category, title: input.title, description: input.description, location: input.location ?? null, address: input.address ?? null,
    anonymousToPublic: input.anonymousToPublic, reporterUserId: user?.id ?? null, reporterName: name, reporterEmail: email, reporterPhone: phone,
    channels, source: 'web',
  }, photos);
  return { trackingCode: created.code, status: 'submitted' as const, agencyName: created.agencyName, dueAt: created.dueAt, reporterKey: created.reporterKey, photos: created.photos };
}

// ---- the public's view: never a contact, never an anonymous reporter's name ----

const point = (r: ReportRow) => (r.lat === null || r.lng === null ? null : { lat: r.lat, lng: r.lng });

export function publicSummary(r: ReportRow, now = new Date()) {
  return {
    code: r.code, title: r.publicTitle, categoryId: r.categoryId, categoryName: r.categoryName, status: r.status, agencyName: r.agencyName,
    location: point(r), address: r.address, createdAt: r.createdAt, answeredAt: r.answeredAt, photoCount: r.photoCount, overdue: isOverdue(r.status, r.dueAt, now),
  };
}

/** The reporter's name as the public may read it. */
export const publicReporterName = (r: ReportRow) => (r.anonymousToPublic ? null : r.reporterName);

function publicFilter(q: { bbox?: string; categoryId?: number; status?: FeedbackStatus; q?: string }) {
  const bbox = q.bbox ? parseBbox(q.bbox) : undefined;
  if (bbox === null) throw e.bboxInvalid();
  return {
    statuses: PUBLIC_STATUSES, bbox: bbox ?? undefined, categoryId: q.categoryId, status: q.status && PUBLIC_STATUSES.includes(q.status) ? q.status : undefined,
    tsquery: toTsQuery(searchTerms(q.q ?? ''), 'all') ?? undefined,
    // A status the public never sees asks for nothing.
    none: q.status !== undefined && !PUBLIC_STATUSES.includes(q.status),
  };
}

export async function publicList(deps: ModuleDeps, q: { bbox?: string; categoryId?: number; status?: FeedbackStatus; q?: string; page?: number; pageSize?: number }) {
  const { none, ...filter } = publicFilter(q);
  if (none) return { items: [], total: 0 };
  const pageSize = q.pageSize ?? 20;
  const page = await repo.publicList(deps.db, { ...filter, limit: pageSize, offset: ((q.page ?? 1) - 1) * pageSize });
  const now = new Date();
  return { items: page.items.map((r) => publicSummary(r, now)), total: page.total };
}

export async function publicMap(deps: ModuleDeps, q: { bbox: string; categoryId?: number; status?: FeedbackStatus }) {
  const { none, ...filter } = publicFilter(q);
  const rows = none ? [] : (await repo.publicList(deps.db, { ...filter, withPoint: true, limit: 1000, offset: 0 })).items;
  const now = new Date();
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((r) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [r.lng!, r.lat!] },
      properties: { code: r.code, title: r.publicTitle, categoryName: r.categoryName, status: r.status, createdAt: r.createdAt, overdue: isOverdue(r.status, r.dueAt, now) },
    })),
  };
}

async function reportByCode(deps: ModuleDeps, code: string) {
  const normalized = normalizeTrackingCode(code);
  const r = normalized ? await repo.reportByCode(deps.db, normalized) : undefined;
  if (!r) throw e.notFound();
  return r;
}

/**
 * A report by its tracking code: the code is the key, so a report not yet public (waiting for
 * reception, refused) answers its holder with its status and timeline too. The text is always the
 * public one; contacts never appear, nor the name of a reporter anonymous to the public.
 */
export async function publicDetail(deps: ModuleDeps, user: UserPrincipal | null, code: string) {
  const r = await reportByCode(deps, code);
  const [photos, answers, rating, history, subscribed] = await Promise.all([
    repo.photos(deps.db, r.id), repo.answers(deps.db, r.id), repo.rating(deps.db, r.id), repo.history(deps.db, r.id),
    user ? repo.isSubscribed(deps.db, r.id, user.id) : Promise.resolve(false),
  ]);
  const approved = answers.find((a) => a.status === 'approved');
  const mine = user !== null && r.reporterUserId === user.id;
  return {
    ...publicSummary(r),
    description: r.publicDescription, reporterName: publicReporterName(r), categoryDeadlineDays: r.categoryDeadlineDays,
    dueAt: ['submitted', 'rejected', 'merged'].includes(r.status) ? null : r.dueAt,
    // Photos of a report not public yet are its reporter's and the staff's only (photoFile says the same).
    photos: PUBLIC_STATUSES.includes(r.status) || mine
      ? photos.filter((p) => !p.hidden).map((p) => ({ id: p.id, url: photoUrl(p.id), width: p.width, height: p.height })) : [],
    answer: approved && approved.decidedAt ? { text: approved.text, at: approved.decidedAt, agencyName: r.agencyName } : null,
    rating: rating ?? null,
    mergedInto: r.mergedIntoCode,
    timeline: history.filter((h) => PUBLIC_ACTIONS.has(h.action)).map((h) => ({ at: h.at, action: h.action, label: ACTION_LABEL[h.action] ?? h.action, note: h.publicNote })),
    subscribed, mine,
  };
}

export async function myReports(deps: ModuleDeps, user: UserPrincipal) {
  const now = new Date();
  return (await repo.byReporter(deps.db, user.id)).map((r) => ({
    ...publicSummary(r, now), dueAt: ['submitted', 'rejected', 'merged'].includes(r.status) ? null : r.dueAt, rated: r.rated,
  }));
}

/**
 * A photo: anyone may see a visible photo of a public report; the staff who see the report and its
 * reporter see every photo of it. Anyone else is told it does not exist.
 */
export async function photoFile(deps: ModuleDeps, user: UserPrincipal | null, photoId: number): Promise<Buffer> {
  const photo = await repo.photo(deps.db, photoId);
  if (!photo) throw e.photoNotFound();
  const r = await repo.report(deps.db, photo.reportId);
  if (!r) throw e.photoNotFound();
  let allowed = PUBLIC_STATUSES.includes(r.status) && !photo.hidden;
  if (!allowed && user) {
    if (r.reporterUserId === user.id) allowed = true;
    else if (agenciesOf(user).size > 0) allowed = inScope(await staffScope(deps.db, user), r.agencyId);
  }
  if (!allowed) throw e.photoNotFound();
  return deps.files.read(photo.sha256);
}

// ---- following and rating ----

export async function subscribe(deps: ModuleDeps, user: UserPrincipal | null, code: string, body: { email?: string }) {
  const r = await reportByCode(deps, code);
  if (!PUBLIC_STATUSES.includes(r.status) && r.reporterUserId !== user?.id) throw e.notFound();
  const actor: Actor = user ?? systemPrincipal('Khách theo dõi phản ánh');
  if (user && !body.email) {
    await deps.uow(actor, async ({ tx, audit }) => {
      if (!(await repo.subscribeUser(tx, r.id, user.id))) throw e.alreadySubscribed();
      audit({ action: 'feedback.subscribe', entity: 'feedback_report', entityId: r.id, agencyId: r.agencyId, data: { userId: user.id } });
    });
    return { ok: true as const, confirmation: 'account' as const };
  }
  if (!body.email) throw e.emailRequired();
  const token = newToken();
  await deps.uow(actor, async ({ tx, audit, emit }) => {
    if (!(await repo.subscribeEmail(tx, r.id, body.email!.trim(), token))) throw e.alreadySubscribed();
    audit({ action: 'feedback.subscribe', entity: 'feedback_report', entityId: r.id, agencyId: r.agencyId, data: { email: true } });
    emit(FEEDBACK_NOTICE, { reportId: r.id, kind: 'subscribed', email: body.email!.trim(), token });
  });
  return { ok: true as const, confirmation: 'email' as const };
}

export async function unsubscribeAccount(deps: ModuleDeps, user: UserPrincipal, code: string) {
  const r = await reportByCode(deps, code);
  // Stopping what one does not follow changes nothing and is no error (as a DELETE may be repeated).
  await deps.uow(user, async ({ tx, audit }) => {
    if (!(await repo.cancelUserSubscription(tx, r.id, user.id))) return;
    audit({ action: 'feedback.unsubscribe', entity: 'feedback_report', entityId: r.id, agencyId: r.agencyId, data: {} });
  });
}

export async function unsubscribeByToken(deps: ModuleDeps, token: string) {
  await deps.uow(systemPrincipal('Hủy theo dõi qua email'), async ({ tx, audit }) => {
    const cancelled = await repo.cancelByToken(tx, token);
    if (!cancelled) throw e.tokenUnknown();
    audit({ action: 'feedback.unsubscribe', entity: 'feedback_report', entityId: cancelled.reportId, data: { subscriptionId: cancelled.id } });
  });
}

/** The reporter rates the published answer once: signed in as the reporter, or with the key given at submission. */
export async function rate(deps: ModuleDeps, user: UserPrincipal | null, code: string, body: { score: number; comment?: string | null; reporterKey?: string }) {
  const r = await reportByCode(deps, code);
  const byAccount = user !== null && r.reporterUserId === user.id;
  const byKey = body.reporterKey !== undefined && r.reporterKeyHash !== null && hashSecret(body.reporterKey) === r.reporterKeyHash;
  if (!byAccount && !byKey) throw e.notReporter();
  if (!['answered', 'closed'].includes(r.status) || !r.answeredAt) throw e.notRateable();
  await deps.uow(user ?? systemPrincipal('Người gửi phản ánh'), async ({ tx, audit, emit }) => {
    if (!(await repo.insertRating(tx, r.id, body.score, body.comment?.normalize('NFC') ?? null))) throw e.notRateable();
    await repo.addHistory(tx, r.id, user?.id ?? null, 'rate', null, `${body.score}/5`);
    audit({ action: 'feedback.rate', entity: 'feedback_report', entityId: r.id, agencyId: r.agencyId, data: { score: body.score } });
    emit(FEEDBACK_CHANGED, { reportId: r.id, code: r.code, agencyId: r.agencyId, from: r.status, to: r.status, action: 'rate' });
  });
}
