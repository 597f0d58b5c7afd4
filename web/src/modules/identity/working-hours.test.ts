import { describe, expect, it } from 'vitest';
import { formatWorkingHours, parseWorkingHours } from './working-hours';

describe('working hours text', () => {
  it('round-trips the usual two sessions', () => {
    const hours = parseWorkingHours('7:00-11:30, 13:30 – 17:00');
    expect(hours).toEqual([{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }]);
    expect(formatWorkingHours(hours as never)).toBe('07:00-11:30, 13:30-17:00');
  });

  it('reads blank as the default hours and rejects nonsense', () => {
    expect(parseWorkingHours('  ')).toBeNull();
    expect(parseWorkingHours('sáng 7 giờ')).toBe('invalid');
    expect(formatWorkingHours(null)).toBe('');
  });
});
