/**
 * Appointment slots: the opening periods of a day cut into slots of the counter's length; a slot that
 * does not fit before a period closes is not offered. Pure.
 */
export type Slot = { startsAt: Date; endsAt: Date };

export function slotsOf(periods: { start: Date; end: Date }[], slotMinutes: number): Slot[] {
  const length = slotMinutes * 60_000;
  const slots: Slot[] = [];
  for (const period of periods) {
    for (let t = period.start.getTime(); t + length <= period.end.getTime(); t += length) slots.push({ startsAt: new Date(t), endsAt: new Date(t + length) });
  }
  return slots;
}

/** Whether `at` starts one of the slots (a booking must name a real slot, not any minute). */
export const startsSlot = (slots: Slot[], at: Date) => slots.find((s) => s.startsAt.getTime() === at.getTime());

/** Appointment codes: 8 characters without look-alikes (0/O, 1/I), read out at the counter. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function appointmentCode(random: Uint8Array): string {
  return `LH-${Array.from(random.slice(0, 8), (b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}
