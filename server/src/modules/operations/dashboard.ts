import type { Queryable } from '../../platform/db.js';
import { agenciesWithRole, type Principal } from '../../platform/principal.js';
import { localDay } from '../../platform/time.js';
import { documentStatistics } from '../documents/index.js';
import { feedbackStatistics } from '../feedback/index.js';
import { identity } from '../identity/index.js';
import type { FiguresCache } from './changes.js';
import { operationsErrors as errors } from './errors.js';
import { operationsRepository as repo, type AgencyCounters } from './repository.js';
import { emptyCounters, figuresOf, qualityIndex, type DrillMeasure, type Figures } from './rules.js';

/**
 * The leadership dashboard: an agency's figures over a period (its whole subtree), its children's for the
 * drill-down, the monthly trend and a ranking, all from the rollups; the dossiers behind any figure.
 */

type Agency = { id: number; code: string; name: string; parentId: number | null; hasChildren: boolean };
export type Period = { from: string; to: string };

const MAX_DAYS = 3_660;
export function checkPeriod({ from, to }: Period): void {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (!(days >= 0) || days > MAX_DAYS) throw errors.badPeriod();
}

/** The agencies whose figures the principal may see: where they lead or administer, and everything below. */
export async function viewerRoots(principal: Principal): Promise<number[]> {
  const roots = agenciesWithRole(principal, 'leader', 'admin');
  if (roots.length === 0) throw errors.notLeader();
  return roots;
}

/**
 * The agency asked for (by default the viewer's top agency) with its subtree, checked against what the
 * viewer may see: outside it, "not found", as for any record.
 */
export async function scopedAgency(db: Queryable, principal: Principal, agencyId?: number) {
  const roots = await viewerRoots(principal);
  const [visibleIds, rootRows] = await Promise.all([identity.agencySubtree(db, roots), repo.agencies(db, roots)]);
  const visible = new Set(visibleIds);
  // The top agency: the root no other root contains.
  const top = rootRows.find((r) => r.parentId === null || !visible.has(r.parentId)) ?? rootRows[0]!;
  const id = agencyId ?? top.id;
  if (!visible.has(id)) throw errors.agencyNotFound();
  return { id, visible, subtree: id === top.id && roots.length === 1 ? visibleIds : await identity.agencySubtree(db, [id]) };
}

/**
 * An agency's figures and those of the agencies right below it, each for its whole subtree: the rollups
 * hold subtree totals (a dossier counts for its receiving agency and each agency above it), so this reads
 * a few rows per agency whatever the size of the tree.
 */
export async function treeFigures(db: Queryable, rootId: number, period: Period) {
  const today = localDay(new Date());
  const agencies = await repo.withChildren(db, rootId);
  const rows = await repo.agencyCounters(db, agencies.map((a) => a.id), period.from, period.to, today);
  const byAgency = new Map<number, AgencyCounters>(rows.map((r) => [r.agencyId, r]));
  const counted = (id: number) => byAgency.get(id) ?? { agencyId: id, period: emptyCounters(), before: emptyCounters(), pending: 0, overdue: 0 };
  const agencyOf = (id: number): Agency => agencies.find((x) => x.id === id)!;
  const figures = (id: number): Figures => {
    const t = counted(id);
    return figuresOf(t.period, t.before, { total: t.pending, overdue: t.overdue });
  };
  return { agencyOf, figures, counters: (id: number) => counted(id).period, childrenOf: (id: number) => (id === rootId ? agencies.slice(1).map((a) => a.id) : []), rootId };
}

