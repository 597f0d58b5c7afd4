import { describe, expect, it } from 'vitest';
import { computeFee, FeeInputMissing, scheduleProblems, type FeeSchedule } from './fees.js';

// Circular 226/2016/TT-BTC: certifying copies, 2.000 đồng a page for the first two, 1.000 after, at most 200.000 a copy.
const pages: FeeSchedule = {
  payWhen: 'before_reception', exemptions: [],
  lines: [{ code: 'CT', name: 'Phí chứng thực', kind: 'phi', legalBasis: 'TT 226/2016/TT-BTC', rule: {
    type: 'per_unit', field: 'so_trang', unit: 'trang', tiers: [{ upTo: 2, unitAmount: 2000 }, { upTo: null, unitAmount: 1000 }], maxAmount: 200_000,
  } }],
};

const land: FeeSchedule = {
  payWhen: 'before_result',
  exemptions: [{ category: 'ho_ngheo', label: 'Hộ nghèo', percent: 100 }, { category: 'nguoi_co_cong', label: 'Người có công', percent: 50 }],
  lines: [
    { code: 'TD', name: 'Phí thẩm định hồ sơ', kind: 'phi', legalBasis: 'NQ HĐND', rule: {
      type: 'band', field: 'dien_tich', unit: 'm²', bands: [{ upTo: 500, amount: 100_000 }, { upTo: 1000, amount: 200_000 }, { upTo: null, amount: 300_000 }],
    } },
    { code: 'LP', name: 'Lệ phí cấp giấy chứng nhận', kind: 'le_phi', legalBasis: 'NQ HĐND', rule: { type: 'fixed', amount: 25_000 } },
  ],
};

describe('computeFee', () => {
  it('prices units by tier and caps the amount', () => {
    expect(computeFee(pages, { so_trang: '1' }).total).toBe(2000);
    expect(computeFee(pages, { so_trang: '2' }).total).toBe(4000);
    expect(computeFee(pages, { so_trang: '5' }).total).toBe(7000);
    expect(computeFee(pages, { so_trang: '5' }).lines[0]!.basis).toBe('2 trang × 2.000 đồng + 3 trang × 1.000 đồng');
    // A part of a page counts as a page.
    expect(computeFee(pages, { so_trang: '2,5' }).total).toBe(5000);
    expect(computeFee(pages, { so_trang: '1000' })).toMatchObject({ total: 200_000 });
    expect(computeFee(pages, { so_trang: '0' }).total).toBe(0);
  });

  it('picks the band a quantity falls in, the upper bound included', () => {
    const at = (area: string) => computeFee(land, { dien_tich: area }).lines[0]!.amount;
    expect([at('120'), at('500'), at('500,1'), at('1000'), at('1001')]).toEqual([100_000, 100_000, 200_000, 200_000, 300_000]);
    expect(computeFee(land, { dien_tich: '750' }).lines[0]!.basis).toBe('750 m² (mức trên 500 đến 1.000 m²)');
    expect(computeFee(land, { dien_tich: '750' })).toMatchObject({ subtotal: 225_000, discount: 0, total: 225_000, exemption: null, payWhen: 'before_result' });
  });

  it('reduces every line for an exempted category, rounded to the đồng, and ignores unknown categories', () => {
    expect(computeFee(land, { dien_tich: '100' }, 'nguoi_co_cong')).toMatchObject({ subtotal: 125_000, discount: 62_500, total: 62_500 });
    expect(computeFee(land, { dien_tich: '100' }, 'ho_ngheo')).toMatchObject({ total: 0, exemption: { label: 'Hộ nghèo' } });
    expect(computeFee(land, { dien_tich: '100' }, 'khong_co')).toMatchObject({ total: 125_000, exemption: null });
    const odd: FeeSchedule = { ...land, exemptions: [{ category: 'x', label: 'X', percent: 33 }], lines: [land.lines[1]!] };
    expect(computeFee(odd, {}, 'x')).toMatchObject({ discount: 8250, total: 16_750 });
    const third: FeeSchedule = { ...odd, lines: [{ ...land.lines[1]!, rule: { type: 'fixed', amount: 10_001 } }] };
    expect(computeFee(third, {}, 'x')).toMatchObject({ discount: 3300, total: 6701 });
  });

  it('names the quantity it needs when the e-form lacks it', () => {
    expect(() => computeFee(land, {})).toThrow(FeeInputMissing);
    expect(() => computeFee(pages, { so_trang: 'nhiều' })).toThrow(FeeInputMissing);
  });

  it('owes nothing when there are no lines', () => {
    expect(computeFee({ lines: [], exemptions: [], payWhen: 'before_reception' }, {})).toMatchObject({ total: 0, lines: [] });
  });
});

describe('scheduleProblems', () => {
  const fields = [{ name: 'so_trang', type: 'number' }, { name: 'dien_tich', type: 'number' }, { name: 'ghi_chu', type: 'text' }];
  it('accepts sound schedules', () => {
    expect(scheduleProblems(pages, fields)).toEqual([]);
    expect(scheduleProblems(land, fields)).toEqual([]);
  });
  it('refuses quantities from missing or non-number fields, unordered or bounded-last tiers, duplicate codes', () => {
    const bad: FeeSchedule = {
      payWhen: 'before_reception', exemptions: [{ category: 'a', label: 'A', percent: 50 }, { category: 'a', label: 'A', percent: 10 }],
      lines: [
        { ...pages.lines[0]!, rule: { type: 'per_unit', field: 'ghi_chu', unit: 'trang', tiers: [{ upTo: 5, unitAmount: 1 }, { upTo: 3, unitAmount: 1 }] } },
        { ...pages.lines[0]!, rule: { type: 'band', field: 'khong_co', unit: 'm²', bands: [] } },
      ],
    };
    const problems = scheduleProblems(bad, fields);
    expect(problems).toHaveLength(7);
    expect(problems.join(' ')).toContain('trường "ghi_chu" không phải trường số');
  });
});
