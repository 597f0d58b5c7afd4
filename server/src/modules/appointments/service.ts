import { randomBytes } from 'node:crypto';
import type { ModuleDeps } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/db.js';
import { errors as platformErrors } from '../../platform/errors.js';
import { agenciesWithRole, type Principal, type UserPrincipal } from '../../platform/principal.js';
import { localDay } from '../../platform/time.js';
import { calendarFor } from '../calendar/index.js';
import { catalog } from '../catalog/index.js';
import { identity } from '../identity/index.js';
import { appointmentErrors as errors } from './errors.js';
import { appointmentRepository as repo, type Counter } from './repository.js';
import { appointmentCode, slotsOf, startsSlot } from './slots.js';

/** Announced for each appointment due within the day: notify reminds its holder. */
export const APPOINTMENT_REMINDER_DUE = 'appointment.reminder_due';

/** How far ahead a citizen may book, and how close to the slot. */
const BOOKING_DAYS_AHEAD = 30;
const BOOKING_LEAD_MINUTES = 30;

const dayBounds = (day: string) => ({ from: new Date(`${day}T00:00:00+07:00`), to: new Date(`${day}T24:00:00+07:00`) });

async function bookableProcedure(deps: ModuleDeps, procedureId: number) {
  const procedure = await catalog.procedureForDossier(deps.db, procedureId);
  if (!procedure || !procedure.published) throw errors.procedureUnavailable();
  return procedure;
}

/**
 * The slots of a day at the agency of a procedure, with the places left over all its active counters.
 * Only working days, only future slots at least half an hour ahead, and within the next thirty days.
 */
