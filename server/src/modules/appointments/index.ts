/**
 * Appointments' public face: booking a slot at a reception counter, queue tickets on arrival, the
 * counter calling the next number, the waiting-room screen. Tables owned: reception_counters,
 * appointments, queue_tickets, queue_ticket_sequences. Reads catalog's procedure_directory and
 * identity's agency_directory views.
 */
import { sealTextColumn } from '../../platform/personal-data.js';
import { repeat } from '../../platform/repeat.js';
import { systemPrincipal } from '../../platform/principal.js';
import type { ModuleDeps } from '../../platform/context.js';
import { remindUpcoming } from './service.js';

export { appointmentRoutes } from './routes.js';
export { APPOINTMENT_REMINDER_DUE } from './service.js';

export const OWNED_TABLES = ['reception_counters', 'appointments', 'queue_tickets', 'queue_ticket_sequences'] as const;

/** Every ten minutes, the appointments of the next 24 hours are announced for their reminder (once each). */
export function startAppointmentReminders(deps: ModuleDeps, log: { error: (obj: unknown, msg: string) => void }): () => Promise<void> {
  const worker = repeat(async () => void (await remindUpcoming(deps, systemPrincipal('Nhắc lịch hẹn'))),
    { intervalMs: 10 * 60_000, firstDelayMs: 20_000, onError: (error) => log.error({ err: error }, 'appointment reminders failed') });
  return () => worker.stop();
}

/** Its personal data sealed at rest (platform/personal-data.ts): the booking's phone. */
export const appointmentPersonalData = [sealTextColumn('appointments', 'phone')];
