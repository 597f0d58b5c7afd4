import type { Db, Queryable, Tx } from '../../platform/db.js';
import { seal, sealFields } from '../../platform/personal-data.js';

/**
 * All SQL of the interop module: its own tables (see index.ts) and the views others publish
 * (agency_directory, procedure_directory, dossier_directory, user_directory).
 */

export type ClaimedChange = { eventId: number; dossierId: number; idempotencyKey: string; message: Record<string, unknown>; attempts: number };
export type ChangeRow = {
  eventId: number; dossierId: number; dossierCode: string; statusCode: number; action: string; state: 'queued' | 'acknowledged'; attempts: number;
  lastError: string | null; lastAttemptAt: Date | null; nextAttemptAt: Date; recordedAt: Date; acknowledgedAt: Date | null;
};
export type PulledRow = {
  nationalCode: string; procedureCode: string; outcome: 'created' | 'unplaced'; reason: string | null; pulledAt: Date;
  dossierId: number | null; trackingCode: string | null; dossierCode: string | null; applicantName: string | null; agencyName: string | null;
};
export type CatalogRun = {
  id: number; trigger: 'admin' | 'schedule' | 'command'; startedBy: string | null; startedAt: Date; finishedAt: Date | null; status: 'running' | 'done' | 'failed';
  added: number; updated: number; unchanged: number; details: { code: string; change: string; fields?: string[]; reason?: string }[]; error: string | null;
};
export type LookupRow = {
  id: number; at: Date; officerName: string | null; agencyName: string | null; dossierId: number | null; dossierCode: string | null;
  registry: 'population' | 'business'; subject: string; outcome: 'found' | 'not_found' | 'error'; messageId: string | null;
};

const changeColumns = `event_id AS "eventId", dossier_id AS "dossierId", message->>'MaHoSo' AS "dossierCode", (message->>'TrangThaiHoSo')::int AS "statusCode",
  action, state, attempts, last_error AS "lastError", last_attempt_at AS "lastAttemptAt", next_attempt_at AS "nextAttemptAt", recorded_at AS "recordedAt",
  acknowledged_at AS "acknowledgedAt"`;

