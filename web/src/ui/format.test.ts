import { describe, expect, it } from 'vitest';
import { formatDate, formatDays, formatVnd, provinceToday } from './format';
import { interpolate } from '../i18n/interpolate';

describe('formatting for Vietnamese users', () => {
  it('writes money in VND with dots between thousands', () => {
    expect(formatVnd(8000)).toBe('8.000 đ');
    expect(formatVnd(1200000)).toBe('1.200.000 đ');
    expect(formatVnd(0)).toBe('0 đ');
  });

  it('writes dates as dd/MM/yyyy', () => {
    expect(formatDate('2026-02-17')).toBe('17/02/2026');
    expect(formatDate(null)).toBe('');
  });

  it('counts today as Vietnam does, whatever the browser\'s time zone', () => {
    expect(provinceToday(new Date('2026-12-07T16:59:00Z')).format('YYYY-MM-DD')).toBe('2026-12-07');
    expect(provinceToday(new Date('2026-12-07T17:00:00Z')).format('YYYY-MM-DD')).toBe('2026-12-08');
    expect(provinceToday(new Date('2026-12-31T18:30:00Z')).startOf('year').format('YYYY-MM-DD')).toBe('2027-01-01');
  });

  it('writes half days with a decimal comma', () => {
    expect(formatDays(0.5)).toBe('0,5');
    expect(formatDays(15)).toBe('15');
  });

  it('fills message variables and leaves unknown ones visible', () => {
    expect(interpolate('{total} thủ tục', { total: 3 })).toBe('3 thủ tục');
    expect(interpolate('{x} và {y}', { x: 1 })).toBe('1 và {y}');
  });
});
