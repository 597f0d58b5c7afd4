import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../platform/principal.js';
import { buildAgency, buildCitizen, buildOfficial, buildProcedure } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { calendarFor } from '../calendar/index.js';
import { remindUpcoming } from './service.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const expectError = (response: { status: number; body: any }, status: number, code: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
};

/** The next working day of an agency, at least two days ahead (its slots are all bookable). */
async function nextWorkingDay(agencyId: number): Promise<string> {
  const calendar = await calendarFor(t.db, agencyId);
  for (let days = 2; ; days++) {
    const day = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
    if (calendar.isWorkingDay(day)) return day;
  }
}

/** An agency of its own with one counter of `capacity` places per 30-minute slot, a procedure and its desk. */
async function oneCounterAgency(capacity: number) {
  const agency = await buildAgency(t);
  const procedure = await buildProcedure(t, agency.id);
  const admin = await buildOfficial(t, agency.id, 'admin');
  const counter = await admin.client.post('/api/admin/counters', { agencyId: agency.id, name: 'Quầy 1', capacity, slotMinutes: 30 });
  expect(counter.status, JSON.stringify(counter.body)).toBe(201);
  const desk = await buildOfficial(t, agency.id, 'reception');
  return { agency, procedure, counter: counter.body as { id: number }, desk, day: await nextWorkingDay(agency.id) };
}

describe('booking an appointment', () => {
  it('offers the working day\'s slots and gives exactly 3 places of a slot of capacity 3 to 20 citizens booking at once', async () => {
    const { procedure, day } = await oneCounterAgency(3);
    const anyone = t.client();
    const slots = (await anyone.get(`/api/appointments/slots?procedureId=${procedure.id}&day=${day}`)).body;
    expect(slots).toMatchObject({ day, dayOff: null, counters: 1 });
    // Default opening hours: 07:00–11:30 and 13:30–17:00, cut into 30-minute slots.
    expect(slots.slots).toHaveLength(16);
    expect(slots.slots[0]).toMatchObject({ startsAt: new Date(`${day}T07:00:00+07:00`).toISOString(), available: 3 });
    const startsAt = slots.slots[2].startsAt;

    const citizens = await Promise.all(Array.from({ length: 20 }, () => buildCitizen(t)));
    const answers = await Promise.all(citizens.map((c) => c.client.post('/api/appointments', { procedureId: procedure.id, startsAt })));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(3);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.code === 'SLOT_FULL')).toBe(true);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(17);
    const after = (await anyone.get(`/api/appointments/slots?procedureId=${procedure.id}&day=${day}`)).body;
    expect(after.slots[2].available).toBe(0);

    // A cancelled place is free again; the same citizen cannot hold two the same day.
    const holder = citizens[answers.findIndex((a) => a.status === 201)]!;
    const mine = (await holder.client.get('/api/my/appointments')).body.items[0];
    expect(mine).toMatchObject({ status: 'booked', counterName: 'Quầy 1', code: expect.stringMatching(/^LH-[A-Z2-9]{8}$/) });
    expectError(await holder.client.post('/api/appointments', { procedureId: procedure.id, startsAt: slots.slots[5].startsAt }), 409, 'ALREADY_BOOKED');
    expectError(await citizens[19]!.client.post(`/api/appointments/${mine.id}/cancel`), 404, 'APPOINTMENT_NOT_FOUND');
    expect((await holder.client.post(`/api/appointments/${mine.id}/cancel`)).body.status).toBe('cancelled');
    expect((await anyone.get(`/api/appointments/slots?procedureId=${procedure.id}&day=${day}`)).body.slots[2].available).toBe(1);
  });

  it('refuses what is not a slot: a weekend, another minute, the past, after 30 days', async () => {
    const { procedure, day } = await oneCounterAgency(2);
    const citizen = await buildCitizen(t);
    const saturday = (() => {
      for (let days = 2; ; days++) {
        const d = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000);
        if (d.getUTCDay() === 6) return d.toISOString().slice(0, 10);
      }
    })();
    expect((await t.client().get(`/api/appointments/slots?procedureId=${procedure.id}&day=${saturday}`)).body).toMatchObject({ dayOff: 'Thứ Bảy', slots: [] });
    for (const startsAt of [`${day}T07:10:00+07:00`, `${saturday}T08:00:00+07:00`, '2020-01-06T08:00:00+07:00', '2099-01-06T08:00:00+07:00']) {
      expectError(await citizen.client.post('/api/appointments', { procedureId: procedure.id, startsAt }), 400, 'SLOT_UNAVAILABLE');
    }
    expectError(await t.client().post('/api/appointments', { procedureId: procedure.id, startsAt: `${day}T08:00:00+07:00` }), 401, 'UNAUTHENTICATED');
  });
});

