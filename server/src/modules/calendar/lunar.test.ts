import { describe, expect, it } from 'vitest';
import { lunarToSolar, solarToLunar } from './lunar.js';

const tet = (year: number) => lunarToSolar({ day: 1, month: 1, year, leap: false });

describe('Vietnamese lunar calendar', () => {
  it('puts Tết on the known dates', () => {
    expect(tet(2025)).toEqual({ day: 29, month: 1, year: 2025 });
    expect(tet(2026)).toEqual({ day: 17, month: 2, year: 2026 });
    expect(tet(2027)).toEqual({ day: 6, month: 2, year: 2027 });
    expect(tet(2024)).toEqual({ day: 10, month: 2, year: 2024 });
  });

  it('follows UTC+7 where Việt Nam and China differ', () => {
    expect(tet(1985)).toEqual({ day: 21, month: 1, year: 1985 }); // China: 20/02/1985
    expect(tet(2007)).toEqual({ day: 17, month: 2, year: 2007 }); // China: 18/02/2007
    expect(lunarToSolar({ day: 1, month: 1, year: 1985, leap: false }, 8)).toEqual({ day: 20, month: 2, year: 1985 });
  });

  it('places Hùng Kings\' day (lunar 10/3)', () => {
    const hung = (year: number) => lunarToSolar({ day: 10, month: 3, year, leap: false });
    expect(hung(2025)).toEqual({ day: 7, month: 4, year: 2025 });
    expect(hung(2026)).toEqual({ day: 26, month: 4, year: 2026 });
    expect(hung(2024)).toEqual({ day: 18, month: 4, year: 2024 });
  });

  it('converts solar to lunar, including a leap month', () => {
    expect(solarToLunar({ day: 17, month: 2, year: 2026 })).toEqual({ day: 1, month: 1, year: 2026, leap: false });
    expect(solarToLunar({ day: 16, month: 2, year: 2026 })).toMatchObject({ month: 12, year: 2025 });
    // 2025 has a leap 6th month (25/07/2025 – 22/08/2025).
    expect(solarToLunar({ day: 25, month: 7, year: 2025 })).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toEqual({ day: 25, month: 7, year: 2025 });
    expect(lunarToSolar({ day: 1, month: 5, year: 2025, leap: true })).toBeNull();
  });

  it('round-trips every day of several years', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const solar = { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
      expect(lunarToSolar(solarToLunar(solar))).toEqual(solar);
    }
  });
});
