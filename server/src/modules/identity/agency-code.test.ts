import { describe, expect, it } from 'vitest';
import { agencyCodeLayout, agencyCodeRoot, isValidAgencyCode } from './agency-code.js';

describe('agency codes', () => {
  it('accepts the classic right-to-left layout', () => {
    expect(agencyCodeLayout('000.00.00.H56')).toBe('classic');
    expect(agencyCodeLayout('000.00.12.H56')).toBe('classic');
    expect(agencyCodeLayout('001.02.21.H37')).toBe('classic');
    expect(agencyCodeLayout('000.00.00.G12')).toBe('classic');
  });

  it('accepts the newer left-to-right layout', () => {
    expect(agencyCodeLayout('H01.151')).toBe('hierarchical');
    expect(agencyCodeLayout('H01.151.01')).toBe('hierarchical');
    expect(agencyCodeLayout('H15.50.05.13')).toBe('hierarchical');
  });

  it('rejects codes of neither layout', () => {
    for (const code of ['', 'H56', '000.00.00.Z56', '00.00.00.H56', '000.00.00.h56', 'H01-151', 'H01.', 'X01.151', '000.00.00.H5']) {
      expect(isValidAgencyCode(code), code).toBe(false);
    }
    expect(isValidAgencyCode('H01' + '.1234'.repeat(7))).toBe(false); // 38 characters
  });

  it('finds the level-1 unit in both layouts', () => {
    expect(agencyCodeRoot('000.00.12.H37')).toBe('H37');
    expect(agencyCodeRoot('H15.50.05.13')).toBe('H15');
    expect(agencyCodeRoot('nonsense')).toBeNull();
  });
});