export async function slotsFor(deps: ModuleDeps, procedureId: number, day: string, now = new Date()) {
  const procedure = await bookableProcedure(deps, procedureId);
  const [calendar, counters, agency] = await Promise.all([
    calendarFor(deps.db, procedure.agencyId), repo.counters(deps.db, procedure.agencyId), identity.agencyProfile(deps.db, procedure.agencyId),
  ]);
  const { from, to } = dayBounds(day);
  const tooFar = from.getTime() > now.getTime() + BOOKING_DAYS_AHEAD * 86_400_000;
  const booked = await repo.bookedOn(deps.db, procedure.agencyId, from, to);
  const taken = new Map(booked.map((b) => [`${b.counterId}:${b.startsAt.getTime()}`, b.booked]));
  const places = new Map<number, { startsAt: Date; endsAt: Date; available: number }>();
  const earliest = now.getTime() + BOOKING_LEAD_MINUTES * 60_000;
  for (const counter of tooFar ? [] : counters) {
    for (const slot of slotsOf(calendar.periodsOf(day), counter.slotMinutes)) {
      if (slot.startsAt.getTime() < earliest) continue;
      const left = counter.capacity - (taken.get(`${counter.id}:${slot.startsAt.getTime()}`) ?? 0);
      const entry = places.get(slot.startsAt.getTime()) ?? { ...slot, available: 0 };
      entry.available += Math.max(0, left);
      places.set(slot.startsAt.getTime(), entry);
    }
  }
  return {
    day, agencyId: procedure.agencyId, agencyName: agency?.name ?? '', dayOff: calendar.dayOffReason(day), counters: counters.length,
    slots: [...places.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
  };
}

/**
 * Books a slot for the signed-in citizen at a counter with a place left. Each counter is locked while
 * its bookings are counted, so that its capacity holds under any number of concurrent bookings.
 */
export async function book(deps: ModuleDeps, user: UserPrincipal, input: { procedureId: number; startsAt: Date; phone?: string }, now = new Date()) {
  const procedure = await bookableProcedure(deps, input.procedureId);
  const day = localDay(input.startsAt);
  if (input.startsAt.getTime() < now.getTime() + BOOKING_LEAD_MINUTES * 60_000 || input.startsAt.getTime() > now.getTime() + BOOKING_DAYS_AHEAD * 86_400_000) throw errors.slotUnavailable();
  const calendar = await calendarFor(deps.db, procedure.agencyId);
  const counters = (await repo.counters(deps.db, procedure.agencyId)).filter((c) => startsSlot(slotsOf(calendar.periodsOf(day), c.slotMinutes), input.startsAt));
  if (counters.length === 0) throw errors.slotUnavailable();
  const profile = await identity.applicantProfile(deps.db, user.id);
  const { from, to } = dayBounds(day);
  for (let attempt = 0; ; attempt++) {
    try {
      const id = await deps.uow(user, async ({ tx, audit }) => {
        if (await repo.activeOfUserOnDay(tx, user.id, procedure.agencyId, from, to) > 0) throw errors.alreadyBooked();
        for (const counter of counters) {
          await repo.lockCounter(tx, counter.id);
          if (await repo.bookedAt(tx, counter.id, input.startsAt) >= counter.capacity) continue;
          const created = await repo.insert(tx, {
            code: appointmentCode(randomBytes(8)), agencyId: procedure.agencyId, counterId: counter.id, procedureId: procedure.id, userId: user.id,
            fullName: profile?.fullName ?? user.fullName, phone: input.phone ?? profile?.phone ?? null,
            startsAt: input.startsAt, endsAt: new Date(input.startsAt.getTime() + counter.slotMinutes * 60_000),
          });
          audit({ agencyId: procedure.agencyId, action: 'appointment.book', entity: 'appointment', entityId: created, data: { counterId: counter.id, startsAt: input.startsAt } });
          return created;
        }
        throw errors.slotFull();
      });
      return (await repo.get(deps.db, id))!;
    } catch (error) {
      // Two codes drawn alike (one in a billion): draw again.
      if (!isUniqueViolation(error) || attempt > 2) throw error;
    }
  }
}

export async function myAppointments(deps: ModuleDeps, user: UserPrincipal) {
  return repo.ofUser(deps.db, user.id);
}

export async function cancel(deps: ModuleDeps, user: UserPrincipal, id: number) {
  const appointment = await repo.get(deps.db, id);
  if (!appointment || appointment.userId !== user.id) throw errors.notFound();
  await deps.uow(user, async ({ tx, audit }) => {
    if (!(await repo.setStatus(tx, id, 'booked', 'cancelled'))) throw errors.notCancellable();
    audit({ agencyId: appointment.agencyId, action: 'appointment.cancel', entity: 'appointment', entityId: id });
  });
  return (await repo.get(deps.db, id))!;
}

// ---- at the one-stop unit ----

/** The desks of an agency are its reception officers'. */
function checkDesk(principal: Principal, agencyId: number) {
  if (!agenciesWithRole(principal, 'reception').includes(agencyId)) throw errors.notFound();
}

async function deskCounter(deps: ModuleDeps, principal: Principal, counterId: number): Promise<Counter> {
  const counter = await repo.counter(deps.db, counterId);
  if (!counter || !agenciesWithRole(principal, 'reception').includes(counter.agencyId)) throw errors.counterNotFound();
  return counter;
}

/** The counters an official works at (as reception), with their agency. */
export async function myCounters(deps: ModuleDeps, principal: Principal) {
  const agencies = agenciesWithRole(principal, 'reception');
  return (await Promise.all(agencies.map((a) => repo.counters(deps.db, a)))).flat();
}

/** An arrival: a queue ticket, for an appointment (checked in by its code) or for a walk-in. */
export async function issueTicket(deps: ModuleDeps, principal: Principal, input: { agencyId: number; appointmentCode?: string }, now = new Date()) {
  checkDesk(principal, input.agencyId);
  const day = localDay(now);
  const appointment = input.appointmentCode ? await repo.byCode(deps.db, input.appointmentCode.trim().toUpperCase()) : undefined;
  if (input.appointmentCode) {
    if (!appointment || appointment.agencyId !== input.agencyId) throw errors.notFound();
    if (localDay(appointment.startsAt) !== day) throw errors.notToday();
    if (appointment.status !== 'booked') throw errors.alreadyCheckedIn();
  }
  const number = await repo.nextTicketNumber(deps.db, input.agencyId, day);
  return deps.uow(principal, async ({ tx, audit }) => {
    if (appointment && !(await repo.setStatus(tx, appointment.id, 'booked', 'checked_in'))) throw errors.alreadyCheckedIn();
    const ticket = await repo.insertTicket(tx, { agencyId: input.agencyId, day, number, appointmentId: appointment?.id ?? null });
    audit({ agencyId: input.agencyId, action: 'queue.ticket', entity: 'queue_ticket', entityId: ticket.id, data: { number, appointment: appointment?.code ?? null } });
    return ticket;
  });
}

/** The counter calls the next number (those with an appointment first); the one it served is done. */
export async function callNext(deps: ModuleDeps, principal: Principal, counterId: number, now = new Date()) {
  const counter = await deskCounter(deps, principal, counterId);
  return deps.uow(principal, async ({ tx, audit }) => {
    const ticket = await repo.callNext(tx, counter, localDay(now));
    audit({ agencyId: counter.agencyId, action: 'queue.call', entity: 'reception_counter', entityId: counter.id, data: { number: ticket?.number ?? null } });
    return ticket ?? null;
  });
}

/** A counter's day: who has an appointment, who waits, which number it serves. */
export async function counterToday(deps: ModuleDeps, principal: Principal, counterId: number, now = new Date()) {
  const counter = await deskCounter(deps, principal, counterId);
  const day = localDay(now);
  const { from, to } = dayBounds(day);
  const [appointments, waiting, current] = await Promise.all([
    repo.ofAgencyBetween(deps.db, counter.agencyId, from, to), repo.waitingCount(deps.db, counter.agencyId, day), repo.currentOf(deps.db, counter.id),
  ]);
  return { counter, day, appointments, waiting, current: current ?? null };
}

/** The waiting room's screen: the numbers called lately and at which counter; no names. */
export async function queueScreen(deps: ModuleDeps, agencyId: number, now = new Date()) {
  const agency = await identity.agencyProfile(deps.db, agencyId);
  if (!agency) throw platformErrors.notFound();
  const day = localDay(now);
  const [called, waiting] = await Promise.all([repo.recentlyCalled(deps.db, agencyId, day, 8), repo.waitingCount(deps.db, agencyId, day)]);
  return { agencyName: agency.name, day, waiting, called: called.map((t) => ({ number: t.number, counterName: t.counterName ?? '', calledAt: t.calledAt! })) };
}

// ---- counters, for the agency's admin ----

async function checkAdmin(deps: ModuleDeps, principal: Principal, agencyId: number) {
  const admin = agenciesWithRole(principal, 'admin');
  if (admin.length === 0) throw platformErrors.forbidden();
  if (!(await identity.agencySubtree(deps.db, admin)).includes(agencyId)) throw errors.counterNotFound();
}

export async function countersOf(deps: ModuleDeps, principal: Principal, agencyId: number) {
  await checkAdmin(deps, principal, agencyId);
  return repo.counters(deps.db, agencyId, false);
}

export async function createCounter(deps: ModuleDeps, principal: Principal, input: { agencyId: number; name: string; capacity: number; slotMinutes: number }) {
  await checkAdmin(deps, principal, input.agencyId);
  try {
    return await deps.uow(principal, async ({ tx, audit }) => {
      const counter = await repo.insertCounter(tx, input);
      audit({ agencyId: input.agencyId, action: 'counter.create', entity: 'reception_counter', entityId: counter.id, data: { ...input } });
      return counter;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw errors.counterExists();
    throw error;
  }
}

export async function updateCounter(deps: ModuleDeps, principal: Principal, id: number, patch: { name?: string; capacity?: number; slotMinutes?: number; active?: boolean }) {
  const counter = await repo.counter(deps.db, id);
  if (!counter) throw errors.counterNotFound();
  await checkAdmin(deps, principal, counter.agencyId);
  try {
    return await deps.uow(principal, async ({ tx, audit }) => {
      const updated = (await repo.updateCounter(tx, id, patch))!;
      audit({ agencyId: counter.agencyId, action: 'counter.update', entity: 'reception_counter', entityId: id, data: { ...patch } });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw errors.counterExists();
    throw error;
  }
}

/** Claims the appointments of the next day not yet reminded, and announces each (notify sends the reminder). */
export async function remindUpcoming(deps: ModuleDeps, principal: Principal, now = new Date()): Promise<number> {
  return deps.uow(principal, async ({ tx, emit }) => {
    const due = await repo.claimReminders(tx, new Date(now.getTime() + 24 * 3_600_000));
    for (const a of due) {
      emit(APPOINTMENT_REMINDER_DUE, { appointmentId: a.id, userId: a.userId, code: a.code, startsAt: a.startsAt, fullName: a.fullName, phone: a.phone,
        procedureName: a.procedureName, counterName: a.counterName, agencyName: a.agencyName });
    }
    return due.length;
  });
}
