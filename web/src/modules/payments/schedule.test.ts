import { describe, expect, it } from 'vitest';
import { describeRule } from './schedule';

describe('describeRule', () => {
  it('prints fixed, per-unit and banded fees the Vietnamese way', () => {
    expect(describeRule({ type: 'fixed', amount: 200000 })).toBe('200.000 đ');
    expect(describeRule({ type: 'per_unit', field: 'so_ban', unit: 'bản', tiers: [{ upTo: null, unitAmount: 8000 }] })).toBe('8.000 đ/bản');
    expect(describeRule({ type: 'per_unit', field: 'so_trang', unit: 'trang', tiers: [{ upTo: 2, unitAmount: 2000 }, { upTo: null, unitAmount: 1000 }], maxAmount: 200000 }))
      .toBe('2.000 đ/trang cho 2 trang đầu; 1.000 đ/trang từ trang thứ 3; tối đa 200.000 đ');
    expect(describeRule({ type: 'band', field: 'dien_tich', unit: 'm²', bands: [{ upTo: 500, amount: 100000 }, { upTo: 1000, amount: 200000 }, { upTo: null, amount: 300000 }] }))
      .toBe('đến 500 m²: 100.000 đ; trên 500 đến 1.000 m²: 200.000 đ; trên 1.000 m²: 300.000 đ');
  });
});