export const interopRepository = {
  // ---- sync out ----

  /** Records a change once (a delivery heard twice records nothing more). */
  async recordChange(db: Queryable, c: { eventId: number; dossierId: number; idempotencyKey: string; action: string; from: string | null; to: string; message: Record<string, unknown> }) {
    await db.query(`INSERT INTO interop_portal_changes (event_id, dossier_id, idempotency_key, action, from_status, to_status, message)
        VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING`,
    [c.eventId, c.dossierId, c.idempotencyKey, c.action, c.from, c.to, JSON.stringify(sealFields(c.message))]);
  },

  /**
   * Takes, for a while (`leaseSeconds`), the changes due to be sent: of each dossier only its oldest
   * unacknowledged change, and only when nobody holds it. A later change waits for the earlier ones; a
   * change whose "from" does not follow the last sent one's "to" waits `graceSeconds` for the missing
   * change to be heard (the job registry may hear two changes of one dossier in either order).
   */
  async claimDue(db: Db, limit: number, leaseSeconds: number, graceSeconds: number, firstFrom: readonly string[]): Promise<ClaimedChange[]> {
    return (await db.query<ClaimedChange>(`
      WITH heads AS (
        SELECT DISTINCT ON (dossier_id) event_id FROM interop_portal_changes WHERE state = 'queued' ORDER BY dossier_id, event_id),
      due AS (
        SELECT c.event_id FROM interop_portal_changes c JOIN heads h ON h.event_id = c.event_id
         WHERE c.state = 'queued' AND c.next_attempt_at <= now() AND (c.locked_until IS NULL OR c.locked_until < now())
           AND (c.recorded_at < now() - make_interval(secs => $3::double precision)
                OR coalesce((SELECT p.to_status FROM interop_portal_changes p WHERE p.dossier_id = c.dossier_id AND p.event_id < c.event_id ORDER BY p.event_id DESC LIMIT 1) = c.from_status,
                            c.from_status = ANY($4::text[])))
         ORDER BY c.next_attempt_at, c.event_id LIMIT $1 FOR UPDATE OF c SKIP LOCKED)
      UPDATE interop_portal_changes c SET locked_until = now() + make_interval(secs => $2::double precision), attempts = c.attempts + 1, last_attempt_at = now()
        FROM due WHERE c.event_id = due.event_id
      RETURNING c.event_id AS "eventId", c.dossier_id AS "dossierId", c.idempotency_key AS "idempotencyKey", c.message, c.attempts`,
    [limit, leaseSeconds, graceSeconds, firstFrom])).rows;
  },

  async acknowledge(db: Queryable, eventId: number, receipt: string) {
    await db.query(`UPDATE interop_portal_changes SET state = 'acknowledged', acknowledged_at = now(), receipt = $2, locked_until = NULL, last_error = NULL
        WHERE event_id = $1 AND state = 'queued'`, [eventId, receipt]);
  },

  async failed(db: Queryable, eventId: number, error: string, delayMs: number) {
    await db.query(`UPDATE interop_portal_changes SET locked_until = NULL, last_error = $2, next_attempt_at = now() + make_interval(secs => $3::double precision)
        WHERE event_id = $1 AND state = 'queued'`, [eventId, error.slice(0, 1000), delayMs / 1000]);
  },

  async changeCounts(db: Queryable) {
    return (await db.query<{ queued: number; failing: number; acknowledged: number; oldestQueuedAt: Date | null }>(`
      SELECT count(*) FILTER (WHERE state = 'queued')::int AS queued,
             count(*) FILTER (WHERE state = 'queued' AND last_error IS NOT NULL)::int AS failing,
             count(*) FILTER (WHERE state = 'acknowledged')::int AS acknowledged,
             min(recorded_at) FILTER (WHERE state = 'queued') AS "oldestQueuedAt"
        FROM interop_portal_changes`)).rows[0]!;
  },

  /** Acknowledged changes per local day (Vietnam), the last `days` days. */
  async acknowledgedPerDay(db: Queryable, days: number) {
    return (await db.query<{ day: string; count: number }>(`
      SELECT to_char(acknowledged_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS day, count(*)::int AS count
        FROM interop_portal_changes WHERE state = 'acknowledged' AND acknowledged_at > now() - make_interval(days => $1)
       GROUP BY 1 ORDER BY 1 DESC`, [days])).rows;
  },

  /** Changes still to send, the failing ones first. */
  async queuedChanges(db: Queryable, limit: number) {
    return (await db.query<ChangeRow>(`SELECT ${changeColumns} FROM interop_portal_changes WHERE state = 'queued'
        ORDER BY (last_error IS NULL), event_id LIMIT $1`, [limit])).rows;
  },

  async changesOf(db: Queryable, dossierId: number) {
    return (await db.query<ChangeRow>(`SELECT ${changeColumns} FROM interop_portal_changes WHERE dossier_id = $1 ORDER BY event_id`, [dossierId])).rows;
  },

  /** What the sync needs of agencies: a code by id. */
  async agencyCode(db: Queryable, agencyId: number): Promise<string | null> {
    return (await db.query<{ code: string }>('SELECT code FROM agency_directory WHERE id = $1', [agencyId])).rows[0]?.code ?? null;
  },

  /** The province itself: the root of the agency tree. */
  async rootAgency(db: Queryable): Promise<number | null> {
    return (await db.query<{ id: number }>('SELECT id FROM agency_directory WHERE parent_id IS NULL ORDER BY id LIMIT 1')).rows[0]?.id ?? null;
  },

  // ---- sync in ----

  /** Takes a named lease (one node at a time runs the pull or the catalog sync); its value, or null when another node holds it. */
  async takeLease(db: Queryable, name: string, seconds: number): Promise<Record<string, unknown> | null> {
    await db.query(`INSERT INTO interop_sync_state (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [name]);
    return (await db.query<{ value: Record<string, unknown> }>(`UPDATE interop_sync_state SET lease_until = now() + make_interval(secs => $2::double precision)
        WHERE name = $1 AND (lease_until IS NULL OR lease_until < now()) RETURNING value`, [name, seconds])).rows[0]?.value ?? null;
  },

  async releaseLease(db: Queryable, name: string, value: Record<string, unknown>) {
    await db.query(`UPDATE interop_sync_state SET lease_until = NULL, value = $2, updated_at = now() WHERE name = $1`, [name, JSON.stringify(value)]);
  },

  async stateValue(db: Queryable, name: string): Promise<{ value: Record<string, unknown>; updatedAt: Date } | null> {
    return (await db.query<{ value: Record<string, unknown>; updatedAt: Date }>(`SELECT value, updated_at AS "updatedAt" FROM interop_sync_state WHERE name = $1`, [name])).rows[0] ?? null;
  },

  /** The published procedures of the province with a national code, with their agencies, for placing a pulled dossier. */
  async proceduresByCode(db: Queryable, code: string) {
    return (await db.query<{ id: number; agencyId: number; agencyCode: string }>(`SELECT p.id, p.agency_id AS "agencyId", a.code AS "agencyCode"
        FROM procedure_directory p JOIN agency_directory a ON a.id = p.agency_id WHERE p.national_code = $1 AND p.published ORDER BY p.id`, [code])).rows;
  },

  /** Claims a national code for the caller's transaction; false when it was taken already (by this or another node). */
  async claimPulled(tx: Tx, p: { nationalCode: string; seq: number; procedureCode: string; agencyId: number | null; outcome: 'created' | 'unplaced'; reason: string | null }): Promise<boolean> {
    const inserted = await tx.query(`INSERT INTO interop_pulled_dossiers (national_code, seq, procedure_code, agency_id, outcome, reason)
        VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (national_code) DO NOTHING`, [p.nationalCode, p.seq, p.procedureCode, p.agencyId, p.outcome, p.reason]);
    return (inserted.rowCount ?? 0) > 0;
  },

  async setPulledDossier(tx: Tx, nationalCode: string, dossierId: number) {
    await tx.query('UPDATE interop_pulled_dossiers SET dossier_id = $2 WHERE national_code = $1', [nationalCode, dossierId]);
  },

  async nationalCodeOf(db: Queryable, dossierId: number): Promise<string | null> {
    return (await db.query<{ code: string }>('SELECT national_code AS code FROM interop_pulled_dossiers WHERE dossier_id = $1', [dossierId])).rows[0]?.code ?? null;
  },

  async pulled(db: Queryable, limit: number, offset: number) {
    const rows = (await db.query<PulledRow & { total: number }>(`
      SELECT p.national_code AS "nationalCode", p.procedure_code AS "procedureCode", p.outcome, p.reason, p.pulled_at AS "pulledAt",
             p.dossier_id AS "dossierId", d.tracking_code AS "trackingCode", d.code AS "dossierCode", d.applicant_name AS "applicantName",
             a.name AS "agencyName", count(*) OVER ()::int AS total
        FROM interop_pulled_dossiers p LEFT JOIN dossier_directory d ON d.id = p.dossier_id LEFT JOIN agency_directory a ON a.id = p.agency_id
       ORDER BY p.pulled_at DESC, p.seq DESC LIMIT $1 OFFSET $2`, [limit, offset])).rows;
    return { items: rows.map(({ total: _t, ...row }) => row), total: rows[0]?.total ?? 0 };
  },

  // ---- catalog ----

  async startRun(db: Queryable, trigger: CatalogRun['trigger'], startedBy: number | null): Promise<number> {
    return (await db.query<{ id: number }>(`INSERT INTO interop_catalog_runs (trigger, started_by) VALUES ($1, $2) RETURNING id`, [trigger, startedBy])).rows[0]!.id;
  },

  async finishRun(db: Queryable, id: number, r: { status: 'done' | 'failed'; added: number; updated: number; unchanged: number; details: unknown[]; error: string | null }) {
    await db.query(`UPDATE interop_catalog_runs SET finished_at = now(), status = $2, added = $3, updated = $4, unchanged = $5, details = $6, error = $7 WHERE id = $1`,
      [id, r.status, r.added, r.updated, r.unchanged, JSON.stringify(r.details), r.error]);
  },

  async run(db: Queryable, id: number): Promise<CatalogRun | undefined> {
    return (await db.query<CatalogRun>(`${RUN_SELECT} WHERE r.id = $1`, [id])).rows[0];
  },

  async runs(db: Queryable, limit: number): Promise<CatalogRun[]> {
    return (await db.query<CatalogRun>(`${RUN_SELECT} ORDER BY r.started_at DESC, r.id DESC LIMIT $1`, [limit])).rows;
  },

  /** When the last catalog run that finished well ended, for the schedule. */
  async lastGoodRunAt(db: Queryable): Promise<Date | null> {
    return (await db.query<{ at: Date | null }>(`SELECT max(finished_at) AS at FROM interop_catalog_runs WHERE status = 'done'`)).rows[0]?.at ?? null;
  },

  // ---- base registries ----

  async logLookup(db: Queryable, l: { officerId: number; agencyId: number; dossierId: number | null; registry: 'population' | 'business'; subject: string; outcome: LookupRow['outcome']; messageId: string | null }): Promise<number> {
    return (await db.query<{ id: number }>(`INSERT INTO interop_registry_lookups (officer_id, agency_id, dossier_id, registry, subject, outcome, message_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, [l.officerId, l.agencyId, l.dossierId, l.registry, seal(l.subject), l.outcome, l.messageId])).rows[0]!.id;
  },

  /** The lookups made at the given agencies (all of them when null), newest first. */
  async lookups(db: Queryable, agencyIds: number[] | null, limit: number, offset: number) {
    const rows = (await db.query<LookupRow & { total: number }>(`
      SELECT l.id, l.at, u.full_name AS "officerName", a.name AS "agencyName", l.dossier_id AS "dossierId", coalesce(d.code, d.tracking_code) AS "dossierCode",
             l.registry, l.subject, l.outcome, l.message_id AS "messageId", count(*) OVER ()::int AS total
        FROM interop_registry_lookups l LEFT JOIN user_directory u ON u.id = l.officer_id LEFT JOIN agency_directory a ON a.id = l.agency_id
        LEFT JOIN dossier_directory d ON d.id = l.dossier_id
       WHERE $1::bigint[] IS NULL OR l.agency_id = ANY($1::bigint[])
       ORDER BY l.at DESC, l.id DESC LIMIT $2 OFFSET $3`, [agencyIds, limit, offset])).rows;
    return { items: rows.map(({ total: _t, ...row }) => row), total: rows[0]?.total ?? 0 };
  },
};

const RUN_SELECT = `SELECT r.id, r.trigger, u.full_name AS "startedBy", r.started_at AS "startedAt", r.finished_at AS "finishedAt", r.status,
  r.added, r.updated, r.unchanged, r.details, r.error FROM interop_catalog_runs r LEFT JOIN user_directory u ON u.id = r.started_by`;
