import { localDay } from '../../platform/time.js';

/**
 * The operations center's rules, pure: which rollup counters a dossier contributes to, how a period is
 * read from daily and monthly rows, the figures derived from the counters, and the Decision 766
 * service-quality index (../shared/STANDARDS.md).
 */

/** The counters of ops_rollups, per agency and day (or month). */
export const ROLLUP_COLUMNS = [
  'received', 'received_online', 'received_direct', 'counted', 'digitised', 'supplemented',
  'resolved_early', 'resolved_on_time', 'resolved_late', 'resolved_multi_supplement',
  'paid', 'paid_online', 'rated', 'rated_unsatisfied',
] as const;
export type RollupColumn = (typeof ROLLUP_COLUMNS)[number];
export type Counters = Record<RollupColumn, number>;
export const emptyCounters = (): Counters => Object.fromEntries(ROLLUP_COLUMNS.map((c) => [c, 0])) as Counters;

/** What a dossier's statistics depend on (a row of the dossier_statistics view, or a dossier in a transition). */
export type DossierFacts = {
  receivingAgencyId: number;
  channel: 'online' | 'counter' | 'post';
  status: string;
  outcome: string | null;
  receivedAt: Date | null;
  dueAt: Date | null;
  resolvedAt: Date | null;
  returnedAt: Date | null;
  supplementCount: number;
  paymentStatus: string;
  paidAt: Date | null;
  rating: string | null;
};
export type FactFlags = { paymentChannel: 'online' | 'counter' | null; digitised: boolean };

/** The clock stopped while awaiting a supplement: such a dossier is never past its deadline. */
export const PAUSED_DUE_DAY = 'infinity';

export type ResolutionTiming = 'early' | 'on_time' | 'late';

/**
 * The tracking book's classification (as the dossiers module's form 07): early when finished on a local
 * day before the due day, on time up to the due instant, late after it.
 */
export function resolutionTiming(resolvedAt: Date, dueAt: Date): ResolutionTiming {
  if (resolvedAt > dueAt) return 'late';
  return localDay(resolvedAt) < localDay(dueAt) ? 'early' : 'on_time';
}

export type Contribution = { agencyId: number; day: string; column: RollupColumn };
export type PendingContribution = { agencyId: number; dueDay: string };

/** The counters a dossier in this state adds to, each by 1. */
export function contributions(d: DossierFacts, flags: FactFlags): { rollup: Contribution[]; pending: PendingContribution[] } {
  const agencyId = d.receivingAgencyId;
  const rollup: Contribution[] = [];
  const pending: PendingContribution[] = [];
  const add = (at: Date, column: RollupColumn) => rollup.push({ agencyId, day: localDay(at), column });
  if (d.receivedAt) {
    add(d.receivedAt, 'received');
    add(d.receivedAt, d.channel === 'online' ? 'received_online' : 'received_direct');
    if (d.status !== 'withdrawn' && d.status !== 'stopped') add(d.receivedAt, 'counted');
    if (flags.digitised) add(d.receivedAt, 'digitised');
    if (d.supplementCount > 0) add(d.receivedAt, 'supplemented');
    if (d.outcome && d.resolvedAt && d.dueAt) {
      const timing = resolutionTiming(d.resolvedAt, d.dueAt);
      add(d.resolvedAt, `resolved_${timing}`);
      if (timing !== 'late' && d.supplementCount > 1) add(d.resolvedAt, 'resolved_multi_supplement');
    }
    if ((d.status === 'received' || d.status === 'processing') && d.dueAt) pending.push({ agencyId, dueDay: localDay(d.dueAt) });
    if (d.status === 'awaiting_supplement') pending.push({ agencyId, dueDay: PAUSED_DUE_DAY });
  }
  if (d.paymentStatus === 'paid' && d.paidAt) {
    add(d.paidAt, 'paid');
    if (flags.paymentChannel === 'online') add(d.paidAt, 'paid_online');
  }
  if (d.rating && d.returnedAt) {
    add(d.returnedAt, 'rated');
    if (d.rating === 'unsatisfied') add(d.returnedAt, 'rated_unsatisfied');
  }
  return { rollup, pending };
}

