import type { Queryable, Tx } from '../../platform/db.js';
import { seal } from '../../platform/personal-data.js';

export type Counter = { id: number; agencyId: number; name: string; capacity: number; slotMinutes: number; active: boolean };
export type AppointmentStatus = 'booked' | 'checked_in' | 'cancelled';
export type Appointment = {
  id: number; code: string; agencyId: number; agencyName: string; counterId: number; counterName: string; procedureId: number; procedureName: string;
  userId: number | null; fullName: string; phone: string | null; startsAt: Date; endsAt: Date; status: AppointmentStatus; ticketNumber: number | null; createdAt: Date;
};
export type Ticket = { id: number; agencyId: number; day: string; number: number; appointmentId: number | null; status: 'waiting' | 'called' | 'served'; counterId: number | null; counterName: string | null; issuedAt: Date; calledAt: Date | null };

const counterColumns = 'id, agency_id AS "agencyId", name, capacity, slot_minutes AS "slotMinutes", active';
const appointmentSelect = `SELECT a.id, a.code, a.agency_id AS "agencyId", g.name AS "agencyName", a.counter_id AS "counterId", c.name AS "counterName",
    a.procedure_id AS "procedureId", p.name AS "procedureName", a.user_id AS "userId", a.full_name AS "fullName", a.phone,
    a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.status, t.number AS "ticketNumber", a.created_at AS "createdAt"
  FROM appointments a JOIN reception_counters c ON c.id = a.counter_id JOIN agency_directory g ON g.id = a.agency_id
  JOIN procedure_directory p ON p.id = a.procedure_id LEFT JOIN queue_tickets t ON t.appointment_id = a.id`;
const ticketSelect = `SELECT t.id, t.agency_id AS "agencyId", to_char(t.day, 'YYYY-MM-DD') AS day, t.number, t.appointment_id AS "appointmentId", t.status,
    t.counter_id AS "counterId", c.name AS "counterName", t.issued_at AS "issuedAt", t.called_at AS "calledAt"
  FROM queue_tickets t LEFT JOIN reception_counters c ON c.id = t.counter_id`;

