import type { Queryable, Tx } from '../../platform/db.js';
import type { FeedbackStatus } from './rules.js';
import { seal } from '../../platform/personal-data.js';

export type CategoryRow = {
  id: number; code: string; name: string; description: string | null; deadlineDays: number; level: 'agency' | 'district' | 'commune';
  agencyId: number; agencyName: string; active: boolean; position: number;
};
export type AreaRow = {
  id: number; agencyId: number; agencyCode: string; agencyName: string; name: string; level: 'district' | 'commune'; parentAreaId: number | null;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }; bbox: [number, number, number, number];
};
export type ReportRow = {
  id: number; code: string; categoryId: number; categoryName: string; categoryCode: string; categoryDeadlineDays: number; agencyId: number; agencyName: string;
  status: FeedbackStatus; title: string; description: string; publicTitle: string; publicDescription: string; redacted: boolean;
  lat: number | null; lng: number | null; address: string | null; anonymousToPublic: boolean;
  reporterUserId: number | null; reporterName: string | null; reporterEmail: string | null; reporterPhone: string | null; channels: string[];
  reporterKeyHash: string | null; source: 'web' | 'open311'; open311Token: string | null;
  assigneeId: number | null; assigneeName: string | null; dueAt: Date; escalatedAt: Date | null; mergedIntoId: number | null; mergedIntoCode: string | null;
  answeredAt: Date | null; closedAt: Date | null; createdAt: Date; updatedAt: Date; version: number; photoCount: number;
};
export type PhotoRow = { id: number; reportId: number; position: number; sha256: string; width: number; height: number; hidden: boolean };
export type AnswerRow = {
  id: number; text: string; status: 'pending' | 'approved' | 'returned'; draftedBy: number | null; draftedByName: string | null; draftedAt: Date;
  decidedBy: number | null; decidedByName: string | null; decidedAt: Date | null; comment: string | null;
};
export type HistoryRow = { at: Date; actorId: number | null; actorName: string | null; action: string; note: string | null; publicNote: string | null };

const CATEGORY = `c.id, c.code, c.name, c.description, c.deadline_days AS "deadlineDays", c.level, c.agency_id AS "agencyId", a.name AS "agencyName",
  c.active, c.position`;

const REPORT = `r.id, r.code, r.category_id AS "categoryId", c.name AS "categoryName", c.code AS "categoryCode", c.deadline_days AS "categoryDeadlineDays",
  r.agency_id AS "agencyId", a.name AS "agencyName", r.status, r.title, r.description, r.public_title AS "publicTitle",
  r.public_description AS "publicDescription", r.redacted, r.lat, r.lng, r.address, r.anonymous_to_public AS "anonymousToPublic",
  r.reporter_user_id AS "reporterUserId", r.reporter_name AS "reporterName", r.reporter_email AS "reporterEmail", r.reporter_phone AS "reporterPhone",
  r.channels, r.reporter_key_hash AS "reporterKeyHash", r.source, r.open311_token AS "open311Token",
  r.assignee_id AS "assigneeId", u.full_name AS "assigneeName", r.due_at AS "dueAt", r.escalated_at AS "escalatedAt",
  r.merged_into_id AS "mergedIntoId", m.code AS "mergedIntoCode", r.answered_at AS "answeredAt", r.closed_at AS "closedAt",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.version,
  (SELECT count(*)::int FROM feedback_photos p WHERE p.report_id = r.id) AS "photoCount"`;
const REPORT_FROM = `feedback_reports r
  JOIN feedback_categories c ON c.id = r.category_id
  JOIN agency_directory a ON a.id = r.agency_id
  LEFT JOIN user_directory u ON u.id = r.assignee_id
  LEFT JOIN feedback_reports m ON m.id = r.merged_into_id`;

export type StaffFilter = {
  agencyIds: number[] | null; status?: FeedbackStatus; categoryId?: number; agencyId?: number; overdue?: boolean; assigneeId?: number;
  tsquery?: string; limit: number; offset: number;
};
export type PublicFilter = {
  statuses: readonly FeedbackStatus[]; bbox?: [number, number, number, number]; categoryId?: number; status?: FeedbackStatus; tsquery?: string;
  withPoint?: boolean; limit: number; offset: number;
};