/** What a change adds to and takes from the counters: after minus before, zero entries left out. */
export function delta(before: DossierFacts, after: DossierFacts, flags: FactFlags) {
  const rollup = new Map<string, number>();
  const pending = new Map<string, number>();
  const apply = (facts: DossierFacts, sign: 1 | -1) => {
    const c = contributions(facts, flags);
    for (const r of c.rollup) {
      const key = `${r.agencyId}|${r.day}|${r.column}`;
      rollup.set(key, (rollup.get(key) ?? 0) + sign);
    }
    for (const p of c.pending) {
      const key = `${p.agencyId}|${p.dueDay}`;
      pending.set(key, (pending.get(key) ?? 0) + sign);
    }
  };
  apply(after, 1);
  apply(before, -1);
  return {
    // Sorted, so that concurrent changes lock the rows they share in the same order.
    rollup: [...rollup].filter(([, n]) => n !== 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => {
      const [agencyId, day, column] = key.split('|');
      return { agencyId: Number(agencyId), day: day!, column: column as RollupColumn, n };
    }),
    pending: [...pending].filter(([, n]) => n !== 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => {
      const [agencyId, dueDay] = key.split('|');
      return { agencyId: Number(agencyId), dueDay: dueDay!, n };
    }),
  };
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (day: string) => {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};
export const previousDay = (day: string) => addDays(day, -1);

/**
 * A period of local days read from whole months where it covers them and single days at its ends:
 * `months` the first days of the whole months (inclusive range), `days` the day ranges left over.
 */
export function splitPeriod(from: string, to: string): { months: [string, string] | null; days: [string, string][] } {
  if (from > to) return { months: null, days: [] };
  const firstWhole = from === monthStart(from) ? from : nextMonth(from);
  const afterTo = addDays(to, 1);
  const lastWholeEnd = monthStart(afterTo); // whole months end before the month `to + 1` falls in
  if (firstWhole >= lastWholeEnd) return { months: null, days: [[from, to]] };
  const days: [string, string][] = [];
  if (from < firstWhole) days.push([from, addDays(firstWhole, -1)]);
  if (lastWholeEnd <= to) days.push([lastWholeEnd, to]);
  return { months: [firstWhole, monthStart(addDays(lastWholeEnd, -1))], days };
}

/** The dashboard's figures of an agency (its subtree) over a period, from its counters. */
export type Figures = {
  received: number; receivedOnline: number; receivedDirect: number; carriedOver: number;
  resolved: number; resolvedEarly: number; resolvedOnTime: number; resolvedLate: number;
  pending: number; pendingWithin: number; pendingOverdue: number;
  onlineShare: number | null; paid: number; paidOnline: number; paidOnlineShare: number | null;
  onTimeRate: number | null; rated: number; ratedUnsatisfied: number; satisfaction: number | null;
  supplemented: number; digitised: number;
};

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * `period`: the counters over the period; `before`: over every day before it (carried over = received
 * before and neither resolved, withdrawn nor stopped before the period); `pending`: now.
 */
export function figuresOf(period: Counters, before: Pick<Counters, 'counted' | 'resolved_early' | 'resolved_on_time' | 'resolved_late'>, pending: { total: number; overdue: number }): Figures {
  const resolved = period.resolved_early + period.resolved_on_time + period.resolved_late;
  return {
    received: period.received, receivedOnline: period.received_online, receivedDirect: period.received_direct,
    carriedOver: before.counted - before.resolved_early - before.resolved_on_time - before.resolved_late,
    resolved, resolvedEarly: period.resolved_early, resolvedOnTime: period.resolved_on_time, resolvedLate: period.resolved_late,
    pending: pending.total, pendingWithin: pending.total - pending.overdue, pendingOverdue: pending.overdue,
    onlineShare: share(period.received_online, period.received),
    paid: period.paid, paidOnline: period.paid_online, paidOnlineShare: share(period.paid_online, period.paid),
    onTimeRate: share(period.resolved_early + period.resolved_on_time, resolved),
    rated: period.rated, ratedUnsatisfied: period.rated_unsatisfied,
    satisfaction: period.rated === 0 ? null : 1 - period.rated_unsatisfied / period.rated,
    supplemented: period.supplemented, digitised: period.digitised,
  };
}

export const addCounters = (a: Counters, b: Counters): Counters =>
  Object.fromEntries(ROLLUP_COLUMNS.map((c) => [c, a[c] + b[c]])) as Counters;

// ---- Decision 766/QĐ-TTg: the service-quality index ----

export type IndexGroup = 'CKMB' | 'TDGQ' | 'CLGQ' | 'TTTT' | 'MDHL' | 'MDSH';
/** A measured indicator: a rate (numerator over denominator) scored against its threshold. */
export type Indicator = {
  code: string; group: IndexGroup; name: string; maxPoints: number; threshold: number;
  numerator: number; denominator: number; rate: number | null; points: number;
  /** The drill-down lists of dossiers behind the numerator and the denominator. */
  numeratorMeasure: DrillMeasure | null; denominatorMeasure: DrillMeasure | null;
};
export type QualityIndex = { total: number; maxTotal: number; groups: { code: IndexGroup; name: string; maxPoints: number; points: number }[]; indicators: Indicator[]; rank: IndexRank };
export type IndexRank = 'excellent' | 'good' | 'fair' | 'average' | 'weak';

export const INDEX_GROUPS: { code: IndexGroup; name: string; maxPoints: number }[] = [
  { code: 'CKMB', name: 'Công khai, minh bạch', maxPoints: 18 },
  { code: 'TDGQ', name: 'Tiến độ giải quyết', maxPoints: 20 },
  { code: 'CLGQ', name: 'Dịch vụ công trực tuyến', maxPoints: 12 },
  { code: 'TTTT', name: 'Thanh toán trực tuyến', maxPoints: 10 },
  { code: 'MDHL', name: 'Mức độ hài lòng', maxPoints: 18 },
  { code: 'MDSH', name: 'Số hóa hồ sơ', maxPoints: 22 },
];

/**
 * STANDARDS.md: below its threshold an indicator scores rate × max points ÷ threshold; at or above it,
 * full points. No dossier to measure (0 of 0): full points, as nothing was done badly. Rounded to 0.01.
 */
export function indicatorPoints(rate: number | null, maxPoints: number, threshold: number): number {
  if (rate === null) return maxPoints;
  const points = rate >= threshold ? maxPoints : (Math.max(0, rate) * maxPoints) / threshold;
  return Math.round(points * 100) / 100;
}

/** The drill-down lists, each a set of dossiers of an agency subtree and period. */
export const DRILL_MEASURES = [
  'received', 'received_online', 'received_direct', 'carried_over', 'resolved', 'resolved_early', 'resolved_on_time', 'resolved_late',
  'resolved_in_time_for_index', 'pending', 'pending_within', 'pending_overdue', 'supplemented', 'digitised', 'paid', 'paid_online',
  'rated', 'rated_unsatisfied',
] as const;
export type DrillMeasure = (typeof DRILL_MEASURES)[number];

function indicator(code: string, group: IndexGroup, name: string, maxPoints: number, threshold: number, numerator: number, denominator: number,
  numeratorMeasure: DrillMeasure | null, denominatorMeasure: DrillMeasure | null): Indicator {
  const rate = denominator === 0 ? null : numerator / denominator;
  return { code, group, name, maxPoints, threshold, numerator, denominator, rate, points: indicatorPoints(rate, maxPoints, threshold), numeratorMeasure, denominatorMeasure };
}

/**
 * The index of an agency (subtree) over a period, from its counters. Measured on the platform's own
 * dossiers; where the decision measures something the platform has no data of yet (publication on the
 * national portal, procedures offered online, complaints), the indicator measures what the platform
 * holds of it, as noted on each.
 */
export function qualityIndex(c: Counters): QualityIndex {
  const resolved = c.resolved_early + c.resolved_on_time + c.resolved_late;
  // More than one supplement request counts a dossier as late (STANDARDS.md, Deadlines).
  const inTime = c.resolved_early + c.resolved_on_time - c.resolved_multi_supplement;
  // Satisfaction = 100% − (late rate + rate of dislike); full points at ≥ 90%.
  const late = resolved - inTime;
  const dislikeRate = c.rated === 0 ? 0 : c.rated_unsatisfied / c.rated;
  const satisfaction = resolved === 0 && c.rated === 0 ? null : Math.max(0, 1 - (resolved === 0 ? 0 : late / resolved) - dislikeRate);
  const indicators: Indicator[] = [
    // Publication: every dossier received is followed on the public lookup from reception (its code and status).
    indicator('CKMB.1', 'CKMB', 'Hồ sơ được công khai tiến độ trên cổng tra cứu', 18, 1, c.received, c.received, 'received', 'received'),
    indicator('TDGQ.1', 'TDGQ', 'Hồ sơ giải quyết đúng hạn (quá một lần bổ sung tính là trễ hạn)', 20, 1, inTime, resolved, 'resolved_in_time_for_index', 'resolved'),
    indicator('CLGQ.1', 'CLGQ', 'Hồ sơ nộp trực tuyến', 12, 0.5, c.received_online, c.received, 'received_online', 'received'),
    indicator('TTTT.1', 'TTTT', 'Hồ sơ có phí được thanh toán trực tuyến', 10, 0.8, c.paid_online, c.paid, 'paid_online', 'paid'),
    {
      code: 'MDHL.1', group: 'MDHL', name: 'Mức độ hài lòng = 100% − (tỉ lệ trễ hạn + tỉ lệ không hài lòng)', maxPoints: 18, threshold: 0.9,
      numerator: c.rated - c.rated_unsatisfied, denominator: c.rated, rate: satisfaction, points: indicatorPoints(satisfaction, 18, 0.9),
      numeratorMeasure: 'resolved_late', denominatorMeasure: 'rated_unsatisfied',
    },
    indicator('MDSH.1', 'MDSH', 'Hồ sơ được số hóa khi tiếp nhận', 11, 0.8, c.digitised, c.received, 'digitised', 'received'),
    // Every result issued on the platform is an electronic (digitally signed) document.
    indicator('MDSH.2', 'MDSH', 'Kết quả giải quyết điện tử', 11, 0.8, resolved, resolved, 'resolved', 'resolved'),
  ];
  const groups = INDEX_GROUPS.map((g) => ({ ...g, points: Math.round(indicators.filter((i) => i.group === g.code).reduce((s, i) => s + i.points, 0) * 100) / 100 }));
  const total = Math.round(groups.reduce((s, g) => s + g.points, 0) * 100) / 100;
  return { total, maxTotal: 100, groups, indicators, rank: indexRank(total) };
}

/** The national portal's bands: ≥ 90 excellent, ≥ 80 good, ≥ 70 fair, ≥ 50 average, below weak. [U: configurable] */
export function indexRank(total: number): IndexRank {
  if (total >= 90) return 'excellent';
  if (total >= 80) return 'good';
  if (total >= 70) return 'fair';
  if (total >= 50) return 'average';
  return 'weak';
}