describe('at the one-stop unit', () => {
  it('gives a ticket on arrival (appointments first), calls the next number to the counter, and shows it on the public screen', async () => {
    const { agency, procedure, counter, desk } = await oneCounterAgency(2);
    const citizen = await buildCitizen(t);
    // An appointment today, written as if booked yesterday (a booking is never for the next half hour).
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const booked = await t.db.query<{ code: string }>(
      `INSERT INTO appointments (code, agency_id, counter_id, procedure_id, user_id, full_name, starts_at, ends_at, status)
       VALUES ('LH-TESTAB23', $1, $2, $3, $4, 'Công dân thử nghiệm', $5::timestamptz, $5::timestamptz + interval '30 minutes', 'booked') RETURNING code`,
      [agency.id, counter.id, procedure.id, citizen.id, `${today}T16:30:00+07:00`]);

    const walkIn = await desk.client.post('/api/queue/tickets', { agencyId: agency.id });
    expect(walkIn.status, JSON.stringify(walkIn.body)).toBe(201);
    const withAppointment = await desk.client.post('/api/queue/tickets', { agencyId: agency.id, appointmentCode: booked.rows[0]!.code.toLowerCase() });
    expect(withAppointment.body).toMatchObject({ number: walkIn.body.number + 1, status: 'waiting' });
    expectError(await desk.client.post('/api/queue/tickets', { agencyId: agency.id, appointmentCode: booked.rows[0]!.code }), 409, 'ALREADY_CHECKED_IN');
    // Another agency's desk sees neither the queue nor the counter.
    const otherDesk = await buildOfficial(t, (await buildAgency(t)).id, 'reception');
    expectError(await otherDesk.client.post('/api/queue/tickets', { agencyId: agency.id }), 404, 'APPOINTMENT_NOT_FOUND');
    expectError(await otherDesk.client.post(`/api/counters/${counter.id}/call-next`), 404, 'COUNTER_NOT_FOUND');

    const day = (await desk.client.get(`/api/counters/${counter.id}/today`)).body;
    expect(day).toMatchObject({ waiting: 2, current: null });
    expect(day.appointments.map((a: { code: string }) => a.code)).toContain('LH-TESTAB23');

    // The appointment is called before the walk-in who came first; then the walk-in; then nobody.
    expect((await desk.client.post(`/api/counters/${counter.id}/call-next`)).body.ticket).toMatchObject({ number: withAppointment.body.number, counterName: 'Quầy 1' });
    expect((await desk.client.post(`/api/counters/${counter.id}/call-next`)).body.ticket).toMatchObject({ number: walkIn.body.number });
    expect((await desk.client.post(`/api/counters/${counter.id}/call-next`)).body.ticket).toBeNull();
    const screen = (await t.client().get(`/api/public/agencies/${agency.id}/queue`)).body;
    expect(screen).toMatchObject({ waiting: 0, called: [{ number: walkIn.body.number, counterName: 'Quầy 1' }, { number: withAppointment.body.number }] });
    expect(JSON.stringify(screen)).not.toContain('Công dân');
  });

  it('announces each appointment of the next day once, for its reminder', async () => {
    const { procedure, day } = await oneCounterAgency(2);
    const citizen = await buildCitizen(t);
    const slot = (await t.client().get(`/api/appointments/slots?procedureId=${procedure.id}&day=${day}`)).body.slots[0].startsAt;
    const booked = await citizen.client.post('/api/appointments', { procedureId: procedure.id, startsAt: slot });
    const system = systemPrincipal('Nhắc lịch thử nghiệm');
    const dayBefore = new Date(new Date(slot).getTime() - 20 * 3_600_000);
    expect(await remindUpcoming(t.deps, system, dayBefore)).toBeGreaterThanOrEqual(1);
    expect(await remindUpcoming(t.deps, system, dayBefore)).toBe(0);
    await t.settle();
    const notes = (await citizen.client.get('/api/notifications')).body.items;
    expect(notes.find((n: { title: string }) => n.title.startsWith('Nhắc lịch hẹn'))?.body).toContain('Quầy 1');
    expect(booked.status).toBe(201);
  });
});

describe('counters, for the agency\'s admin', () => {
  it('lets the agency\'s admin add and change counters, and nobody else', async () => {
    const agency = await buildAgency(t);
    const admin = await buildOfficial(t, agency.id, 'admin');
    const otherAdmin = await buildOfficial(t, (await buildAgency(t)).id, 'admin');
    const created = await admin.client.post('/api/admin/counters', { agencyId: agency.id, name: 'Quầy ưu tiên', capacity: 1, slotMinutes: 15 });
    expectError(await admin.client.post('/api/admin/counters', { agencyId: agency.id, name: 'Quầy ưu tiên', capacity: 1, slotMinutes: 15 }), 409, 'COUNTER_EXISTS');
    expectError(await otherAdmin.client.post('/api/admin/counters', { agencyId: agency.id, name: 'Quầy lạ', capacity: 1, slotMinutes: 15 }), 404, 'COUNTER_NOT_FOUND');
    expectError(await otherAdmin.client.patch(`/api/admin/counters/${created.body.id}`, { active: false }), 404, 'COUNTER_NOT_FOUND');
    expect((await admin.client.patch(`/api/admin/counters/${created.body.id}`, { capacity: 4, active: false })).body).toMatchObject({ capacity: 4, active: false });
    expect((await admin.client.get(`/api/admin/counters?agencyId=${agency.id}`)).body.items).toHaveLength(1);
  });
});
