import { AppError } from '../../platform/errors.js';
import type { ModuleDeps } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { agenciesWithRole, type Principal } from '../../platform/principal.js';
import { documentStatistics } from '../documents/index.js';
import { adminScope, identity, requireProvinceAdmin } from '../identity/index.js';
import { checkPeriod, treeFigures } from './dashboard.js';
import { maturityRepository as repo, type Criterion } from './maturity-repository.js';
import { computedPoints, finalPoints, rank, type MaturityMeasure, type MeasuredShares } from './maturity-rules.js';
import { operationsRepository } from './repository.js';

/**
 * Maturity scoring of e-government: the province IT admin defines a criteria set and opens an assessment
 * period; each agency below the province (its admin or leader) assesses its self-assessed criteria with
 * evidence files, while computed criteria fill themselves from the platform's figures for its subtree; the
 * province reviews and adjusts with a comment, then publishes: computed points are frozen and the ranking
 * is public.
 */

export const maturityErrors = {
  periodNotFound: () => new AppError('MATURITY_PERIOD_NOT_FOUND', 404, 'Không tìm thấy kỳ đánh giá.'),
  setNotFound: () => new AppError('MATURITY_SET_NOT_FOUND', 404, 'Không tìm thấy bộ tiêu chí.'),
  criterionNotFound: () => new AppError('MATURITY_CRITERION_NOT_FOUND', 404, 'Không tìm thấy tiêu chí trong bộ tiêu chí của kỳ đánh giá.'),
  closed: () => new AppError('MATURITY_PERIOD_PUBLISHED', 409, 'Kỳ đánh giá đã công bố kết quả: không sửa điểm được nữa.'),
  computed: () => new AppError('MATURITY_CRITERION_COMPUTED', 409, 'Tiêu chí này được tính tự động từ số liệu của hệ thống, không tự chấm.'),
  tooManyPoints: (max: number) => new AppError('MATURITY_POINTS_OVER_MAX', 400, `Số điểm phải từ 0 đến tối đa ${max} điểm của tiêu chí.`),
  commentRequired: () => new AppError('MATURITY_COMMENT_REQUIRED', 400, 'Vui lòng ghi nhận xét khi điều chỉnh điểm.'),
  notPublished: () => new AppError('MATURITY_NOT_PUBLISHED', 404, 'Kết quả kỳ đánh giá chưa được công bố.'),
  notAssessor: () => new AppError('OPS_NOT_LEADER', 403, 'Chỉ lãnh đạo hoặc quản trị của cơ quan mới xem, tự chấm được.'),
  notParticipant: () => new AppError('MATURITY_AGENCY_NOT_FOUND', 404, 'Không tìm thấy cơ quan trong kỳ đánh giá.'),
};

type Key = { periodId: number; agencyId: number; criterionId: number };

/** The province's IT admin (admin at the root agency): defines, reviews, publishes. */
async function provinceAdmin(deps: ModuleDeps, principal: Principal) {
  const scope = await adminScope(deps.db, principal);
  requireProvinceAdmin(scope);
  return scope;
}

/** Agencies that take part: every agency below the province's root. */
async function participants(db: Queryable): Promise<number[]> {
  const root = await operationsRepository.rootAgency(db);
  return root === null ? [] : (await identity.agencySubtree(db, [root])).filter((id) => id !== root);
}

/**
 * Who may see an agency's sheet: its own admin or leader (they assess it), and the province's admin.
 * A leader or admin of another agency is told it does not exist; anyone else may not look at all.
 */
async function sheetAccess(deps: ModuleDeps, principal: Principal, agencyId: number): Promise<'assessor' | 'province'> {
  if (agenciesWithRole(principal, 'admin', 'leader').includes(agencyId)) return 'assessor';
  if (agenciesWithRole(principal, 'admin').length > 0) {
    const scope = await adminScope(deps.db, principal);
    if (scope.coversRoot) return 'province';
  }
  if (agenciesWithRole(principal, 'admin', 'leader').length === 0) throw maturityErrors.notAssessor();
  throw maturityErrors.notParticipant();
}

export async function createSet(deps: ModuleDeps, principal: Principal, body: { name: string; criteria: { groupName: string; name: string; maxPoints: number; measure: MaturityMeasure }[] }) {
  const scope = await provinceAdmin(deps, principal);
  return deps.uow(scope.actor, async ({ tx, audit }) => {
    const id = await repo.createSet(tx, body.name.trim(), principal.id, body.criteria.map((c) => ({ ...c, groupName: c.groupName.trim(), name: c.name.trim() })));
    audit({ action: 'maturity.set.create', entity: 'maturity_set', entityId: id, data: { name: body.name, criteria: body.criteria.length } });
    return { id };
  });
}

