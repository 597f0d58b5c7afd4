import { describe, expect, it } from 'vitest';
import { contributions, delta, emptyCounters, figuresOf, indexRank, indicatorPoints, qualityIndex, resolutionTiming, splitPeriod, type DossierFacts } from './rules.js';

const at = (iso: string) => new Date(iso);
const base: DossierFacts = {
  receivingAgencyId: 7, channel: 'online', status: 'processing', outcome: null, receivedAt: at('2026-03-02T02:00:00Z'), dueAt: at('2026-03-09T10:00:00Z'),
  resolvedAt: null, returnedAt: null, supplementCount: 0, paymentStatus: 'none', paidAt: null, rating: null,
};
const flags = { paymentChannel: null, digitised: true };

describe('indicatorPoints (Decision 766: rate × max ÷ threshold below the threshold)', () => {
  it('scores full points at or above the threshold and proportionally below it', () => {
    expect(indicatorPoints(0.5, 12, 0.5)).toBe(12);
    expect(indicatorPoints(0.9, 12, 0.5)).toBe(12);
    expect(indicatorPoints(0.4, 12, 0.5)).toBe(9.6);
    expect(indicatorPoints(0.6, 10, 0.8)).toBe(7.5);
    expect(indicatorPoints(0, 18, 0.9)).toBe(0);
    expect(indicatorPoints(null, 20, 1)).toBe(20);
  });
});

describe('qualityIndex', () => {
  it('adds the six groups of a hand-computed case to 83.1 points (good)', () => {
    const c = { ...emptyCounters(), received: 20, received_online: 8, received_direct: 12, digitised: 16, resolved_early: 5, resolved_on_time: 3, resolved_late: 2,
      resolved_multi_supplement: 1, paid: 10, paid_online: 6, rated: 10, rated_unsatisfied: 1 };
    const index = qualityIndex(c);
    const group = (code: string) => index.groups.find((g) => g.code === code)!.points;
    expect(group('CKMB')).toBe(18);
    // 7 of 10 in time: one of the 8 resolved in time had two supplement requests.
    expect(group('TDGQ')).toBe(14);
    expect(group('CLGQ')).toBe(9.6);
    expect(group('TTTT')).toBe(7.5);
    // 100% − (30% late + 10% unsatisfied) = 60%, threshold 90%: 18 × 0.6 / 0.9.
    expect(group('MDHL')).toBe(12);
    expect(group('MDSH')).toBe(22);
    expect(index.total).toBe(83.1);
    expect(index.rank).toBe('good');
  });

  it('gives an agency with nothing to measure full points', () => {
    expect(qualityIndex(emptyCounters()).total).toBe(100);
  });

  it('bands totals as the national portal does', () => {
    expect([95, 85, 72, 50, 49.99].map(indexRank)).toEqual(['excellent', 'good', 'fair', 'average', 'weak']);
  });
});

describe('resolutionTiming', () => {
  it('is early on a day before the due day, on time up to the due instant, late after', () => {
    const due = at('2026-03-09T10:00:00Z'); // 17:00 local
    expect(resolutionTiming(at('2026-03-08T16:59:00Z'), due)).toBe('early'); // 23:59 local on the 8th
    expect(resolutionTiming(at('2026-03-08T17:00:00Z'), due)).toBe('on_time'); // 00:00 local on the 9th
    expect(resolutionTiming(due, due)).toBe('on_time');
    expect(resolutionTiming(at('2026-03-09T10:00:01Z'), due)).toBe('late');
  });
});

