import type { Queryable, Tx } from '../../platform/db.js';
import { DEFAULT_WORKFLOW, type WorkflowStep } from './workflow.js';
import type { FeeSchedule } from './fees.js';
import type { FormField } from './eform.js';
import type { Procedure, ProcedureInput, ProcedurePatch, ProcedureSummary } from './schemas.js';

export type ProcedureForDossier = {
  id: number; name: string; nationalCode: string; agencyId: number; processingDays: number; published: boolean;
  documents: { name: string; original: number; copies: number; optional?: boolean }[];
  formFields: FormField[];
  /** The version of the form that new dossiers are filled in. */
  formVersion: number;
  feeSchedule: FeeSchedule;
};

const summaryColumns = `p.id, p.national_code AS "nationalCode", p.name, p.field_code AS "fieldCode", f.name AS "fieldName",
  p.level, p.agency_id AS "agencyId", a.name AS "agencyName", a.code AS "agencyCode", p.fee_vnd AS "feeVnd",
  p.processing_days AS "processingDays", p.online_level AS "onlineLevel"`;
const detailColumns = `${summaryColumns}, p.documents, p.form_fields AS "formFields", p.fee_note AS "feeNote", p.fee_schedule AS "feeSchedule", p.legal_basis AS "legalBasis", p.steps,
  p.result, p.applicants, p.conditions, p.published`;
const fromProcedures = 'FROM procedures p JOIN procedure_fields f ON f.code = p.field_code JOIN agency_directory a ON a.id = p.agency_id';

const columnOf: Record<keyof ProcedureInput, string> = {
  nationalCode: 'national_code', name: 'name', fieldCode: 'field_code', level: 'level', agencyId: 'agency_id',
  documents: 'documents', formFields: 'form_fields', feeVnd: 'fee_vnd', feeNote: 'fee_note', feeSchedule: 'fee_schedule', processingDays: 'processing_days',
  onlineLevel: 'online_level', legalBasis: 'legal_basis', steps: 'steps', result: 'result', applicants: 'applicants',
  conditions: 'conditions', published: 'published',
};

const toDbValue = (key: keyof ProcedureInput, value: unknown) => (key === 'documents' || key === 'formFields' || key === 'feeSchedule' ? JSON.stringify(value) : value);

export type ProcedureFilter = {
  tsQuery: string | null;
  /** The folded query as typed: names starting with it come first, the most specific (shortest) first. */
  phrase: string;
  codePrefix: string | null;
  level?: string;
  agencyId?: number;
  fieldCode?: string;
  onlineLevel?: string;
  includeUnpublished: boolean;
  limit: number;
  offset: number;
};