export async function openPeriod(deps: ModuleDeps, principal: Principal, body: { setId: number; name: string; from: string; to: string }) {
  const scope = await provinceAdmin(deps, principal);
  checkPeriod(body);
  return deps.uow(scope.actor, async ({ tx, audit }) => {
    if (!(await repo.setExists(tx, body.setId))) throw maturityErrors.setNotFound();
    const id = await repo.createPeriod(tx, { ...body, name: body.name.trim() });
    audit({ action: 'maturity.period.open', entity: 'maturity_period', entityId: id, data: body });
    return { id };
  });
}

export async function listPeriods(deps: ModuleDeps, principal: Principal) {
  if (agenciesWithRole(principal, 'admin', 'leader').length === 0) throw maturityErrors.notAssessor();
  return { items: await repo.periods(deps.db) };
}

/** The shares an agency's computed criteria read, for its subtree over the period. */
async function shares(db: Queryable, agencyId: number, period: { from: string; to: string }): Promise<MeasuredShares> {
  const tree = await treeFigures(db, agencyId, period);
  const f = tree.figures(agencyId);
  const documents = await documentStatistics(db, await identity.agencySubtree(db, [agencyId]), period.from, period.to);
  return {
    online_share: f.onlineShare, on_time_rate: f.onTimeRate, paid_online_share: f.paidOnlineShare,
    digitised_share: f.received === 0 ? null : f.digitised / f.received,
    documents_signed_share: documents.sent === 0 ? null : documents.signed / documents.sent,
  };
}