describe('contributions and delta', () => {
  it('counts a received dossier by its local reception day, and as pending by its local due day', () => {
    const c = contributions({ ...base, receivedAt: at('2026-03-01T18:00:00Z') }, flags);
    expect(c.rollup.map((r) => `${r.day} ${r.column}`)).toEqual(['2026-03-02 received', '2026-03-02 received_online', '2026-03-02 counted', '2026-03-02 digitised']);
    expect(c.pending).toEqual([{ agencyId: 7, dueDay: '2026-03-09' }]);
  });

  it('moves a dossier from pending to resolved late, and counts nothing twice', () => {
    const after = { ...base, status: 'result_ready', outcome: 'approved', resolvedAt: at('2026-03-10T01:00:00Z') };
    const d = delta(base, after, flags);
    expect(d.rollup).toEqual([{ agencyId: 7, day: '2026-03-10', column: 'resolved_late', n: 1 }]);
    expect(d.pending).toEqual([{ agencyId: 7, dueDay: '2026-03-09', n: -1 }]);
    expect(delta(after, after, flags)).toEqual({ rollup: [], pending: [] });
  });

  it('takes a withdrawn dossier out of what is carried over, and a supplement request pauses its deadline', () => {
    expect(delta(base, { ...base, status: 'withdrawn' }, flags).rollup).toEqual([{ agencyId: 7, day: '2026-03-02', column: 'counted', n: -1 }]);
    const paused = delta(base, { ...base, status: 'awaiting_supplement', supplementCount: 1 }, flags);
    expect(paused.rollup).toEqual([{ agencyId: 7, day: '2026-03-02', column: 'supplemented', n: 1 }]);
    expect(paused.pending).toEqual([{ agencyId: 7, dueDay: '2026-03-09', n: -1 }, { agencyId: 7, dueDay: 'infinity', n: 1 }]);
  });

  it('counts an online payment on its day', () => {
    const d = delta(base, { ...base, paymentStatus: 'paid', paidAt: at('2026-03-03T03:00:00Z') }, { paymentChannel: 'online', digitised: true });
    expect(d.rollup.map((r) => r.column)).toEqual(['paid', 'paid_online']);
  });
});

describe('splitPeriod', () => {
  it('reads whole months from monthly rows and the ends from daily rows', () => {
    expect(splitPeriod('2026-01-15', '2026-03-10')).toEqual({ months: ['2026-02-01', '2026-02-01'], days: [['2026-01-15', '2026-01-31'], ['2026-03-01', '2026-03-10']] });
    expect(splitPeriod('2026-01-01', '2026-12-31')).toEqual({ months: ['2026-01-01', '2026-12-01'], days: [] });
    expect(splitPeriod('2026-01-05', '2026-01-20')).toEqual({ months: null, days: [['2026-01-05', '2026-01-20']] });
    expect(splitPeriod('2025-12-01', '2026-01-01')).toEqual({ months: ['2025-12-01', '2025-12-01'], days: [['2026-01-01', '2026-01-01']] });
    expect(splitPeriod('2026-02-01', '2026-01-01')).toEqual({ months: null, days: [] });
  });
});

describe('figuresOf', () => {
  it('derives carried over, shares and pending within the deadline', () => {
    const f = figuresOf({ ...emptyCounters(), received: 4, received_online: 1, resolved_early: 1, resolved_late: 1, paid: 2, paid_online: 1 },
      { ...emptyCounters(), counted: 10, resolved_on_time: 6 }, { total: 5, overdue: 2 });
    expect(f).toMatchObject({ carriedOver: 4, resolved: 2, onTimeRate: 0.5, onlineShare: 0.25, paidOnlineShare: 0.5, pendingWithin: 3, pendingOverdue: 2 });
  });
});

describe('maturity scoring', async () => {
  const { computedPoints, finalPoints, rank } = await import('./maturity-rules.js');
  const shares = { online_share: 0.5, on_time_rate: 0.95, digitised_share: null, paid_online_share: 1.2, documents_signed_share: 0 };
  it('scores a computed criterion as its share of the maximum, none when nothing was measured', () => {
    expect(computedPoints('online_share', shares, 10)).toBe(5);
    expect(computedPoints('on_time_rate', shares, 15)).toBe(14.25);
    expect(computedPoints('digitised_share', shares, 10)).toBe(0);
    expect(computedPoints('paid_online_share', shares, 10)).toBe(10);
  });
  it("takes the province's review over the agency's own points", () => {
    expect(finalPoints({ measure: 'self' }, { selfPoints: 8, reviewedPoints: 6, computedPoints: null }, null)).toBe(6);
    expect(finalPoints({ measure: 'self' }, { selfPoints: 8, reviewedPoints: null, computedPoints: null }, null)).toBe(8);
    expect(finalPoints({ measure: 'self' }, undefined, null)).toBe(0);
    expect(finalPoints({ measure: 'online_share' }, { selfPoints: null, reviewedPoints: null, computedPoints: 4 }, 7)).toBe(4);
    expect(finalPoints({ measure: 'online_share' }, undefined, 7)).toBe(7);
  });
  it('ranks ties together', () => {
    expect(rank([{ total: 5 }, { total: 9 }, { total: 5 }, { total: 1 }]).map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });
});