export const catalogRepository = {
  /**
   * Full-text search over the folded name, result and legal basis, ranked by cover density with the
   * name weighted highest; a national-code prefix also matches.
   */
  async search(db: Queryable, filter: ProcedureFilter): Promise<{ items: ProcedureSummary[]; total: number }> {
    const found = await db.query<ProcedureSummary & { total: number }>(
      `SELECT ${summaryColumns}, count(*) OVER () AS total
         ${fromProcedures}
        WHERE ($1::text IS NULL AND $2::text IS NULL
               OR p.search_vector @@ to_tsquery('simple', $1)
               OR p.national_code LIKE $2 || '%')
          AND ($3::text IS NULL OR p.level = $3)
          AND ($4::bigint IS NULL OR p.agency_id = $4)
          AND ($5::text IS NULL OR p.field_code = $5)
          AND ($6::text IS NULL OR p.online_level = $6)
          AND (p.published OR $7)
        ORDER BY vn_fold(p.name) LIKE $10 || '%' DESC,
                 CASE WHEN vn_fold(p.name) LIKE $10 || '%' THEN length(p.name) END NULLS LAST,
                 CASE WHEN $1::text IS NULL THEN 0
                      ELSE ts_rank_cd(p.search_vector, to_tsquery('simple', $1), 1) END DESC,
                 length(p.name), p.name, p.id
        LIMIT $8 OFFSET $9`,
      [filter.tsQuery, filter.codePrefix, filter.level ?? null, filter.agencyId ?? null, filter.fieldCode ?? null,
        filter.onlineLevel ?? null, filter.includeUnpublished, filter.limit, filter.offset, filter.phrase],
    );
    return { items: found.rows.map(({ total: _total, ...item }) => item), total: found.rows[0]?.total ?? 0 };
  },

  /** Every published procedure with its fee schedule, by national code: the catalog as open data publishes it. */
  async published(db: Queryable): Promise<(ProcedureSummary & { feeSchedule: FeeSchedule })[]> {
    const found = await db.query<ProcedureSummary & { feeSchedule: FeeSchedule }>(
      `SELECT ${summaryColumns}, p.fee_schedule AS "feeSchedule" ${fromProcedures} WHERE p.published ORDER BY p.national_code, p.id`);
    return found.rows;
  },

  async get(db: Queryable, id: number): Promise<Procedure | undefined> {
    return (await db.query<Procedure>(`SELECT ${detailColumns} ${fromProcedures} WHERE p.id = $1`, [id])).rows[0];
  },

  async listFields(db: Queryable) {
    return (await db.query<{ code: string; name: string }>('SELECT code, name FROM procedure_fields ORDER BY name')).rows;
  },

  async fieldExists(db: Queryable, code: string): Promise<boolean> {
    return ((await db.query('SELECT 1 FROM procedure_fields WHERE code = $1', [code])).rowCount ?? 0) > 0;
  },

  async insert(tx: Tx, input: ProcedureInput): Promise<number> {
    const keys = (Object.keys(input) as (keyof ProcedureInput)[]).filter((k) => input[k] !== undefined);
    const created = await tx.query<{ id: number }>(
      `INSERT INTO procedures (${keys.map((k) => columnOf[k]).join(', ')})
       VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      keys.map((k) => toDbValue(k, input[k])),
    );
    return created.rows[0]!.id;
  },

  /** A new procedure starts with the default workflow: the receiving agency's specialist, then its leader. */
  async insertDefaultWorkflow(tx: Tx, procedureId: number): Promise<void> {
    await tx.query(
      `INSERT INTO procedure_steps (procedure_id, position, name, role, agency_id, time_share)
       SELECT $1, position, name, role, NULL, time_share FROM unnest($2::int[], $3::text[], $4::text[], $5::numeric[])
         AS s(position, name, role, time_share)`,
      [procedureId, DEFAULT_WORKFLOW.map((s) => s.position), DEFAULT_WORKFLOW.map((s) => s.name), DEFAULT_WORKFLOW.map((s) => s.role), DEFAULT_WORKFLOW.map((s) => s.timeShare)],
    );
  },

  /** What a dossier needs of its procedure: documents to check, e-form, time allowed. */
  async forDossier(db: Queryable, id: number): Promise<ProcedureForDossier | undefined> {
    return (await db.query<ProcedureForDossier>({ name: 'catalog-procedure-for-dossier', text: `SELECT id, name, national_code AS "nationalCode", agency_id AS "agencyId",
              processing_days AS "processingDays", published, documents, form_fields AS "formFields", form_version AS "formVersion", fee_schedule AS "feeSchedule" FROM procedures WHERE id = $1`, values: [id] })).rows[0];
  },

  /** The fields of a published version of a procedure's form (key: "procedureId:version"). */
  async formVersion(db: Queryable, key: string): Promise<FormField[] | undefined> {
    const [procedureId, version] = key.split(':').map(Number);
    return (await db.query<{ fields: FormField[] }>({ name: 'catalog-form-version', text: 'SELECT fields FROM procedure_forms WHERE procedure_id = $1 AND version = $2', values: [procedureId, version] })).rows[0]?.fields;
  },

  async formVersions(db: Queryable, procedureId: number) {
    return (await db.query<{ version: number; publishedAt: Date; publishedByName: string | null; fieldCount: number }>(
      `SELECT f.version, f.published_at AS "publishedAt", u.full_name AS "publishedByName", jsonb_array_length(f.fields) AS "fieldCount"
         FROM procedure_forms f LEFT JOIN user_directory u ON u.id = f.published_by WHERE f.procedure_id = $1 ORDER BY f.version DESC`, [procedureId])).rows;
  },

  async formDraft(db: Queryable, procedureId: number) {
    return (await db.query<{ fields: FormField[]; updatedAt: Date }>('SELECT fields, updated_at AS "updatedAt" FROM procedure_form_drafts WHERE procedure_id = $1', [procedureId])).rows[0];
  },

  async saveFormDraft(tx: Tx, procedureId: number, fields: FormField[], by: number | null): Promise<void> {
    await tx.query(`INSERT INTO procedure_form_drafts (procedure_id, fields, updated_by) VALUES ($1, $2, $3)
      ON CONFLICT (procedure_id) DO UPDATE SET fields = $2, updated_at = now(), updated_by = $3`, [procedureId, JSON.stringify(fields), by]);
  },

  /** Publishes a form: the procedure's fields change, and the database records them as its next version (see the migration). */
  async publishForm(tx: Tx, procedureId: number, fields: FormField[], by: number | null): Promise<number> {
    await tx.query("SELECT set_config('tinhso.actor', $1, true)", [by === null ? '' : String(by)]);
    const updated = await tx.query<{ version: number }>('UPDATE procedures SET form_fields = $2, updated_at = now() WHERE id = $1 RETURNING form_version AS version', [procedureId, JSON.stringify(fields)]);
    await tx.query('DELETE FROM procedure_form_drafts WHERE procedure_id = $1', [procedureId]);
    return updated.rows[0]!.version;
  },

  async steps(db: Queryable, procedureId: number): Promise<WorkflowStep[]> {
    return (await db.query<WorkflowStep>({ name: 'catalog-procedure-steps', text: `SELECT position, name, role, agency_id AS "agencyId", time_share AS "timeShare"
         FROM procedure_steps WHERE procedure_id = $1 ORDER BY position`, values: [procedureId] })).rows;
  },

  async replaceSteps(tx: Tx, procedureId: number, steps: WorkflowStep[]): Promise<void> {
    // Two admins saving at once take turns: otherwise the later DELETE misses the rows the earlier one
    // inserted meanwhile, and its INSERT collides with them.
    await tx.query('SELECT 1 FROM procedures WHERE id = $1 FOR UPDATE', [procedureId]);
    await tx.query('DELETE FROM procedure_steps WHERE procedure_id = $1', [procedureId]);
    await tx.query(
      `INSERT INTO procedure_steps (procedure_id, position, name, role, agency_id, time_share)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::bigint[], $6::numeric[])`,
      [procedureId, steps.map((s) => s.position), steps.map((s) => s.name), steps.map((s) => s.role), steps.map((s) => s.agencyId), steps.map((s) => s.timeShare)]);
  },

  async update(tx: Tx, id: number, patch: ProcedurePatch): Promise<void> {
    const keys = (Object.keys(patch) as (keyof ProcedureInput)[]).filter((k) => patch[k] !== undefined);
    await tx.query(
      `UPDATE procedures SET ${keys.map((k, i) => `${columnOf[k]} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
      [id, ...keys.map((k) => toDbValue(k, patch[k]))],
    );
  },
};
