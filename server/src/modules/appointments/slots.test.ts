import { describe, expect, it } from 'vitest';
import { appointmentCode, slotsOf, startsSlot } from './slots.js';

const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00+07:00`);

describe('slotsOf', () => {
  it('cuts the opening periods into whole slots', () => {
    const slots = slotsOf([{ start: at('07:00'), end: at('11:30') }, { start: at('13:30'), end: at('17:00') }], 60);
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      at('07:00'), at('08:00'), at('09:00'), at('10:00'), at('13:30'), at('14:30'), at('15:30'),
    ].map((d) => d.toISOString()));
    expect(slotsOf([{ start: at('07:00'), end: at('11:30') }], 30)).toHaveLength(9);
    expect(slotsOf([], 30)).toEqual([]);
  });

  it('recognises a slot start and nothing else', () => {
    const slots = slotsOf([{ start: at('07:00'), end: at('11:30') }], 30);
    expect(startsSlot(slots, at('07:30'))).toBeDefined();
    expect(startsSlot(slots, at('07:45'))).toBeUndefined();
    expect(startsSlot(slots, at('11:30'))).toBeUndefined();
  });
});

describe('appointmentCode', () => {
  it('reads out without look-alike characters', () => {
    const code = appointmentCode(new Uint8Array([0, 1, 2, 3, 255, 254, 100, 31]));
    expect(code).toMatch(/^LH-[A-HJ-NP-Z2-9]{8}$/);
  });
});
