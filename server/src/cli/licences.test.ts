import { describe, expect, it } from 'vitest';
import { allowedExpression, checkLicences } from '../../../scripts/licences.js';

describe('the licence check (scripts/licences.ts)', () => {
  it('reads SPDX expressions: one side of an OR, every side of an AND', () => {
    expect(allowedExpression('MIT')).toBe(true);
    expect(allowedExpression('(BSD-3-Clause OR GPL-2.0)')).toBe(true);
    expect(allowedExpression('Apache-2.0 AND LGPL-3.0-or-later AND MIT')).toBe(true);
    expect(allowedExpression('MIT AND GPL-2.0-only')).toBe(false);
    expect(allowedExpression('GPL-2.0-only')).toBe(false);
    expect(allowedExpression('SSPL-1.0')).toBe(false);
    expect(allowedExpression('BUSL-1.1 OR (CC-BY-NC-4.0 AND MIT)')).toBe(false);
    expect(allowedExpression('UNLICENSED')).toBe(false);
    expect(allowedExpression('MIT/X11')).toBe(true);
    expect(allowedExpression('(MIT OR EUPL-1.1+)')).toBe(true);
  });

  it('finds every package of the lockfile under an allowed licence or reviewed', () => {
    const result = checkLicences();
    expect(result.count).toBeGreaterThan(500);
    expect(result.refused).toEqual([]);
    expect(result.unknown).toEqual([]);
  });
});
