import type { Queryable } from '../../platform/db.js';
import type { MaturityMeasure } from './maturity-rules.js';

/** SQL of the maturity scoring (tables ops_maturity_*); reads identity's agency_directory. */

export type Criterion = { id: number; position: number; groupName: string; name: string; maxPoints: number; measure: MaturityMeasure };
export type Period = { id: number; setId: number; setName: string; name: string; from: string; to: string; status: 'open' | 'published'; publishedAt: Date | null };
export type ScoreRow = {
  criterionId: number; selfPoints: number | null; selfNote: string | null; evidenceSha256: string | null; evidenceName: string | null; evidenceType: string | null;
  reviewedPoints: number | null; reviewComment: string | null; computedPoints: number | null;
};

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export const maturityRepository = {
  async createSet(db: Queryable, name: string, createdBy: number | null, criteria: Omit<Criterion, 'id' | 'position'>[]): Promise<number> {
    const id = (await db.query<{ id: number }>('INSERT INTO ops_maturity_sets (name, created_by) VALUES ($1, $2) RETURNING id::int', [name, createdBy])).rows[0]!.id;
    await db.query(
      `INSERT INTO ops_maturity_criteria (set_id, position, group_name, name, max_points, measure)
       SELECT $1, c.position, c.group_name, c.name, c.max_points, c.measure
         FROM jsonb_to_recordset($2::jsonb) AS c(position int, group_name text, name text, max_points numeric, measure text)`,
      [id, JSON.stringify(criteria.map((c, i) => ({ position: i + 1, group_name: c.groupName, name: c.name, max_points: c.maxPoints, measure: c.measure })))]);
    return id;
  },

  async setExists(db: Queryable, id: number): Promise<boolean> {
    return ((await db.query('SELECT 1 FROM ops_maturity_sets WHERE id = $1', [id])).rowCount ?? 0) > 0;
  },

  async createPeriod(db: Queryable, p: { setId: number; name: string; from: string; to: string }): Promise<number> {
    return (await db.query<{ id: number }>('INSERT INTO ops_maturity_periods (set_id, name, from_day, to_day) VALUES ($1, $2, $3, $4) RETURNING id::int',
      [p.setId, p.name, p.from, p.to])).rows[0]!.id;
  },

  async periods(db: Queryable): Promise<Period[]> {
    return (await db.query<Period>(`SELECT p.id::int, p.set_id::int AS "setId", s.name AS "setName", p.name, to_char(p.from_day, 'YYYY-MM-DD') AS "from",
        to_char(p.to_day, 'YYYY-MM-DD') AS "to", p.status, p.published_at AS "publishedAt"
      FROM ops_maturity_periods p JOIN ops_maturity_sets s ON s.id = p.set_id ORDER BY p.id DESC LIMIT 100`)).rows;
  },

  async period(db: Queryable, id: number, lock = false): Promise<Period | undefined> {
    return (await db.query<Period>(`SELECT p.id::int, p.set_id::int AS "setId", s.name AS "setName", p.name, to_char(p.from_day, 'YYYY-MM-DD') AS "from",
        to_char(p.to_day, 'YYYY-MM-DD') AS "to", p.status, p.published_at AS "publishedAt"
      FROM ops_maturity_periods p JOIN ops_maturity_sets s ON s.id = p.set_id WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`, [id])).rows[0];
  },

  async criteria(db: Queryable, setId: number): Promise<Criterion[]> {
    return (await db.query<Criterion>(`SELECT id::int, position, group_name AS "groupName", name, max_points::float8 AS "maxPoints", measure
      FROM ops_maturity_criteria WHERE set_id = $1 ORDER BY position`, [setId])).rows;
  },

  async scores(db: Queryable, periodId: number, agencyId: number): Promise<ScoreRow[]> {
    const rows = (await db.query<ScoreRow>(`SELECT criterion_id::int AS "criterionId", self_points AS "selfPoints", self_note AS "selfNote", evidence_sha256 AS "evidenceSha256",
        evidence_name AS "evidenceName", evidence_type AS "evidenceType", reviewed_points AS "reviewedPoints", review_comment AS "reviewComment", computed_points AS "computedPoints"
      FROM ops_maturity_scores WHERE period_id = $1 AND agency_id = $2`, [periodId, agencyId])).rows;
    return rows.map((r) => ({ ...r, selfPoints: num(r.selfPoints), reviewedPoints: num(r.reviewedPoints), computedPoints: num(r.computedPoints) }));
  },

  async allScores(db: Queryable, periodId: number): Promise<(ScoreRow & { agencyId: number })[]> {
    const rows = (await db.query<ScoreRow & { agencyId: number }>(`SELECT agency_id::int AS "agencyId", criterion_id::int AS "criterionId", self_points AS "selfPoints",
        reviewed_points AS "reviewedPoints", computed_points AS "computedPoints" FROM ops_maturity_scores WHERE period_id = $1`, [periodId])).rows;
    return rows.map((r) => ({ ...r, selfPoints: num(r.selfPoints), reviewedPoints: num(r.reviewedPoints), computedPoints: num(r.computedPoints) }));
  },

  async saveSelf(db: Queryable, key: { periodId: number; agencyId: number; criterionId: number }, points: number, note: string | null) {
    await db.query(`INSERT INTO ops_maturity_scores (period_id, agency_id, criterion_id, self_points, self_note) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (period_id, agency_id, criterion_id) DO UPDATE SET self_points = EXCLUDED.self_points, self_note = EXCLUDED.self_note, updated_at = now()`,
    [key.periodId, key.agencyId, key.criterionId, points, note]);
  },

  async saveEvidence(db: Queryable, key: { periodId: number; agencyId: number; criterionId: number }, file: { sha256: string; name: string; type: string }) {
    await db.query(`INSERT INTO ops_maturity_scores (period_id, agency_id, criterion_id, evidence_sha256, evidence_name, evidence_type) VALUES ($1, $2, $3, $4, $5, $6)
      ON CONFLICT (period_id, agency_id, criterion_id) DO UPDATE SET evidence_sha256 = EXCLUDED.evidence_sha256, evidence_name = EXCLUDED.evidence_name,
        evidence_type = EXCLUDED.evidence_type, updated_at = now()`, [key.periodId, key.agencyId, key.criterionId, file.sha256, file.name, file.type]);
  },

  async saveReview(db: Queryable, key: { periodId: number; agencyId: number; criterionId: number }, points: number, comment: string) {
    await db.query(`INSERT INTO ops_maturity_scores (period_id, agency_id, criterion_id, reviewed_points, review_comment) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (period_id, agency_id, criterion_id) DO UPDATE SET reviewed_points = EXCLUDED.reviewed_points, review_comment = EXCLUDED.review_comment, updated_at = now()`,
    [key.periodId, key.agencyId, key.criterionId, points, comment]);
  },

  async freezeComputed(db: Queryable, periodId: number, rows: { agencyId: number; criterionId: number; points: number }[]) {
    if (rows.length === 0) return;
    await db.query(`INSERT INTO ops_maturity_scores (period_id, agency_id, criterion_id, computed_points)
      SELECT $1, r.agency_id, r.criterion_id, r.points FROM jsonb_to_recordset($2::jsonb) AS r(agency_id bigint, criterion_id bigint, points numeric)
      ON CONFLICT (period_id, agency_id, criterion_id) DO UPDATE SET computed_points = EXCLUDED.computed_points, updated_at = now()`,
    [periodId, JSON.stringify(rows.map((r) => ({ agency_id: r.agencyId, criterion_id: r.criterionId, points: r.points })))]);
  },

  async publish(db: Queryable, periodId: number) {
    await db.query(`UPDATE ops_maturity_periods SET status = 'published', published_at = now() WHERE id = $1`, [periodId]);
  },
};