export async function dashboard(db: Queryable, principal: Principal, query: Period & { agencyId?: number }, cache: FiguresCache) {
  checkPeriod(query);
  const scope = await scopedAgency(db, principal, query.agencyId);
  const toMonth = `${query.to.slice(0, 7)}-01`;
  const fromMonth = monthsBefore(toMonth, 11);
  const subtree = new Set(scope.subtree);
  // Independent reads, side by side: a round trip each, never one after the other; the same for every viewer who may see them.
  const [tree, months, ancestors, documents, feedback] = await cache.get(`dashboard:${scope.id}:${query.from}:${query.to}`, subtree, () => Promise.all([
    treeFigures(db, scope.id, query),
    repo.monthly(db, [scope.id], fromMonth, toMonth),
    repo.ancestors(db, scope.id),
    // Documents sent electronically and signed: the documents module's figures over the same subtree and period.
    documentStatistics(db, scope.subtree, query.from, query.to),
    // Citizens' feedback received in the period: answered on time or late, still open, open past its deadline.
    feedbackStatistics(db as Parameters<typeof feedbackStatistics>[0], { from: query.from, to: query.to, agencyIds: scope.subtree }).then((rows) => rows.reduce(
      (sum, r) => ({ received: sum.received + r.received, answeredOnTime: sum.answeredOnTime + r.answeredOnTime, answeredLate: sum.answeredLate + r.answeredLate, open: sum.open + r.open, openOverdue: sum.openOverdue + r.openOverdue }),
      { received: 0, answeredOnTime: 0, answeredLate: 0, open: 0, openOverdue: 0 })),
  ]));
  // The breadcrumbs: the agencies from the viewer's top agency down.
  const path = ancestors.filter((a) => scope.visible.has(a.id));
  const children = tree.childrenOf(scope.id).map((id) => ({ agency: tree.agencyOf(id), figures: tree.figures(id) }));
  const trend = monthList(fromMonth, 12).map((month) => {
    const m = months.find((x) => x.month === month.slice(0, 7)) ?? { ...emptyCounters(), month: month.slice(0, 7) };
    return { month: month.slice(0, 7), received: m.received, resolved: m.resolved_early + m.resolved_on_time + m.resolved_late, resolvedLate: m.resolved_late, receivedOnline: m.received_online };
  });
  const ranking = children
    .map((c) => ({ agencyId: c.agency.id, name: c.agency.name, onTimeRate: c.figures.onTimeRate, received: c.figures.received, resolved: c.figures.resolved }))
    .sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || b.resolved - a.resolved || a.name.localeCompare(b.name, 'vi'));
  return { agency: tree.agencyOf(scope.id), path, from: query.from, to: query.to, figures: tree.figures(scope.id), documents, feedback, children, trend, ranking };
}

/** The dossiers behind a figure of an agency (its subtree) over the period. */
export async function drill(db: Queryable, principal: Principal, query: Period & { agencyId: number; measure: DrillMeasure; page?: number; pageSize?: number }) {
  checkPeriod(query);
  const scope = await scopedAgency(db, principal, query.agencyId);
  const pageSize = query.pageSize ?? 20;
  return repo.drill(db, scope.subtree, query.measure, query.from, query.to, pageSize, ((query.page ?? 1) - 1) * pageSize);
}

/** The service-quality index of an agency and of each agency below it. */
export async function quality(db: Queryable, principal: Principal, query: Period & { agencyId?: number }, cache: FiguresCache) {
  checkPeriod(query);
  const scope = await scopedAgency(db, principal, query.agencyId);
  return cache.get(`quality:${scope.id}:${query.from}:${query.to}`, new Set(scope.subtree), () => qualityReport(db, scope.id, query));
}

export async function qualityReport(db: Queryable, agencyId: number, period: Period) {
  const tree = await treeFigures(db, agencyId, period);
  return {
    agency: tree.agencyOf(agencyId), from: period.from, to: period.to, index: qualityIndex(tree.counters(agencyId)),
    children: tree.childrenOf(agencyId).map((id) => ({ agency: tree.agencyOf(id), index: qualityIndex(tree.counters(id)) }))
      .sort((a, b) => b.index.total - a.index.total || a.agency.name.localeCompare(b.agency.name, 'vi')),
  };
}

/**
 * The public page's index, as the national portal shows it: the province's and each agency's under it
 * (or under `agencyId`), for the period (by default the year so far). No dossier is listed.
 */
export async function publicQuality(db: Queryable, query: { agencyId?: number; from?: string; to?: string }, cache: FiguresCache) {
  const today = localDay(new Date());
  const period = { from: query.from ?? `${today.slice(0, 4)}-01-01`, to: query.to ?? today };
  checkPeriod(period);
  const root = query.agencyId ?? await repo.rootAgency(db);
  if (root === null) throw errors.agencyNotFound();
  if ((await repo.agencies(db, [root])).length === 0) throw errors.agencyNotFound();
  // Public and unauthenticated: one computation per agency and period serves everyone asking (any change makes it stale).
  return cache.get(`quality:${root}:${period.from}:${period.to}`, null, () => qualityReport(db, root, period));
}

function monthsBefore(month: string, n: number): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
function monthList(first: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => monthsBefore(first, -i));
}
