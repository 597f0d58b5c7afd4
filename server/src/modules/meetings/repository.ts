import type { Queryable, Tx } from '../../platform/db.js';
import type { Level } from './rules.js';
import { seal } from '../../platform/personal-data.js';

export type EndpointRow = {
  id: number; agencyId: number; agencyName: string; name: string; room: string; equipment: string;
  contactName: string; contactPhone: string | null; contactEmail: string | null; active: boolean; lastSeenAt: Date | null; version: number;
};
export type EndpointInput = { agencyId: number; name: string; room: string; equipment: string; contactName: string; contactPhone: string | null; contactEmail: string | null };

export type MeetingRow = {
  id: number; agencyId: number; agencyName: string; title: string; agenda: string; startsAt: Date; endsAt: Date; central: boolean; room: string;
  invitationDocumentId: number | null; invitationNumber: string | null; minutesDocumentId: number | null; minutesNumber: string | null;
  createdBy: number | null; createdByName: string | null; createdAt: Date; version: number;
};
export type ParticipantRow = {
  endpointId: number; endpointName: string; room: string; agencyId: number; agencyName: string; level: Level; lastSeenAt: Date | null;
  attendance: 'pending' | 'present' | 'absent'; attendanceBy: 'room' | 'organiser' | null; attendanceAt: Date | null; attendees: number | null; note: string | null;
};
export type StatisticsRow = { month: string; agencyId: number; agencyName: string; levels: number; meetings: number };

const endpointColumns = `e.id, e.agency_id AS "agencyId", a.name AS "agencyName", e.name, e.room, e.equipment, e.contact_name AS "contactName",
  e.contact_phone AS "contactPhone", e.contact_email AS "contactEmail", e.active, e.last_seen_at AS "lastSeenAt", e.version`;
const meetingColumns = `m.id, m.agency_id AS "agencyId", a.name AS "agencyName", m.title, m.agenda, m.starts_at AS "startsAt", m.ends_at AS "endsAt",
  m.central, m.room, m.invitation_document_id AS "invitationDocumentId", m.invitation_number AS "invitationNumber",
  m.minutes_document_id AS "minutesDocumentId", m.minutes_number AS "minutesNumber", m.created_by AS "createdBy", u.full_name AS "createdByName",
  m.created_at AS "createdAt", m.version`;
const meetingJoins = 'JOIN agency_directory a ON a.id = m.agency_id LEFT JOIN user_directory u ON u.id = m.created_by';

/** Meetings an official sees: organised by an agency of their scope, or with an endpoint of one. */
const visible = (agencies: string) => `(m.agency_id = ANY(${agencies}::bigint[])
  OR EXISTS (SELECT 1 FROM meeting_participants v WHERE v.meeting_id = m.id AND v.agency_id = ANY(${agencies}::bigint[])))`;