export type NewReport = {
  code: string; categoryId: number; agencyId: number; title: string; description: string; lat: number | null; lng: number | null; address: string | null;
  anonymousToPublic: boolean; reporterUserId: number | null; reporterName: string | null; reporterEmail: string | null; reporterPhone: string | null;
  channels: string[]; reporterKeyHash: string | null; source: 'web' | 'open311'; open311KeyId: number | null; open311Token: string | null; dueAt: Date;
};

export const feedbackRepository = {
  // ---- categories ----

  async categories(db: Queryable, onlyActive: boolean): Promise<CategoryRow[]> {
    return (await db.query<CategoryRow>(
      `SELECT ${CATEGORY} FROM feedback_categories c JOIN agency_directory a ON a.id = c.agency_id
        WHERE $1::boolean = false OR c.active ORDER BY c.position, c.id`, [onlyActive])).rows;
  },

  async category(db: Queryable, id: number): Promise<CategoryRow | undefined> {
    return (await db.query<CategoryRow>(`SELECT ${CATEGORY} FROM feedback_categories c JOIN agency_directory a ON a.id = c.agency_id WHERE c.id = $1`, [id])).rows[0];
  },

  async categoryByCode(db: Queryable, code: string): Promise<CategoryRow | undefined> {
    return (await db.query<CategoryRow>(`SELECT ${CATEGORY} FROM feedback_categories c JOIN agency_directory a ON a.id = c.agency_id WHERE c.code = $1`, [code])).rows[0];
  },

  async insertCategory(tx: Tx, c: { code: string; name: string; description: string | null; deadlineDays: number; level: string; agencyId: number; active: boolean; position: number }): Promise<number> {
    return (await tx.query<{ id: number }>(
      `INSERT INTO feedback_categories (code, name, description, deadline_days, level, agency_id, active, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [c.code, c.name, c.description, c.deadlineDays, c.level, c.agencyId, c.active, c.position])).rows[0]!.id;
  },

  async updateCategory(tx: Tx, id: number, c: { code: string; name: string; description: string | null; deadlineDays: number; level: string; agencyId: number; active: boolean; position: number }): Promise<boolean> {
    return ((await tx.query(
      `UPDATE feedback_categories SET code = $2, name = $3, description = $4, deadline_days = $5, level = $6, agency_id = $7, active = $8, position = $9, updated_at = now()
        WHERE id = $1`, [id, c.code, c.name, c.description, c.deadlineDays, c.level, c.agencyId, c.active, c.position])).rowCount ?? 0) > 0;
  },

  // ---- agencies (identity's published directory) ----

  async agency(db: Queryable, id: number) {
    return (await db.query<{ id: number; code: string; name: string; parentId: number | null }>(
      'SELECT id, code, name, parent_id AS "parentId" FROM agency_directory WHERE id = $1', [id])).rows[0];
  },

  async agenciesByCode(db: Queryable, codes: string[]) {
    return (await db.query<{ id: number; code: string; name: string; parentId: number | null }>(
      'SELECT id, code, name, parent_id AS "parentId" FROM agency_directory WHERE code = ANY($1::text[])', [codes])).rows;
  },

  async allAgencies(db: Queryable) {
    return (await db.query<{ id: number; code: string; name: string; parentId: number | null }>(
      'SELECT id, code, name, parent_id AS "parentId" FROM agency_directory ORDER BY parent_id NULLS FIRST, name')).rows;
  },

  async rootAgencyIds(db: Queryable): Promise<number[]> {
    return (await db.query<{ id: number }>('SELECT id FROM agency_directory WHERE parent_id IS NULL')).rows.map((r) => r.id);
  },

  // ---- areas ----

  /** The areas whose bounding box holds the point: the exact test follows in code. */
  async areasAround(db: Queryable, lat: number, lng: number): Promise<AreaRow[]> {
    return (await db.query<AreaRow>(
      `SELECT f.id, f.agency_id AS "agencyId", a.code AS "agencyCode", a.name AS "agencyName", f.name, f.level, f.parent_area_id AS "parentAreaId", f.geometry,
              ARRAY[f.min_lng, f.min_lat, f.max_lng, f.max_lat] AS bbox
         FROM feedback_areas f JOIN agency_directory a ON a.id = f.agency_id
        WHERE $1 BETWEEN f.min_lat AND f.max_lat AND $2 BETWEEN f.min_lng AND f.max_lng`, [lat, lng])).rows;
  },

  async areas(db: Queryable) {
    return (await db.query<Omit<AreaRow, 'geometry'> & { loadedAt: Date }>(
      `SELECT f.id, f.agency_id AS "agencyId", a.code AS "agencyCode", a.name AS "agencyName", f.name, f.level, f.parent_area_id AS "parentAreaId",
              ARRAY[f.min_lng, f.min_lat, f.max_lng, f.max_lat] AS bbox, f.loaded_at AS "loadedAt"
         FROM feedback_areas f JOIN agency_directory a ON a.id = f.agency_id ORDER BY f.level, a.name, f.id`)).rows;
  },

  /** Replaces the whole data set (the caller holds the transaction: readers see the old set or the new one). */
  async replaceAreas(tx: Tx, areas: { agencyId: number; name: string; level: 'district' | 'commune'; geometry: unknown; bbox: number[] }[]) {
    await tx.query('LOCK TABLE feedback_areas IN EXCLUSIVE MODE');
    await tx.query('DELETE FROM feedback_areas');
    await tx.query(
      `INSERT INTO feedback_areas (agency_id, name, level, geometry, min_lng, min_lat, max_lng, max_lat)
       SELECT "agencyId", name, level, geometry, bbox[1], bbox[2], bbox[3], bbox[4]
         FROM jsonb_to_recordset($1::jsonb) AS x("agencyId" bigint, name text, level text, geometry jsonb, bbox float8[])`, [JSON.stringify(areas)]);
    // A commune's area lies in the area of the district its UBND belongs to.
    await tx.query(
      `UPDATE feedback_areas c SET parent_area_id = (
         SELECT min(d.id) FROM agency_directory ca JOIN feedback_areas d ON d.agency_id = ca.parent_id AND d.level = 'district' WHERE ca.id = c.agency_id)
        WHERE c.level = 'commune'`);
  },

  // ---- reports ----

  async insertReport(tx: Tx, r: NewReport): Promise<number> {
    return (await tx.query<{ id: number }>(
      `INSERT INTO feedback_reports (code, category_id, agency_id, status, title, description, public_title, public_description, lat, lng, address,
         anonymous_to_public, reporter_user_id, reporter_name, reporter_email, reporter_phone, channels, reporter_key_hash, source, open311_key_id, open311_token, due_at)
       VALUES ($1, $2, $3, 'submitted', $4, $5, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [r.code, r.categoryId, r.agencyId, r.title, r.description, r.lat, r.lng, r.address, r.anonymousToPublic, r.reporterUserId, r.reporterName,
        r.reporterEmail, seal(r.reporterPhone), r.channels, r.reporterKeyHash, r.source, r.open311KeyId, r.open311Token, r.dueAt])).rows[0]?.id ?? 0;
  },

  async report(db: Queryable, id: number, lock = false): Promise<ReportRow | undefined> {
    if (lock) await db.query('SELECT 1 FROM feedback_reports WHERE id = $1 FOR UPDATE', [id]);
    return (await db.query<ReportRow>(`SELECT ${REPORT} FROM ${REPORT_FROM} WHERE r.id = $1`, [id])).rows[0];
  },

  async reportByCode(db: Queryable, code: string): Promise<ReportRow | undefined> {
    return (await db.query<ReportRow>(`SELECT ${REPORT} FROM ${REPORT_FROM} WHERE r.code = $1`, [code])).rows[0];
  },

  async reportByToken(db: Queryable, token: string): Promise<ReportRow | undefined> {
    return (await db.query<ReportRow>(`SELECT ${REPORT} FROM ${REPORT_FROM} WHERE r.open311_token = $1`, [token])).rows[0];
  },

  async reportsByCodes(db: Queryable, codes: string[]): Promise<ReportRow[]> {
    return (await db.query<ReportRow>(`SELECT ${REPORT} FROM ${REPORT_FROM} WHERE r.code = ANY($1::text[]) ORDER BY r.id`, [codes])).rows;
  },

  /** Changes a locked report; false when someone changed it since it was read. */
  async update(tx: Tx, id: number, version: number, set: Record<string, unknown>): Promise<boolean> {
    const columns = Object.keys(set);
    const assignments = columns.map((c, i) => `${c} = $${i + 3}, `).join('');
    return ((await tx.query(
      `UPDATE feedback_reports SET ${assignments}updated_at = now(), version = version + 1 WHERE id = $1 AND version = $2`,
      [id, version, ...columns.map((c) => set[c])])).rowCount ?? 0) > 0;
  },

  async staffList(db: Queryable, f: StaffFilter): Promise<{ items: ReportRow[]; total: number }> {
    const where = ['($1::bigint[] IS NULL OR r.agency_id = ANY($1::bigint[]))'];
    const values: unknown[] = [f.agencyIds];
    const add = (sql: (n: string) => string, value: unknown) => where.push(sql(`$${values.push(value)}`));
    if (f.status) add((n) => `r.status = ${n}`, f.status);
    if (f.categoryId) add((n) => `r.category_id = ${n}`, f.categoryId);
    if (f.agencyId) add((n) => `r.agency_id = ${n}`, f.agencyId);
    if (f.assigneeId) add((n) => `r.assignee_id = ${n}`, f.assigneeId);
    if (f.overdue !== undefined) {
      where.push(`(r.status IN ('submitted', 'in_progress', 'awaiting_approval') AND r.due_at < now()) = ${f.overdue ? 'true' : 'false'}`);
    }
    if (f.tsquery) add((n) => `r.staff_search @@ to_tsquery('simple', ${n})`, f.tsquery);
    const found = await db.query<ReportRow & { total: number }>(
      `SELECT ${REPORT}, count(*) OVER ()::int AS total FROM ${REPORT_FROM} WHERE ${where.join(' AND ')}
        ORDER BY (r.status IN ('submitted', 'in_progress', 'awaiting_approval')) DESC, r.due_at, r.id DESC
        LIMIT ${f.limit} OFFSET ${f.offset}`, values);
    return { items: found.rows.map(({ total: _t, ...r }) => r), total: found.rows[0]?.total ?? 0 };
  },

  async publicList(db: Queryable, f: PublicFilter): Promise<{ items: ReportRow[]; total: number }> {
    const where = ['r.status = ANY($1::text[])'];
    const values: unknown[] = [f.statuses];
    const add = (sql: (n: string) => string, value: unknown) => where.push(sql(`$${values.push(value)}`));
    if (f.status) add((n) => `r.status = ${n}`, f.status);
    if (f.categoryId) add((n) => `r.category_id = ${n}`, f.categoryId);
    if (f.bbox) {
      const [minLng, minLat, maxLng, maxLat] = f.bbox;
      add((n) => `r.lng >= ${n}`, minLng);
      add((n) => `r.lat >= ${n}`, minLat);
      add((n) => `r.lng <= ${n}`, maxLng);
      add((n) => `r.lat <= ${n}`, maxLat);
    }
    if (f.withPoint) where.push('r.lat IS NOT NULL');
    if (f.tsquery) add((n) => `r.public_search @@ to_tsquery('simple', ${n})`, f.tsquery);
    const found = await db.query<ReportRow & { total: number }>(
      `SELECT ${REPORT}, count(*) OVER ()::int AS total FROM ${REPORT_FROM} WHERE ${where.join(' AND ')}
        ORDER BY r.created_at DESC, r.id DESC LIMIT ${f.limit} OFFSET ${f.offset}`, values);
    return { items: found.rows.map(({ total: _t, ...r }) => r), total: found.rows[0]?.total ?? 0 };
  },

  async byReporter(db: Queryable, userId: number): Promise<(ReportRow & { rated: boolean })[]> {
    return (await db.query<ReportRow & { rated: boolean }>(
      `SELECT ${REPORT}, EXISTS (SELECT 1 FROM feedback_ratings g WHERE g.report_id = r.id) AS rated FROM ${REPORT_FROM}
        WHERE r.reporter_user_id = $1 ORDER BY r.created_at DESC LIMIT 200`, [userId])).rows;
  },

  /** Open311 GET requests: by ids, or by service, status and a time window; newest first. */
  async open311List(db: Queryable, f: { codes?: string[]; categoryCodes?: string[]; statuses?: FeedbackStatus[]; from: Date; to: Date; limit: number }) {
    const where = [`r.status = ANY($1::text[])`];
    const values: unknown[] = [f.statuses];
    const add = (sql: (n: string) => string, value: unknown) => where.push(sql(`$${values.push(value)}`));
    if (f.codes) add((n) => `r.code = ANY(${n}::text[])`, f.codes);
    else {
      add((n) => `r.created_at >= ${n}`, f.from);
      add((n) => `r.created_at <= ${n}`, f.to);
    }
    if (f.categoryCodes) add((n) => `c.code = ANY(${n}::text[])`, f.categoryCodes);
    return (await db.query<ReportRow>(`SELECT ${REPORT} FROM ${REPORT_FROM} WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id DESC LIMIT ${f.limit}`, values)).rows;
  },

  // ---- photos ----

  async insertPhotos(tx: Tx, reportId: number, photos: { sha256: string; width: number; height: number }[]) {
    if (photos.length === 0) return;
    await tx.query(
      `INSERT INTO feedback_photos (report_id, position, sha256, width, height)
       SELECT $1, p.position, p.sha256, p.width, p.height FROM jsonb_to_recordset($2::jsonb) AS p(position int, sha256 text, width int, height int)`,
      [reportId, JSON.stringify(photos.map((p, i) => ({ ...p, position: i + 1 })))]);
  },

  async photos(db: Queryable, reportId: number): Promise<PhotoRow[]> {
    return (await db.query<PhotoRow>(
      `SELECT id, report_id AS "reportId", position, sha256, width, height, hidden FROM feedback_photos WHERE report_id = $1 ORDER BY position`, [reportId])).rows;
  },

  async photo(db: Queryable, id: number): Promise<PhotoRow | undefined> {
    return (await db.query<PhotoRow>(
      `SELECT id, report_id AS "reportId", position, sha256, width, height, hidden FROM feedback_photos WHERE id = $1`, [id])).rows[0];
  },

  async setPhotoHidden(tx: Tx, reportId: number, photoId: number, hidden: boolean): Promise<boolean> {
    return ((await tx.query('UPDATE feedback_photos SET hidden = $3 WHERE id = $2 AND report_id = $1', [reportId, photoId, hidden])).rowCount ?? 0) > 0;
  },

  // ---- answers ----

  async answers(db: Queryable, reportId: number): Promise<AnswerRow[]> {
    return (await db.query<AnswerRow>(
      `SELECT x.id, x.text, x.status, x.drafted_by AS "draftedBy", d.full_name AS "draftedByName", x.drafted_at AS "draftedAt",
              x.decided_by AS "decidedBy", e.full_name AS "decidedByName", x.decided_at AS "decidedAt", x.comment
         FROM feedback_answers x LEFT JOIN user_directory d ON d.id = x.drafted_by LEFT JOIN user_directory e ON e.id = x.decided_by
        WHERE x.report_id = $1 ORDER BY x.id DESC`, [reportId])).rows;
  },

  async insertAnswer(tx: Tx, reportId: number, text: string, userId: number) {
    await tx.query(`INSERT INTO feedback_answers (report_id, text, status, drafted_by) VALUES ($1, $2, 'pending', $3)`, [reportId, text, userId]);
  },

  async decideAnswer(tx: Tx, answerId: number, verdict: 'approved' | 'returned', userId: number, comment: string | null): Promise<boolean> {
    return ((await tx.query(
      `UPDATE feedback_answers SET status = $2, decided_by = $3, decided_at = now(), comment = $4 WHERE id = $1 AND status = 'pending'`,
      [answerId, verdict, userId, comment])).rowCount ?? 0) > 0;
  },

  // ---- history ----

  async addHistory(tx: Tx, reportId: number, actorId: number | null, action: string, note: string | null = null, publicNote: string | null = null) {
    await tx.query('INSERT INTO feedback_history (report_id, actor_id, action, note, public_note) VALUES ($1, $2, $3, $4, $5)', [reportId, actorId, action, note, publicNote]);
  },

  async history(db: Queryable, reportId: number): Promise<HistoryRow[]> {
    return (await db.query<HistoryRow>(
      `SELECT h.at, h.actor_id AS "actorId", u.full_name AS "actorName", h.action, h.note, h.public_note AS "publicNote"
         FROM feedback_history h LEFT JOIN user_directory u ON u.id = h.actor_id WHERE h.report_id = $1 ORDER BY h.id`, [reportId])).rows;
  },

  async duplicates(db: Queryable, reportId: number) {
    return (await db.query<{ id: number; code: string }>('SELECT id, code FROM feedback_reports WHERE merged_into_id = $1 ORDER BY id', [reportId])).rows;
  },

  // ---- subscriptions ----

  async subscribeUser(tx: Tx, reportId: number, userId: number): Promise<boolean> {
    const found = await tx.query(
      `INSERT INTO feedback_subscriptions (report_id, user_id) VALUES ($1, $2)
       ON CONFLICT (report_id, user_id) WHERE user_id IS NOT NULL DO UPDATE SET cancelled_at = NULL WHERE feedback_subscriptions.cancelled_at IS NOT NULL
       RETURNING id`, [reportId, userId]);
    return (found.rowCount ?? 0) > 0;
  },

  async subscribeEmail(tx: Tx, reportId: number, email: string, token: string): Promise<boolean> {
    const found = await tx.query(
      `INSERT INTO feedback_subscriptions (report_id, email, unsubscribe_token) VALUES ($1, $2, $3)
       ON CONFLICT (report_id, lower(email)) WHERE email IS NOT NULL
       DO UPDATE SET cancelled_at = NULL, unsubscribe_token = EXCLUDED.unsubscribe_token WHERE feedback_subscriptions.cancelled_at IS NOT NULL
       RETURNING id`, [reportId, email, token]);
    return (found.rowCount ?? 0) > 0;
  },

  async isSubscribed(db: Queryable, reportId: number, userId: number): Promise<boolean> {
    return ((await db.query('SELECT 1 FROM feedback_subscriptions WHERE report_id = $1 AND user_id = $2 AND cancelled_at IS NULL', [reportId, userId])).rowCount ?? 0) > 0;
  },

  async cancelUserSubscription(tx: Tx, reportId: number, userId: number): Promise<boolean> {
    return ((await tx.query('UPDATE feedback_subscriptions SET cancelled_at = now() WHERE report_id = $1 AND user_id = $2 AND cancelled_at IS NULL', [reportId, userId])).rowCount ?? 0) > 0;
  },

  async cancelByToken(tx: Tx, token: string): Promise<{ id: number; reportId: number } | undefined> {
    return (await tx.query<{ id: number; reportId: number }>(
      `UPDATE feedback_subscriptions SET cancelled_at = now(), unsubscribe_token = NULL WHERE unsubscribe_token = $1 AND cancelled_at IS NULL
       RETURNING id, report_id AS "reportId"`, [token])).rows[0];
  },

  /** Who follows a report: its active subscriptions. */
  async subscribers(db: Queryable, reportId: number) {
    return (await db.query<{ id: number; userId: number | null; email: string | null; token: string | null }>(
      `SELECT s.id, s.user_id AS "userId", s.email, s.unsubscribe_token AS token FROM feedback_subscriptions s WHERE s.report_id = $1 AND s.cancelled_at IS NULL ORDER BY s.id`, [reportId])).rows;
  },

  async subscriberCount(db: Queryable, reportId: number): Promise<number> {
    return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM feedback_subscriptions WHERE report_id = $1 AND cancelled_at IS NULL', [reportId])).rows[0]!.n;
  },

  /**
   * A merged report's followers follow the primary: its subscriptions move (one already following the
   * primary keeps theirs), and its reporter becomes a follower of the primary.
   */
  async moveFollowers(tx: Tx, fromId: number, toId: number, reporter: { userId: number | null; email: string | null }, token: string) {
    await tx.query(
      `UPDATE feedback_subscriptions s SET report_id = $2 WHERE s.report_id = $1 AND s.cancelled_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM feedback_subscriptions t WHERE t.report_id = $2 AND (t.user_id = s.user_id OR lower(t.email) = lower(s.email)))`, [fromId, toId]);
    await tx.query('UPDATE feedback_subscriptions SET cancelled_at = now(), unsubscribe_token = NULL WHERE report_id = $1 AND cancelled_at IS NULL', [fromId]);
    if (reporter.userId !== null) {
      await tx.query(
        `INSERT INTO feedback_subscriptions (report_id, user_id) VALUES ($1, $2)
         ON CONFLICT (report_id, user_id) WHERE user_id IS NOT NULL DO UPDATE SET cancelled_at = NULL`, [toId, reporter.userId]);
    } else if (reporter.email) {
      await tx.query(
        `INSERT INTO feedback_subscriptions (report_id, email, unsubscribe_token) VALUES ($1, $2, $3)
         ON CONFLICT (report_id, lower(email)) WHERE email IS NOT NULL DO NOTHING`, [toId, reporter.email, token]);
    }
  },

  /** A draft answer waiting for approval is withdrawn when the report leaves the agency or closes. */
  async withdrawPendingAnswer(tx: Tx, reportId: number) {
    await tx.query(`UPDATE feedback_answers SET status = 'returned', decided_at = now(), comment = 'Rút do phản ánh được chuyển, gộp hoặc không tiếp nhận' WHERE report_id = $1 AND status = 'pending'`, [reportId]);
  },

  /** The agencies above one, nearest first. */
  async ancestors(db: Queryable, agencyId: number): Promise<number[]> {
    return (await db.query<{ id: number }>(
      `WITH RECURSIVE up AS (SELECT parent_id AS id, 1 AS depth FROM agency_directory WHERE id = $1
         UNION ALL SELECT a.parent_id, up.depth + 1 FROM agency_directory a JOIN up ON a.id = up.id WHERE up.depth < 20)
       SELECT id FROM up WHERE id IS NOT NULL ORDER BY depth`, [agencyId])).rows.map((r) => r.id);
  },

  // ---- ratings ----

  async rating(db: Queryable, reportId: number) {
    return (await db.query<{ score: number; comment: string | null; at: Date }>('SELECT score, comment, at FROM feedback_ratings WHERE report_id = $1', [reportId])).rows[0];
  },

  async insertRating(tx: Tx, reportId: number, score: number, comment: string | null): Promise<boolean> {
    return ((await tx.query('INSERT INTO feedback_ratings (report_id, score, comment) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [reportId, score, comment])).rowCount ?? 0) > 0;
  },

  // ---- escalation ----

  /** Open, late and not yet escalated; locked, and skipped by another node's scan that holds them. */
  async claimOverdue(tx: Tx, now: Date, limit: number) {
    return (await tx.query<{ id: number; code: string; agencyId: number; title: string; dueAt: Date }>(
      `SELECT id, code, agency_id AS "agencyId", public_title AS title, due_at AS "dueAt" FROM feedback_reports
        WHERE escalated_at IS NULL AND status IN ('submitted', 'in_progress', 'awaiting_approval') AND due_at < $1
        ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`, [now, limit])).rows;
  },

  async markEscalated(tx: Tx, ids: number[], now: Date) {
    await tx.query('UPDATE feedback_reports SET escalated_at = $2 WHERE id = ANY($1::bigint[])', [ids, now]);
    await tx.query(`INSERT INTO feedback_history (report_id, action, at) SELECT unnest($1::bigint[]), 'escalate', $2`, [ids, now]);
  },

  // ---- statistics ----

  async statistics(db: Queryable, f: { from: string; to: string; agencyIds: number[] | null; now: Date }) {
    return (await db.query<{ agencyId: number; agencyName: string; month: string; received: number; answeredOnTime: number; answeredLate: number; open: number; openOverdue: number }>(
      `SELECT r.agency_id AS "agencyId", a.name AS "agencyName", to_char(r.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,
              count(*) FILTER (WHERE r.status <> 'merged')::int AS received,
              count(*) FILTER (WHERE r.answered_at IS NOT NULL AND r.answered_at <= r.due_at)::int AS "answeredOnTime",
              count(*) FILTER (WHERE r.answered_at IS NOT NULL AND r.answered_at > r.due_at)::int AS "answeredLate",
              count(*) FILTER (WHERE r.status IN ('submitted', 'in_progress', 'awaiting_approval'))::int AS open,
              count(*) FILTER (WHERE r.status IN ('submitted', 'in_progress', 'awaiting_approval') AND r.due_at < $4)::int AS "openOverdue"
         FROM feedback_reports r JOIN agency_directory a ON a.id = r.agency_id
        WHERE r.created_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
          AND r.created_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
          AND ($3::bigint[] IS NULL OR r.agency_id = ANY($3::bigint[]))
        GROUP BY r.agency_id, a.name, month ORDER BY month, a.name`, [f.from, f.to, f.agencyIds, f.now])).rows;
  },

  // ---- Open311 keys ----

  async keys(db: Queryable) {
    return (await db.query<{ id: number; name: string; prefix: string; createdAt: Date; revokedAt: Date | null; lastUsedAt: Date | null }>(
      `SELECT id, name, prefix, created_at AS "createdAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt" FROM feedback_open311_keys ORDER BY id`)).rows;
  },

  async insertKey(tx: Tx, name: string, hash: string, prefix: string, createdBy: number | null): Promise<number> {
    return (await tx.query<{ id: number }>('INSERT INTO feedback_open311_keys (name, key_hash, prefix, created_by) VALUES ($1, $2, $3, $4) RETURNING id', [name, hash, prefix, createdBy])).rows[0]!.id;
  },

  async key(db: Queryable, id: number) {
    return (await db.query<{ id: number; name: string; revokedAt: Date | null }>('SELECT id, name, revoked_at AS "revokedAt" FROM feedback_open311_keys WHERE id = $1', [id])).rows[0];
  },

  async revokeKey(tx: Tx, id: number): Promise<boolean> {
    return ((await tx.query('UPDATE feedback_open311_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id])).rowCount ?? 0) > 0;
  },

  async activeKeyByHash(db: Queryable, hash: string) {
    return (await db.query<{ id: number; name: string }>('SELECT id, name FROM feedback_open311_keys WHERE key_hash = $1 AND revoked_at IS NULL', [hash])).rows[0];
  },

  async touchKey(db: Queryable, id: number) {
    await db.query('UPDATE feedback_open311_keys SET last_used_at = now() WHERE id = $1', [id]);
  },

  // ---- messages sent once ----

  async claimMessage(db: Queryable, m: { key: string; channel: string; recipient: string; subject: string | null; body: string; reportId: number | null }): Promise<'new' | 'sent'> {
    await db.query(
      `INSERT INTO feedback_messages (key, channel, recipient, subject, body, report_id) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO NOTHING`,
      [m.key, m.channel, m.recipient, m.subject, m.body, m.reportId]);
    const found = await db.query<{ sentAt: Date | null }>('SELECT sent_at AS "sentAt" FROM feedback_messages WHERE key = $1', [m.key]);
    return found.rows[0]?.sentAt ? 'sent' : 'new';
  },

  async markSent(db: Queryable, key: string) {
    await db.query('UPDATE feedback_messages SET sent_at = now() WHERE key = $1', [key]);
  },
};