export const appointmentRepository = {
  async counters(db: Queryable, agencyId: number, activeOnly = true): Promise<Counter[]> {
    return (await db.query<Counter>(`SELECT ${counterColumns} FROM reception_counters WHERE agency_id = $1 AND (active OR NOT $2) ORDER BY name`, [agencyId, activeOnly])).rows;
  },

  async counter(db: Queryable, id: number): Promise<Counter | undefined> {
    return (await db.query<Counter>(`SELECT ${counterColumns} FROM reception_counters WHERE id = $1`, [id])).rows[0];
  },

  async insertCounter(tx: Tx, c: Omit<Counter, 'id' | 'active'>): Promise<Counter> {
    return (await tx.query<Counter>(`INSERT INTO reception_counters (agency_id, name, capacity, slot_minutes) VALUES ($1, $2, $3, $4) RETURNING ${counterColumns}`,
      [c.agencyId, c.name, c.capacity, c.slotMinutes])).rows[0]!;
  },

  async updateCounter(tx: Tx, id: number, patch: Partial<Pick<Counter, 'name' | 'capacity' | 'slotMinutes' | 'active'>>): Promise<Counter | undefined> {
    return (await tx.query<Counter>(
      `UPDATE reception_counters SET name = coalesce($2, name), capacity = coalesce($3, capacity), slot_minutes = coalesce($4, slot_minutes), active = coalesce($5, active)
        WHERE id = $1 RETURNING ${counterColumns}`, [id, patch.name ?? null, patch.capacity ?? null, patch.slotMinutes ?? null, patch.active ?? null])).rows[0];
  },

  /** Bookings per counter and slot start of an agency's day (cancelled ones free their place). */
  async bookedOn(db: Queryable, agencyId: number, from: Date, to: Date) {
    return (await db.query<{ counterId: number; startsAt: Date; booked: number }>(
      `SELECT counter_id AS "counterId", starts_at AS "startsAt", count(*)::int AS booked FROM appointments
        WHERE agency_id = $1 AND starts_at >= $2 AND starts_at < $3 AND status <> 'cancelled' GROUP BY counter_id, starts_at`, [agencyId, from, to])).rows;
  },

  /**
   * Locks the counter until the transaction ends: bookings of one counter are counted and written one
   * after another, so its capacity holds however many book at once (on any number of nodes).
   */
  async lockCounter(tx: Tx, id: number): Promise<void> {
    await tx.query('SELECT 1 FROM reception_counters WHERE id = $1 FOR UPDATE', [id]);
  },

  async bookedAt(tx: Tx, counterId: number, startsAt: Date): Promise<number> {
    return (await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM appointments WHERE counter_id = $1 AND starts_at = $2 AND status <> 'cancelled'", [counterId, startsAt])).rows[0]!.n;
  },

  async activeOfUserOnDay(tx: Queryable, userId: number, agencyId: number, from: Date, to: Date): Promise<number> {
    return (await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM appointments WHERE user_id = $1 AND agency_id = $2 AND starts_at >= $3 AND starts_at < $4 AND status <> 'cancelled'",
      [userId, agencyId, from, to])).rows[0]!.n;
  },

  async insert(tx: Tx, a: { code: string; agencyId: number; counterId: number; procedureId: number; userId: number | null; fullName: string; phone: string | null; startsAt: Date; endsAt: Date }): Promise<number> {
    return (await tx.query<{ id: number }>(
      `INSERT INTO appointments (code, agency_id, counter_id, procedure_id, user_id, full_name, phone, starts_at, ends_at, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'booked') RETURNING id`,
      [a.code, a.agencyId, a.counterId, a.procedureId, a.userId, a.fullName, seal(a.phone), a.startsAt, a.endsAt])).rows[0]!.id;
  },

  async get(db: Queryable, id: number): Promise<Appointment | undefined> {
    return (await db.query<Appointment>(`${appointmentSelect} WHERE a.id = $1`, [id])).rows[0];
  },

  async byCode(db: Queryable, code: string): Promise<Appointment | undefined> {
    return (await db.query<Appointment>(`${appointmentSelect} WHERE a.code = $1`, [code])).rows[0];
  },

  async ofUser(db: Queryable, userId: number): Promise<Appointment[]> {
    return (await db.query<Appointment>(`${appointmentSelect} WHERE a.user_id = $1 ORDER BY a.starts_at DESC LIMIT 50`, [userId])).rows;
  },

  async ofAgencyBetween(db: Queryable, agencyId: number, from: Date, to: Date): Promise<Appointment[]> {
    return (await db.query<Appointment>(`${appointmentSelect} WHERE a.agency_id = $1 AND a.starts_at >= $2 AND a.starts_at < $3 AND a.status <> 'cancelled' ORDER BY a.starts_at, a.id`,
      [agencyId, from, to])).rows;
  },

  async setStatus(tx: Tx, id: number, from: AppointmentStatus, to: AppointmentStatus): Promise<boolean> {
    return ((await tx.query('UPDATE appointments SET status = $3 WHERE id = $1 AND status = $2', [id, from, to])).rowCount ?? 0) > 0;
  },

  /** Appointments starting within the window that were not reminded yet: claimed by this statement, once. */
  async claimReminders(tx: Tx, until: Date): Promise<Appointment[]> {
    const claimed = await tx.query<{ id: number }>(
      `UPDATE appointments SET reminded_at = now() WHERE id IN (
         SELECT id FROM appointments WHERE status = 'booked' AND reminded_at IS NULL AND starts_at > now() AND starts_at <= $1
          ORDER BY starts_at LIMIT 500 FOR UPDATE SKIP LOCKED)
       RETURNING id`, [until]);
    if (claimed.rows.length === 0) return [];
    return (await tx.query<Appointment>(`${appointmentSelect} WHERE a.id = ANY($1::bigint[]) ORDER BY a.starts_at`, [claimed.rows.map((r) => r.id)])).rows;
  },

  // ---- queue tickets ----

  /** The next number of the agency's day; the day's row is locked for this statement only. */
  async nextTicketNumber(db: Queryable, agencyId: number, day: string): Promise<number> {
    return (await db.query<{ last_value: number }>(
      `INSERT INTO queue_ticket_sequences (agency_id, day, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (agency_id, day) DO UPDATE SET last_value = queue_ticket_sequences.last_value + 1 RETURNING last_value`, [agencyId, day])).rows[0]!.last_value;
  },

  async insertTicket(tx: Tx, t: { agencyId: number; day: string; number: number; appointmentId: number | null }): Promise<Ticket> {
    const created = await tx.query<{ id: number }>(
      "INSERT INTO queue_tickets (agency_id, day, number, appointment_id, status) VALUES ($1, $2, $3, $4, 'waiting') RETURNING id",
      [t.agencyId, t.day, t.number, t.appointmentId]);
    return (await tx.query<Ticket>(`${ticketSelect} WHERE t.id = $1`, [created.rows[0]!.id])).rows[0]!;
  },

  /** The counter's current ticket is served; the next waiting one of the agency's day is called to it (appointments first). */
  async callNext(tx: Tx, counter: Counter, day: string): Promise<Ticket | undefined> {
    await tx.query("UPDATE queue_tickets SET status = 'served' WHERE counter_id = $1 AND status = 'called'", [counter.id]);
    const next = await tx.query<{ id: number }>(
      `UPDATE queue_tickets SET status = 'called', counter_id = $1, called_at = now()
        WHERE id = (SELECT id FROM queue_tickets WHERE agency_id = $2 AND day = $3 AND status = 'waiting'
                     ORDER BY (appointment_id IS NULL), number LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`, [counter.id, counter.agencyId, day]);
    if (!next.rows[0]) return undefined;
    return (await tx.query<Ticket>(`${ticketSelect} WHERE t.id = $1`, [next.rows[0].id])).rows[0];
  },

  async currentOf(db: Queryable, counterId: number): Promise<Ticket | undefined> {
    return (await db.query<Ticket>(`${ticketSelect} WHERE t.counter_id = $1 AND t.status = 'called' ORDER BY t.called_at DESC LIMIT 1`, [counterId])).rows[0];
  },

  async waitingCount(db: Queryable, agencyId: number, day: string): Promise<number> {
    return (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM queue_tickets WHERE agency_id = $1 AND day = $2 AND status = 'waiting'", [agencyId, day])).rows[0]!.n;
  },

  /** The numbers called lately at an agency, newest first: what its waiting-room screen shows. */
  async recentlyCalled(db: Queryable, agencyId: number, day: string, limit: number): Promise<Ticket[]> {
    return (await db.query<Ticket>(`${ticketSelect} WHERE t.agency_id = $1 AND t.day = $2 AND t.called_at IS NOT NULL ORDER BY t.called_at DESC LIMIT $3`, [agencyId, day, limit])).rows;
  },
};