export const meetingRepository = {
  // ---- endpoints ----

  async insertEndpoint(tx: Tx, e: EndpointInput, keySha256: string): Promise<number> {
    return (await tx.query<{ id: number }>(`INSERT INTO meeting_endpoints (agency_id, name, room, equipment, contact_name, contact_phone, contact_email, key_sha256)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [e.agencyId, e.name, e.room, e.equipment, e.contactName, seal(e.contactPhone), e.contactEmail, keySha256])).rows[0]!.id;
  },

  async endpoint(db: Queryable, id: number, lock = false): Promise<EndpointRow | undefined> {
    return (await db.query<EndpointRow>(`SELECT ${endpointColumns} FROM meeting_endpoints e JOIN agency_directory a ON a.id = e.agency_id
        WHERE e.id = $1 ${lock ? 'FOR UPDATE OF e' : ''}`, [id])).rows[0];
  },

  /** Changes an endpoint still at `version`: false when someone changed it meanwhile. */
  async updateEndpoint(tx: Tx, id: number, version: number, e: Omit<EndpointInput, 'agencyId'> & { active: boolean }): Promise<boolean> {
    return (await tx.query(`UPDATE meeting_endpoints SET name = $3, room = $4, equipment = $5, contact_name = $6, contact_phone = $7, contact_email = $8,
        active = $9, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`,
    [id, version, e.name, e.room, e.equipment, e.contactName, seal(e.contactPhone), e.contactEmail, e.active])).rowCount === 1;
  },

  async replaceKey(tx: Tx, id: number, keySha256: string): Promise<void> {
    await tx.query('UPDATE meeting_endpoints SET key_sha256 = $2, version = version + 1, updated_at = now() WHERE id = $1', [id, keySha256]);
  },

  /** The endpoints of some agencies (all of them when null), active first. */
  async endpoints(db: Queryable, agencyIds: number[] | null, activeOnly = false): Promise<EndpointRow[]> {
    return (await db.query<EndpointRow>(`SELECT ${endpointColumns} FROM meeting_endpoints e JOIN agency_directory a ON a.id = e.agency_id
        WHERE ($1::bigint[] IS NULL OR e.agency_id = ANY($1::bigint[])) AND (e.active OR NOT $2) ORDER BY e.active DESC, a.code, e.name`, [agencyIds, activeOnly])).rows;
  },

  async endpointByKey(db: Queryable, keySha256: string): Promise<EndpointRow | undefined> {
    return (await db.query<EndpointRow>(`SELECT ${endpointColumns} FROM meeting_endpoints e JOIN agency_directory a ON a.id = e.agency_id
        WHERE e.key_sha256 = $1 AND e.active`, [keySha256])).rows[0];
  },

  /**
   * Stamps the endpoint as seen now. Telemetry rather than a change of record: not audited, and written
   * at most every 10 seconds whatever the callers do.
   */
  async heartbeat(db: Queryable, id: number): Promise<void> {
    await db.query(`UPDATE meeting_endpoints SET last_seen_at = now() WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < now() - interval '10 seconds')`, [id]);
  },

  // ---- meetings ----

  async insertMeeting(tx: Tx, m: { agencyId: number; title: string; agenda: string; startsAt: Date; endsAt: Date; central: boolean; room: string; createdBy: number }): Promise<number> {
    return (await tx.query<{ id: number }>(`INSERT INTO meetings (agency_id, title, agenda, starts_at, ends_at, central, room, created_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, [m.agencyId, m.title, m.agenda, m.startsAt, m.endsAt, m.central, m.room, m.createdBy])).rows[0]!.id;
  },

  async addParticipants(tx: Tx, meetingId: number, list: { endpointId: number; agencyId: number; level: Level }[]): Promise<void> {
    await tx.query(`INSERT INTO meeting_participants (meeting_id, endpoint_id, agency_id, level)
      SELECT $1, p.endpoint_id, p.agency_id, p.level FROM jsonb_to_recordset($2::jsonb) AS p(endpoint_id bigint, agency_id bigint, level text)`,
    [meetingId, JSON.stringify(list.map((p) => ({ endpoint_id: p.endpointId, agency_id: p.agencyId, level: p.level })))]);
  },

  async setDocument(tx: Tx, id: number, kind: 'invitation' | 'minutes', documentId: number, numberSymbol: string): Promise<void> {
    await tx.query(`UPDATE meetings SET ${kind}_document_id = $2, ${kind}_number = $3, version = version + 1 WHERE id = $1`, [id, documentId, numberSymbol]);
  },

  async meeting(db: Queryable, id: number, lock = false): Promise<MeetingRow | undefined> {
    return (await db.query<MeetingRow>(`SELECT ${meetingColumns} FROM meetings m ${meetingJoins} WHERE m.id = $1 ${lock ? 'FOR UPDATE OF m' : ''}`, [id])).rows[0];
  },

  async participants(db: Queryable, meetingId: number): Promise<ParticipantRow[]> {
    return (await db.query<ParticipantRow>(`SELECT p.endpoint_id AS "endpointId", e.name AS "endpointName", e.room, p.agency_id AS "agencyId", a.name AS "agencyName",
        p.level, e.last_seen_at AS "lastSeenAt", p.attendance, p.attendance_by AS "attendanceBy", p.attendance_at AS "attendanceAt", p.attendees, p.note
      FROM meeting_participants p JOIN meeting_endpoints e ON e.id = p.endpoint_id JOIN agency_directory a ON a.id = p.agency_id
      WHERE p.meeting_id = $1 ORDER BY CASE p.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, a.code, e.name`, [meetingId])).rows;
  },

  /** Whether an agency of `agencyIds` organises the meeting or takes part in it. */
  async visibleTo(db: Queryable, meetingId: number, agencyIds: number[]): Promise<boolean> {
    return ((await db.query(`SELECT 1 FROM meetings m WHERE m.id = $1 AND ${visible('$2')}`, [meetingId, agencyIds])).rowCount ?? 0) > 0;
  },

  /** The meetings an official sees, newest first, with their levels and attendance counts. */
  async list(db: Queryable, agencyIds: number[], f: { from?: Date; to?: Date; limit: number; offset: number }) {
    const rows = (await db.query<MeetingRow & { levels: number; endpoints: number; present: number; total: number }>(`
      SELECT ${meetingColumns}, s.levels + m.central::int AS levels, s.endpoints, s.present, count(*) OVER ()::int AS total
        FROM meetings m ${meetingJoins}
        CROSS JOIN LATERAL (SELECT count(DISTINCT p.level)::int AS levels, count(*)::int AS endpoints, count(*) FILTER (WHERE p.attendance = 'present')::int AS present
                              FROM meeting_participants p WHERE p.meeting_id = m.id) s
       WHERE ${visible('$1')} AND ($2::timestamptz IS NULL OR m.starts_at >= $2) AND ($3::timestamptz IS NULL OR m.starts_at < $3)
       ORDER BY m.starts_at DESC, m.id DESC LIMIT $4 OFFSET $5`, [agencyIds, f.from ?? null, f.to ?? null, f.limit, f.offset])).rows;
    return { items: rows.map(({ total: _t, ...m }) => m), total: rows[0]?.total ?? 0 };
  },

  /** An endpoint's meetings from `since` on, soonest first. */
  async endpointMeetings(db: Queryable, endpointId: number, since: Date): Promise<(MeetingRow & ParticipantRow)[]> {
    return (await db.query<MeetingRow & ParticipantRow>(`SELECT ${meetingColumns}, p.attendance, p.attendance_by AS "attendanceBy", p.attendance_at AS "attendanceAt",
        p.attendees, p.note FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id ${meetingJoins}
       WHERE p.endpoint_id = $1 AND m.ends_at >= $2 ORDER BY m.starts_at, m.id LIMIT 50`, [endpointId, since])).rows;
  },

  async participation(db: Queryable, meetingId: number, endpointId: number): Promise<{ startsAt: Date; endsAt: Date; attendance: ParticipantRow['attendance'] } | undefined> {
    return (await db.query<{ startsAt: Date; endsAt: Date; attendance: ParticipantRow['attendance'] }>(`SELECT m.starts_at AS "startsAt", m.ends_at AS "endsAt", p.attendance
        FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id WHERE p.meeting_id = $1 AND p.endpoint_id = $2`, [meetingId, endpointId])).rows[0];
  },

  async setAttendance(tx: Tx, meetingId: number, endpointId: number, a: { attendance: 'present' | 'absent'; by: 'room' | 'organiser'; attendees?: number | null; note?: string | null }): Promise<boolean> {
    return (await tx.query(`UPDATE meeting_participants SET attendance = $3, attendance_by = $4, attendance_at = now(),
        attendees = CASE WHEN $4 = 'organiser' THEN $5 ELSE attendees END, note = CASE WHEN $4 = 'organiser' THEN $6 ELSE note END
      WHERE meeting_id = $1 AND endpoint_id = $2`, [meetingId, endpointId, a.attendance, a.by, a.attendees ?? null, a.note ?? null])).rowCount === 1;
  },

  /**
   * Meetings organised by `agencyIds` that started within [from, to) (local months), counted per month,
   * organising agency and number of levels (distinct levels of the endpoints, plus one with the centre).
   */
  async statistics(db: Queryable, agencyIds: number[], from: string, to: string): Promise<StatisticsRow[]> {
    return (await db.query<StatisticsRow>(`
      WITH held AS (
        SELECT m.agency_id, to_char(m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,
               (SELECT count(DISTINCT p.level) FROM meeting_participants p WHERE p.meeting_id = m.id)::int + m.central::int AS levels
          FROM meetings m
         WHERE m.agency_id = ANY($1::bigint[])
           AND m.starts_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
           AND m.starts_at < (($3::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'))
      SELECT h.month, h.agency_id::int AS "agencyId", a.name AS "agencyName", h.levels, count(*)::int AS meetings
        FROM held h JOIN agency_directory a ON a.id = h.agency_id
       GROUP BY h.month, h.agency_id, a.name, h.levels ORDER BY h.month, a.name, h.levels`, [agencyIds, `${from}-01`, `${to}-01`])).rows;
  },
};