async function sheetOf(db: Queryable, periodId: number, agencyId: number) {
  const period = await repo.period(db, periodId);
  if (!period) throw maturityErrors.periodNotFound();
  if (!(await participants(db)).includes(agencyId)) throw maturityErrors.notParticipant();
  const [criteria, scores] = await Promise.all([repo.criteria(db, period.setId), repo.scores(db, periodId, agencyId)]);
  const measured = period.status === 'open' && criteria.some((c) => c.measure !== 'self') ? await shares(db, agencyId, period) : null;
  const items = criteria.map((c) => {
    const s = scores.find((x) => x.criterionId === c.id);
    const computed = c.measure === 'self' ? null : s?.computedPoints ?? (measured ? computedPoints(c.measure, measured, c.maxPoints) : null);
    return {
      criterion: c, computedPoints: computed, selfPoints: s?.selfPoints ?? null, selfNote: s?.selfNote ?? null,
      evidence: s?.evidenceSha256 ? { name: s.evidenceName!, contentType: s.evidenceType! } : null,
      reviewedPoints: s?.reviewedPoints ?? null, reviewComment: s?.reviewComment ?? null,
      points: finalPoints(c, s, computed),
    };
  });
  const [agency] = await operationsRepository.agencies(db, [agencyId]);
  return { period, agency: { id: agency!.id, name: agency!.name }, items, total: round(items.reduce((sum, i) => sum + i.points, 0)), maxTotal: round(criteria.reduce((sum, c) => sum + c.maxPoints, 0)) };
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function sheet(deps: ModuleDeps, principal: Principal, periodId: number, agencyId: number) {
  await sheetAccess(deps, principal, agencyId);
  return sheetOf(deps.db, periodId, agencyId);
}

/** The criterion of an open period, for a change of its points. */
async function openCriterion(db: Queryable, key: Key): Promise<Criterion> {
  const period = await repo.period(db, key.periodId, true);
  if (!period) throw maturityErrors.periodNotFound();
  if (!(await participants(db)).includes(key.agencyId)) throw maturityErrors.notParticipant();
  const criterion = (await repo.criteria(db, period.setId)).find((c) => c.id === key.criterionId);
  if (!criterion) throw maturityErrors.criterionNotFound();
  if (period.status !== 'open') throw maturityErrors.closed();
  return criterion;
}

export async function assess(deps: ModuleDeps, principal: Principal, key: Key, body: { points: number; note?: string }) {
  if ((await sheetAccess(deps, principal, key.agencyId)) !== 'assessor') throw maturityErrors.notParticipant();
  return deps.uow(principal, async ({ tx, audit }) => {
    const criterion = await openCriterion(tx, key);
    if (criterion.measure !== 'self') throw maturityErrors.computed();
    if (body.points < 0 || body.points > criterion.maxPoints) throw maturityErrors.tooManyPoints(criterion.maxPoints);
    await repo.saveSelf(tx, key, body.points, body.note?.trim() || null);
    audit({ agencyId: key.agencyId, action: 'maturity.assess', entity: 'maturity_period', entityId: key.periodId, data: { criterionId: key.criterionId, points: body.points } });
    return { ok: true as const };
  });
}

/** An evidence file of a self-assessed criterion: PDF, JPEG or PNG, checked by its content. */
export async function attachEvidence(deps: ModuleDeps, principal: Principal, key: Key, file: { data: Buffer; fileName: string }) {
  if ((await sheetAccess(deps, principal, key.agencyId)) !== 'assessor') throw maturityErrors.notParticipant();
  const contentType = await deps.files.checkUpload(file.data);
  const stored = await deps.files.save(deps.db, file.data, contentType);
  return deps.uow(principal, async ({ tx, audit }) => {
    const criterion = await openCriterion(tx, key);
    if (criterion.measure !== 'self') throw maturityErrors.computed();
    await repo.saveEvidence(tx, key, { sha256: stored.sha256, name: file.fileName, type: contentType });
    audit({ agencyId: key.agencyId, action: 'maturity.evidence', entity: 'maturity_period', entityId: key.periodId, data: { criterionId: key.criterionId, sha256: stored.sha256 } });
    return { ok: true as const };
  });
}

export async function evidence(deps: ModuleDeps, principal: Principal, key: Key) {
  await sheetAccess(deps, principal, key.agencyId);
  const found = (await repo.scores(deps.db, key.periodId, key.agencyId)).find((s) => s.criterionId === key.criterionId);
  if (!found?.evidenceSha256) throw maturityErrors.criterionNotFound();
  return { fileName: found.evidenceName!, contentType: found.evidenceType!, data: await deps.files.read(found.evidenceSha256) };
}

export async function review(deps: ModuleDeps, principal: Principal, key: Key, body: { points: number; comment: string }) {
  const scope = await provinceAdmin(deps, principal);
  const comment = body.comment.trim();
  if (!comment) throw maturityErrors.commentRequired();
  return deps.uow(scope.actor, async ({ tx, audit }) => {
    const criterion = await openCriterion(tx, key);
    if (criterion.measure !== 'self') throw maturityErrors.computed();
    if (body.points < 0 || body.points > criterion.maxPoints) throw maturityErrors.tooManyPoints(criterion.maxPoints);
    await repo.saveReview(tx, key, body.points, comment);
    audit({ agencyId: key.agencyId, action: 'maturity.review', entity: 'maturity_period', entityId: key.periodId, data: { criterionId: key.criterionId, points: body.points, comment } });
    return { ok: true as const };
  });
}

/** Freezes every participant's computed points and publishes the period's scores and ranking. */
export async function publish(deps: ModuleDeps, principal: Principal, periodId: number) {
  const scope = await provinceAdmin(deps, principal);
  const period = await repo.period(deps.db, periodId);
  if (!period) throw maturityErrors.periodNotFound();
  if (period.status !== 'open') throw maturityErrors.closed();
  const criteria = (await repo.criteria(deps.db, period.setId)).filter((c) => c.measure !== 'self');
  const frozen: { agencyId: number; criterionId: number; points: number }[] = [];
  if (criteria.length > 0) {
    for (const agencyId of await participants(deps.db)) {
      const measured = await shares(deps.db, agencyId, period);
      for (const c of criteria) frozen.push({ agencyId, criterionId: c.id, points: computedPoints(c.measure as Exclude<MaturityMeasure, 'self'>, measured, c.maxPoints) });
    }
  }
  await deps.uow(scope.actor, async ({ tx, audit }) => {
    const locked = await repo.period(tx, periodId, true);
    if (locked?.status !== 'open') throw maturityErrors.closed();
    await repo.freezeComputed(tx, periodId, frozen);
    await repo.publish(tx, periodId);
    audit({ action: 'maturity.publish', entity: 'maturity_period', entityId: periodId, data: { agencies: new Set(frozen.map((f) => f.agencyId)).size } });
  });
  return { ok: true as const };
}

/** The published scores of every agency that took part, ranked; public. */
export async function ranking(deps: ModuleDeps, periodId: number) {
  const period = await repo.period(deps.db, periodId);
  if (!period || period.status !== 'published') throw maturityErrors.notPublished();
  const [criteria, scores, ids] = await Promise.all([repo.criteria(deps.db, period.setId), repo.allScores(deps.db, periodId), participants(deps.db)]);
  const agencies = await operationsRepository.agencies(deps.db, ids);
  const rows = agencies.map((a) => ({
    agencyId: a.id, name: a.name,
    total: round(criteria.reduce((sum, c) => sum + finalPoints(c, scores.find((s) => s.agencyId === a.id && s.criterionId === c.id), null), 0)),
  }));
  return { period: { id: period.id, name: period.name, from: period.from, to: period.to, publishedAt: period.publishedAt }, maxTotal: round(criteria.reduce((s, c) => s + c.maxPoints, 0)), items: rank(rows) };
}
