/**
 * Maturity scoring, pure: what a computed criterion scores from the platform's figures, and a criterion's
 * final points (the province's review over the agency's own assessment).
 */
export const MATURITY_MEASURES = ['self', 'online_share', 'on_time_rate', 'digitised_share', 'paid_online_share', 'documents_signed_share'] as const;
export type MaturityMeasure = (typeof MATURITY_MEASURES)[number];

/** The shares a computed criterion reads, null when there was nothing to measure. */
export type MeasuredShares = Record<Exclude<MaturityMeasure, 'self'>, number | null>;

/** A computed criterion scores its share of its maximum (nothing measured: no points), to 0.01. */
export function computedPoints(measure: Exclude<MaturityMeasure, 'self'>, shares: MeasuredShares, maxPoints: number): number {
  const share = shares[measure];
  return share === null ? 0 : Math.round(Math.min(1, Math.max(0, share)) * maxPoints * 100) / 100;
}

/** A self-assessed criterion: the province's reviewed points when it adjusted them, else the agency's own, else none. */
export function finalPoints(c: { measure: MaturityMeasure }, s: { selfPoints: number | null; reviewedPoints: number | null; computedPoints: number | null } | undefined, computed: number | null): number {
  if (c.measure !== 'self') return s?.computedPoints ?? computed ?? 0;
  return s?.reviewedPoints ?? s?.selfPoints ?? 0;
}

/** Ranks by total, ties sharing a rank (1, 2, 2, 4). */
export function rank<T extends { total: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.total - a.total);
  return sorted.map((row) => ({ ...row, rank: sorted.findIndex((r) => r.total === row.total) + 1 }));
}
