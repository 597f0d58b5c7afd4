import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-in-words.js';

describe('amountInWords', () => {
  it.each([
    [0, 'Không đồng'],
    [5, 'Năm đồng'],
    [15, 'Mười lăm đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [105, 'Một trăm linh năm đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [8000, 'Tám nghìn đồng'],
    [62_500, 'Sáu mươi hai nghìn năm trăm đồng'],
    [135_000, 'Một trăm ba mươi lăm nghìn đồng'],
    [200_000, 'Hai trăm nghìn đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [1_200_000, 'Một triệu hai trăm nghìn đồng'],
    [2_000_001, 'Hai triệu không trăm linh một đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
  ])('%i → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('refuses what is not an amount', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(1.5)).toThrow(RangeError);
  });
});
