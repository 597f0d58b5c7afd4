import type { Queryable, Tx } from '../../platform/db.js';
import type { FinalStatement } from '../../platform/unit-of-work.js';
import { lookupHash, seal, sealFields, sealFormAnswers } from '../../platform/personal-data.js';
import type { ComputedFee, StepRole } from '../catalog/index.js';
import type { DossierStatus } from './lifecycle.js';

export type Applicant = { fullName: string; identityNumber?: string; address?: string; phone?: string; email?: string; kind?: 'citizen' | 'business' };

export type DossierRow = {
  id: number;
  code: string | null;
  /** TS-<id>-<4 random characters>: what an online dossier is followed by until reception gives it its code. */
  trackingCode: string;
  procedureId: number;
  procedureName: string;
  receivingAgencyId: number;
  currentAgencyId: number;
  applicantId: number | null;
  applicant: Applicant;
  formData: Record<string, string>;
  channel: 'online' | 'counter' | 'post';
  status: DossierStatus;
  outcome: 'approved' | 'refused' | null;
  currentStep: number | null;
  stepName: string | null;
  stepRole: StepRole | null;
  stepStartedAt: Date | null;
  stepDueAt: Date | null;
  submittedAt: Date | null;
  receivedAt: Date | null;
  processingHours: number | null;
  dueAt: Date | null;
  extendedDueAt: Date | null;
  pausedAt: Date | null;
  remainingHours: number | null;
  statusBeforePause: DossierStatus | null;
  supplementCount: number;
  resolvedAt: Date | null;
  returnedAt: Date | null;
  closedReason: string | null;
  rating: 'very_satisfied' | 'satisfied' | 'unsatisfied' | null;
  ratingComment: string | null;
  /** What the dossier owes, computed at submission; null when its procedure collects nothing through it. */
  fee: ComputedFee | null;
  /** The exemption category the applicant claims (checked by the desk against the proof attached). */
  feeCategory: string | null;
  paymentStatus: 'none' | 'unpaid' | 'paid' | 'exempt';
  paidAt: Date | null;
  /** How the applicant receives the paper result: at the counter, or by post to `deliveryAddress`. */
  resultDelivery: 'counter' | 'post';
  deliveryAddress: string | null;
  consignmentNumber: string | null;
  deliveryStatus: 'sent' | 'delivered' | 'failed' | null;
  deliveryUpdatedAt: Date | null;
  /** The version of the procedure's e-form the dossier was filled in (it keeps it when the form changes). */
  formVersion: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

const columns = `id, code, tracking_code AS "trackingCode", procedure_id AS "procedureId", procedure_name AS "procedureName", receiving_agency_id AS "receivingAgencyId",
  current_agency_id AS "currentAgencyId", applicant_id AS "applicantId", applicant, form_data AS "formData", channel, status,
  outcome, current_step AS "currentStep", step_name AS "stepName", step_role AS "stepRole", step_started_at AS "stepStartedAt", step_due_at AS "stepDueAt",
  submitted_at AS "submittedAt", received_at AS "receivedAt", processing_hours AS "processingHours", due_at AS "dueAt",
  extended_due_at AS "extendedDueAt", paused_at AS "pausedAt", remaining_hours AS "remainingHours",
  status_before_pause AS "statusBeforePause", supplement_count AS "supplementCount", resolved_at AS "resolvedAt",
  returned_at AS "returnedAt", closed_reason AS "closedReason", rating, rating_comment AS "ratingComment", fee, fee_category AS "feeCategory",
  payment_status AS "paymentStatus", paid_at AS "paidAt", result_delivery AS "resultDelivery", delivery_address AS "deliveryAddress",
  consignment_number AS "consignmentNumber", delivery_status AS "deliveryStatus", delivery_updated_at AS "deliveryUpdatedAt", form_version AS "formVersion", version,
  created_at AS "createdAt", updated_at AS "updatedAt"`;

const dbColumn: Partial<Record<keyof DossierRow, string>> = {
  code: 'code', currentAgencyId: 'current_agency_id', status: 'status', outcome: 'outcome', currentStep: 'current_step',
  stepName: 'step_name', stepRole: 'step_role',
  stepStartedAt: 'step_started_at', stepDueAt: 'step_due_at', submittedAt: 'submitted_at', receivedAt: 'received_at',
  processingHours: 'processing_hours', dueAt: 'due_at', extendedDueAt: 'extended_due_at', pausedAt: 'paused_at',
  remainingHours: 'remaining_hours', statusBeforePause: 'status_before_pause', supplementCount: 'supplement_count',
  resolvedAt: 'resolved_at', returnedAt: 'returned_at', closedReason: 'closed_reason', rating: 'rating',
  ratingComment: 'rating_comment', applicant: 'applicant', formData: 'form_data', fee: 'fee', feeCategory: 'fee_category',
  paymentStatus: 'payment_status', paidAt: 'paid_at', resultDelivery: 'result_delivery', deliveryAddress: 'delivery_address',
  consignmentNumber: 'consignment_number', deliveryStatus: 'delivery_status', deliveryUpdatedAt: 'delivery_updated_at',
};

export type DossierChanges = Partial<Pick<DossierRow, keyof typeof dbColumn & keyof DossierRow>> & { receivedBy?: number };

/** The columns a change writes: personal data sealed (platform/personal-data.ts), the applicant's lookup hashes beside it. */
function storedColumns(changes: DossierChanges): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (key === 'receivedBy') out.push(['received_by', value]);
    else if (key === 'applicant') {
      const applicant = value as Applicant;
      out.push(['applicant', sealFields(applicant)], ['applicant_identity_hash', lookupHash('identity', applicant.identityNumber)], ['applicant_phone_hash', lookupHash('phone', applicant.phone)]);
    } else if (key === 'deliveryAddress') out.push(['delivery_address', seal(value as string | null)]);
    else if (key === 'formData') out.push(['form_data', sealFormAnswers(value as Record<string, string>)]);
    else out.push([dbColumn[key as keyof DossierRow]!, value]);
  }
  return out;
}

/**
 * A file of a dossier; a form being rendered has no content yet (sha256 and size null). `reusedFrom`: the
 * earlier dossier (its code, or tracking code) a document was taken from, out of the citizen's store.
 */
export type DossierFile = {
  id: number; kind: 'submission' | 'supplement' | 'result' | 'slip'; label: string; sha256: string | null; fileName: string; contentType: string; size: number | null; createdAt: Date;
  reusedFrom?: { dossierId: number; reference: string } | null;
};
export type StoredDocument = { fileId: number; dossierId: number; reference: string; procedureName: string; kind: 'submission' | 'supplement' | 'result'; label: string; fileName: string; contentType: string; size: number; createdAt: Date };
export type DossierEvent = { id: number; at: Date; actorId: number | null; actorName: string | null; agencyId: number | null; agencyName: string | null; action: string; fromStatus: string | null; toStatus: string; step: number | null; note: string | null; data: Record<string, unknown> };
type NewEvent = { dossierId: number; actorId: number | null; actorName: string | null; agencyId: number | null; action: string; fromStatus: string | null; toStatus: string; step: number | null; note?: string | null; data?: Record<string, unknown> };

/** A file row written by a transition's statement, its id reserved beforehand. */
export type NewFile = Omit<DossierFile, 'createdAt'> & { uploadedBy: number | null };
export type History = { files: DossierFile[]; events: DossierEvent[] };
type HistoryJson = { files: (Omit<DossierFile, 'createdAt'> & { createdAt: string })[]; events: (Omit<DossierEvent, 'at'> & { at: string })[] };

// $1 is the dossier's id.
const historyColumns = `
  (SELECT coalesce(json_agg(json_build_object('id', f.id, 'kind', f.kind, 'label', f.label, 'sha256', f.sha256, 'fileName', f.file_name,
            'contentType', f.content_type, 'size', f.size, 'createdAt', f.created_at,
            'reusedFrom', CASE WHEN s.id IS NOT NULL THEN json_build_object('dossierId', s.dossier_id, 'reference', coalesce(sd.code, sd.tracking_code)) END) ORDER BY f.id), '[]')
     FROM dossier_files f LEFT JOIN dossier_files s ON s.id = f.reused_from_file_id LEFT JOIN dossiers sd ON sd.id = s.dossier_id
    WHERE f.dossier_id = $1) AS files,
  (SELECT coalesce(json_agg(json_build_object('id', e.id, 'at', e.at, 'actorId', e.actor_id, 'actorName', e.actor_name, 'agencyId', e.agency_id,
            'agencyName', a.name, 'action', e.action, 'fromStatus', e.from_status, 'toStatus', e.to_status, 'step', e.step, 'note', e.note,
            'data', e.data) ORDER BY e.id), '[]')
     FROM dossier_events e LEFT JOIN agency_directory a ON a.id = e.agency_id WHERE e.dossier_id = $1) AS events`;

const history = (row: HistoryJson): History => ({
  files: row.files.map((f) => ({ ...f, createdAt: new Date(f.createdAt) })),
  events: row.events.map((e) => ({ ...e, at: new Date(e.at) })),
});

export const dossierRepository = {
  async get(db: Queryable, id: number): Promise<DossierRow | undefined> {
    return (await db.query<DossierRow>({ name: 'dossier-get', text: `SELECT ${columns} FROM dossiers WHERE id = $1`, values: [id] })).rows[0];
  },

  /**
   * Locks the dossier until the transaction ends: concurrent transitions on it run one after the other.
   * NO KEY UPDATE, as an UPDATE of the row takes: it does not wait for (nor deadlock with) the key-share
   * locks that rows referring to the dossier take when they are inserted (a payment, a file).
   */
  async getForUpdate(tx: Tx, id: number): Promise<DossierRow | undefined> {
    return (await tx.query<DossierRow>({ name: 'dossier-get-for-update', text: `SELECT ${columns} FROM dossiers WHERE id = $1 FOR NO KEY UPDATE`, values: [id] })).rows[0];
  },

  /** Locks the dossier and gives it a new version, for a change of its files (see `transitionStatement`). */
  async touch(tx: Tx, id: number): Promise<DossierRow | undefined> {
    return (await tx.query<DossierRow>({ name: 'dossier-touch', text: `UPDATE dossiers SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING ${columns}`, values: [id] })).rows[0];
  },

  async getByCode(db: Queryable, code: string): Promise<DossierRow | undefined> {
    return (await db.query<DossierRow>({ name: 'dossier-get-by-code', text: `SELECT ${columns} FROM dossiers WHERE code = $1`, values: [code] })).rows[0];
  },

  async insert(tx: Tx, d: { procedureId: number; procedureName: string; receivingAgencyId: number; applicantId: number | null; applicant: Applicant; formData: Record<string, string>; channel: DossierRow['channel']; status: DossierStatus; feeCategory: string | null; formVersion: number }): Promise<number> {
    const created = await tx.query<{ id: number }>(
      `INSERT INTO dossiers (procedure_id, procedure_name, receiving_agency_id, current_agency_id, applicant_id, applicant, form_data, channel, status, fee_category, form_version, applicant_identity_hash, applicant_phone_hash)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [d.procedureId, d.procedureName, d.receivingAgencyId, d.applicantId, sealFields(d.applicant), sealFormAnswers(d.formData), d.channel, d.status, d.feeCategory, d.formVersion,
        lookupHash('identity', d.applicant.identityNumber), lookupHash('phone', d.applicant.phone)],
    );
    await tx.query('INSERT INTO dossier_agencies (dossier_id, agency_id) VALUES ($1, $2)', [created.rows[0]!.id, d.receivingAgencyId]);
    return created.rows[0]!.id;
  },

  async update(tx: Tx, id: number, changes: DossierChanges): Promise<DossierRow> {
    const entries = storedColumns(changes);
    const sets = entries.map(([column], i) => `${column} = $${i + 2}`);
    const updated = await tx.query<DossierRow>(
      `UPDATE dossiers SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1 RETURNING ${columns}`,
      [id, ...entries.map(([, v]) => v)],
    );
    return updated.rows[0]!;
  },

  /**
   * A transition as the last statement of its unit of work: the changes, only if the dossier is still at
   * the version it was read at (optimistic: no lock is held while the action is worked out), its history
   * entry, the files it adds (forms to be rendered) and, for liên thông, the next agency's access.
   */
  transitionStatement(d: Pick<DossierRow, 'id' | 'version'>, changes: DossierChanges, e: Omit<NewEvent, 'dossierId' | 'step' | 'toStatus'>, added: { files: NewFile[]; grantTo: number | null }): FinalStatement {
    const values: unknown[] = [d.id, d.version, e.actorId, e.actorName, e.agencyId, e.action, e.fromStatus, e.note ?? null, e.data ?? {}];
    const param = (value: unknown) => `$${values.push(value)}`;
    const sets = storedColumns(changes).map(([column, value]) => `${column} = ${param(value)}`);
    const parts = [
      `updated AS (UPDATE dossiers SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1 AND version = $2 RETURNING *)`,
      `event AS (INSERT INTO dossier_events (dossier_id, actor_id, actor_name, agency_id, action, from_status, to_status, step, note, data)
         SELECT id, $3, $4, $5, $6, $7, status, current_step, $8, $9 FROM updated RETURNING id, at)`,
    ];
    if (added.files.length > 0) {
      parts.push(`new_files AS (INSERT INTO dossier_files (id, dossier_id, kind, label, sha256, file_name, content_type, size, uploaded_by)
         SELECT f.id, updated.id, f.kind, f.label, f.sha256, f.file_name, f.content_type, f.size, f.uploaded_by
           FROM updated, jsonb_to_recordset(${param(JSON.stringify(added.files.map((f) => ({
             id: f.id, kind: f.kind, label: f.label, sha256: f.sha256, file_name: f.fileName, content_type: f.contentType, size: f.size, uploaded_by: f.uploadedBy,
           }))))}::jsonb) AS f(id bigint, kind text, label text, sha256 text, file_name text, content_type text, size bigint, uploaded_by bigint)
         RETURNING created_at)`);
    }
    if (added.grantTo !== null) {
      parts.push(`granted AS (INSERT INTO dossier_agencies (dossier_id, agency_id) SELECT id, ${param(added.grantTo)}::bigint FROM updated ON CONFLICT DO NOTHING)`);
    }
    return {
      with: parts.join(',\n'), changed: 'updated', values,
      // The caller knows the rest of the row: what it read and what it changed.
      select: 'SELECT version, updated_at AS "updatedAt", (SELECT id FROM event) AS "eventId", (SELECT at FROM event) AS "eventAt" FROM updated',
    };
  },

  /** A history entry that changes nothing else (a surplus payment noted), as a unit of work's last statement. */
  noteStatement(d: Pick<DossierRow, 'id' | 'status' | 'currentStep'>, e: Omit<NewEvent, 'dossierId' | 'step' | 'toStatus'>): FinalStatement {
    return {
      with: `noted AS (INSERT INTO dossier_events (dossier_id, actor_id, actor_name, agency_id, action, from_status, to_status, step, note, data)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9) RETURNING id)`,
      changed: 'noted', select: 'SELECT id FROM noted',
      values: [d.id, e.actorId, e.actorName, e.agencyId, e.action, d.status, d.currentStep, e.note ?? null, e.data ?? {}],
    };
  },

  /** A file id taken ahead of its row, so that a transition's one statement can name it (a failed one leaves a gap). */
  async reserveFileId(db: Queryable): Promise<number> {
    return (await db.query<{ id: number }>({ name: 'dossier-file-id', text: "SELECT nextval(pg_get_serial_sequence('dossier_files', 'id')) AS id" })).rows[0]!.id;
  },

  async agenciesWithAccess(db: Queryable, dossierId: number): Promise<number[]> {
    return (await db.query<{ agency_id: number }>({ name: 'dossier-agencies', text: 'SELECT agency_id FROM dossier_agencies WHERE dossier_id = $1', values: [dossierId] })).rows.map((r) => r.agency_id);
  },

  /**
   * The next number of the agency's daily sequence, committed on its own (see transitions.ts: receive):
   * the day's row is locked only for this one statement, so codes are unique across nodes and never
   * reused, and receptions at one desk do not wait for each other's transactions.
   */
  async nextSequence(db: Queryable, agencyId: number, day: string): Promise<number> {
    const next = await db.query<{ last_value: number }>({ name: 'dossier-next-sequence', text: `INSERT INTO dossier_sequences (agency_id, day, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (agency_id, day) DO UPDATE SET last_value = dossier_sequences.last_value + 1
       RETURNING last_value`, values: [agencyId, day] });
    return next.rows[0]!.last_value;
  },

  async addEvent(tx: Tx, e: NewEvent): Promise<void> {
    await tx.query({ name: 'dossier-event-insert', text: `INSERT INTO dossier_events (dossier_id, actor_id, actor_name, agency_id, action, from_status, to_status, step, note, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, values: [e.dossierId, e.actorId, e.actorName, e.agencyId, e.action, e.fromStatus, e.toStatus, e.step, e.note ?? null, e.data ?? {}] });
  },

  async events(db: Queryable, dossierId: number): Promise<DossierEvent[]> {
    return (await db.query<DossierEvent>({ name: 'dossier-events', text: `SELECT e.id, e.at, e.actor_id AS "actorId", e.actor_name AS "actorName", e.agency_id AS "agencyId", a.name AS "agencyName",
              e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.step, e.note, e.data
         FROM dossier_events e LEFT JOIN agency_directory a ON a.id = e.agency_id
        WHERE e.dossier_id = $1 ORDER BY e.id`, values: [dossierId] })).rows;
  },

  async addFile(tx: Queryable, f: { dossierId: number; kind: DossierFile['kind']; label: string; sha256: string | null; fileName: string; contentType: string; size: number | null; uploadedBy: number | null }): Promise<DossierFile> {
    return (await tx.query<DossierFile>({ name: 'dossier-file-insert', text: `INSERT INTO dossier_files (dossier_id, kind, label, sha256, file_name, content_type, size, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id, kind, label, sha256, file_name AS "fileName", content_type AS "contentType", size, created_at AS "createdAt"`, values: [f.dossierId, f.kind, f.label, f.sha256, f.fileName, f.contentType, f.size, f.uploadedBy] })).rows[0]!;
  },

  /** What a dossier's page shows below its header: files and history, in one round trip. */
  async filesAndEvents(db: Queryable, dossierId: number): Promise<History> {
    const found = await db.query<HistoryJson>({ name: 'dossier-files-and-events', text: `SELECT ${historyColumns}`, values: [dossierId] });
    return history(found.rows[0]!);
  },

  /**
   * A dossier with its files and history, in one round trip; a transition starts from it. With
   * `reserveFileId`, a file id is taken too, for a form the transition may add.
   */
  async withHistory(db: Queryable, id: number, reserveFileId = false): Promise<(History & { dossier: DossierRow; reservedFileId?: number }) | undefined> {
    const found = await db.query<DossierRow & HistoryJson & { reservedFileId: number | null }>({ name: 'dossier-with-history', text: `SELECT ${columns}, ${historyColumns},
        CASE WHEN $2 THEN nextval(pg_get_serial_sequence('dossier_files', 'id')) END AS "reservedFileId"
        FROM dossiers WHERE id = $1`, values: [id, reserveFileId] });
    const row = found.rows[0];
    if (!row) return undefined;
    const { files, events, reservedFileId, ...dossier } = row;
    return { dossier, ...history({ files, events }), reservedFileId: reservedFileId ?? undefined };
  },

  async files(db: Queryable, dossierId: number): Promise<DossierFile[]> {
    return (await db.query<DossierFile>({ name: 'dossier-files', text: `SELECT id, kind, label, sha256, file_name AS "fileName", content_type AS "contentType", size, created_at AS "createdAt"
         FROM dossier_files WHERE dossier_id = $1 ORDER BY id`, values: [dossierId] })).rows;
  },

  /** Gives a form rendered after its transaction its content; once only, whatever the retries. */
  async fillFile(db: Queryable, id: number, stored: { sha256: string; size: number }): Promise<void> {
    await db.query('UPDATE dossier_files SET sha256 = $2, size = $3 WHERE id = $1 AND sha256 IS NULL', [id, stored.sha256, stored.size]);
  },

  /** Marks dossiers overdue once each (a conditional UPDATE: one node claims each row). */
  async claimOverdue(tx: Tx, now: Date) {
    return (await tx.query<{ id: number; code: string; agencyId: number; dueAt: Date }>(
      `UPDATE dossiers SET overdue_notified_at = $1
        WHERE status IN ('received', 'processing') AND due_at < $1 AND overdue_notified_at IS NULL
        RETURNING id, code, current_agency_id AS "agencyId", due_at AS "dueAt"`, [now])).rows;
  },

  // One working day never spans more than 16 calendar days, even across Tết.
  async dueSoonCandidates(db: Queryable, now: Date) {
    return (await db.query<{ id: number; agencyId: number; dueAt: Date }>(
      `SELECT id, current_agency_id AS "agencyId", due_at AS "dueAt" FROM dossiers
        WHERE status IN ('received', 'processing') AND warned_at IS NULL AND due_at >= $1 AND due_at < $1 + interval '16 days'
        ORDER BY due_at LIMIT 1000`, [now])).rows;
  },

  async claimWarning(tx: Tx, id: number, now: Date) {
    return (await tx.query<{ id: number; code: string; agencyId: number; dueAt: Date }>(
      `UPDATE dossiers SET warned_at = $1 WHERE id = $2 AND warned_at IS NULL
       RETURNING id, code, current_agency_id AS "agencyId", due_at AS "dueAt"`, [now, id])).rows[0];
  },

  /**
   * The citizen's store: the documents of their submitted dossiers and the signed results issued to them
   * (approved, handed over or ready), each content once per name, newest first.
   */
  async storedDocuments(db: Queryable, applicantId: number, fileId?: number): Promise<StoredDocument[]> {
    return (await db.query<StoredDocument>(
      `SELECT * FROM (
         SELECT DISTINCT ON (f.sha256, f.label) f.id AS "fileId", f.dossier_id AS "dossierId", coalesce(d.code, d.tracking_code) AS reference,
                d.procedure_name AS "procedureName", f.kind, f.label, f.file_name AS "fileName", f.content_type AS "contentType", f.size::int AS size, f.created_at AS "createdAt"
           FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id
          WHERE d.applicant_id = $1 AND d.status <> 'draft' AND f.sha256 IS NOT NULL AND ($2::bigint IS NULL OR f.id = $2)
            AND (f.kind IN ('submission', 'supplement')
                 OR (f.kind = 'result' AND d.outcome = 'approved' AND d.status IN ('result_ready', 'returned') AND f.label LIKE $3))
          ORDER BY f.sha256, f.label, f.created_at DESC) docs
       ORDER BY "createdAt" DESC LIMIT 200`, [applicantId, fileId ?? null, `%${SIGNED_SUFFIX_PATTERN}`])).rows;
  },

  async addReusedFile(tx: Tx, dossierId: number, source: StoredDocument & { sha256: string }, label: string, uploadedBy: number): Promise<DossierFile> {
    return (await tx.query<DossierFile>(
      `INSERT INTO dossier_files (dossier_id, kind, label, sha256, file_name, content_type, size, uploaded_by, reused_from_file_id)
       VALUES ($1, 'submission', $2, $3, $4, $5, $6, $7, $8)
       RETURNING id, kind, label, sha256, file_name AS "fileName", content_type AS "contentType", size, created_at AS "createdAt"`,
      [dossierId, label, source.sha256, source.fileName, source.contentType, source.size, uploadedBy, source.fileId])).rows[0]!;
  },

  async fileContent(db: Queryable, fileId: number): Promise<string | null> {
    return (await db.query<{ sha256: string | null }>('SELECT sha256 FROM dossier_files WHERE id = $1', [fileId])).rows[0]?.sha256 ?? null;
  },

  async deleteFile(tx: Tx, dossierId: number, fileId: number): Promise<boolean> {
    return ((await tx.query("DELETE FROM dossier_files WHERE id = $1 AND dossier_id = $2 AND kind = 'submission'", [fileId, dossierId])).rowCount ?? 0) > 0;
  },

};

// Signed copies of results carry this suffix (access.ts SIGNED_SUFFIX); only they go to the citizen's store.
const SIGNED_SUFFIX_PATTERN = ' (đã ký số)';

export type QueueItem = {
  id: number; code: string | null; trackingCode: string; status: DossierStatus; procedureName: string; applicantName: string;
  channel: DossierRow['channel']; currentAgencyId: number; receivingAgencyId: number; currentStep: number | null; stepName: string | null;
  submittedAt: Date | null; receivedAt: Date | null; dueAt: Date | null; stepDueAt: Date | null; extendedDueAt: Date | null;
  pausedAt: Date | null; remainingHours: number | null; paymentStatus: DossierRow['paymentStatus']; version: number;
};

const queueColumns = `d.id, d.code, d.tracking_code AS "trackingCode", d.status, d.procedure_name AS "procedureName", d.applicant->>'fullName' AS "applicantName", d.channel,
  d.current_agency_id AS "currentAgencyId", d.receiving_agency_id AS "receivingAgencyId", d.current_step AS "currentStep",
  d.step_name AS "stepName", d.submitted_at AS "submittedAt", d.received_at AS "receivedAt", d.due_at AS "dueAt",
  d.step_due_at AS "stepDueAt", d.extended_due_at AS "extendedDueAt", d.paused_at AS "pausedAt",
  d.remaining_hours AS "remainingHours", d.payment_status AS "paymentStatus", d.version`;
const queueFrom = 'FROM dossiers d';

type PublicStatusRow = { code: string | null; trackingCode: string; status: DossierStatus; outcome: string | null; procedureName: string; agencyName: string; currentAgencyName: string;
  submittedAt: Date | null; receivedAt: Date | null; dueAt: Date | null; extendedDueAt: Date | null; resolvedAt: Date | null; returnedAt: Date | null; pausedAt: Date | null };
const publicStatusSelect = `SELECT d.code, d.tracking_code AS "trackingCode", d.status, d.outcome, d.procedure_name AS "procedureName", r.name AS "agencyName", c.name AS "currentAgencyName",
    d.submitted_at AS "submittedAt", d.received_at AS "receivedAt", d.due_at AS "dueAt", d.extended_due_at AS "extendedDueAt", d.resolved_at AS "resolvedAt",
    d.returned_at AS "returnedAt", d.paused_at AS "pausedAt"
  FROM dossiers d JOIN agency_directory r ON r.id = d.receiving_agency_id
  JOIN agency_directory c ON c.id = d.current_agency_id`;

export type QueueFilter = {
  receptionAgencies: number[]; stepPairs: { agencyId: number; role: string }[]; agencies: number[];
  scope?: 'work' | 'all'; status?: DossierStatus; due?: 'today' | 'tomorrow' | 'overdue'; q?: string;
  sort?: 'deadline' | 'submitted' | 'received' | 'code'; order?: 'asc' | 'desc'; limit: number; offset: number;
};

// The deadline an official's list counts down to: the current step's in processing, otherwise the dossier's (as extended).
const deadline = `CASE WHEN d.status = 'processing' AND d.step_due_at IS NOT NULL THEN d.step_due_at ELSE coalesce(d.extended_due_at, d.due_at) END`;
const localDay = (expression: string) => `(${expression} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
const today = localDay('now()');
const OPEN = `d.status IN ('received', 'processing')`;
const DUE = {
  today: `${OPEN} AND ${localDay(deadline)} = ${today} AND ${deadline} >= now()`,
  tomorrow: `${OPEN} AND ${localDay(deadline)} = ${today} + 1`,
  overdue: `${OPEN} AND ${deadline} < now()`,
};
const QUEUE_ORDER = {
  deadline: `coalesce(${deadline}, d.submitted_at)`, submitted: 'd.submitted_at', received: 'd.received_at', code: 'd.code',
};

function queueWhere(filter: Omit<QueueFilter, 'limit' | 'offset'>) {
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const conditions = [filter.scope === 'all'
    ? `d.status <> 'draft' AND EXISTS (SELECT 1 FROM dossier_agencies a WHERE a.dossier_id = d.id AND a.agency_id = ANY(${param(filter.agencies)}::bigint[]))`
    : `((d.receiving_agency_id = ANY(${param(filter.receptionAgencies)}::bigint[]) AND d.status IN ('submitted', 'received', 'awaiting_supplement', 'awaiting_payment', 'result_ready'))
        OR (d.status = 'processing' AND (d.current_agency_id, d.step_role) IN (SELECT * FROM unnest(${param(filter.stepPairs.map((p) => p.agencyId))}::bigint[], ${param(filter.stepPairs.map((p) => p.role))}::text[]))))`];
  if (filter.status) conditions.push(`d.status = ${param(filter.status)}`);
  if (filter.due) conditions.push(DUE[filter.due]);
  if (filter.q) {
    const q = param(filter.q);
    conditions.push(`(d.code ILIKE '%' || ${q} || '%' OR vn_fold(d.applicant->>'fullName') LIKE '%' || vn_fold(${q}) || '%')`);
  }
  return { where: conditions.join(' AND '), values };
}

export const dossierQueries = {
  /**
   * An official's dossiers. `work`: what is theirs now (the desk's dossiers of their agencies, the
   * processing steps of their agencies in their roles); `all`: every dossier their agencies have had,
   * whatever its state (liên thông included). Filtered by state, by deadline (today, tomorrow, overdue, in
   * the province's time zone) and by code or applicant; sorted by deadline, submission, reception or code.
   */
  async queue(db: Queryable, filter: QueueFilter) {
    const { where, values } = queueWhere(filter);
    const order = QUEUE_ORDER[filter.sort ?? 'deadline'];
    const direction = filter.order === 'desc' ? 'DESC' : 'ASC';
    values.push(filter.limit, filter.offset);
    const found = await db.query<QueueItem & { total: number }>(
      `SELECT ${queueColumns}, count(*) OVER () AS total ${queueFrom}
        WHERE ${where}
        ORDER BY ${order} ${direction} NULLS LAST, d.id ${direction}
        LIMIT $${values.length - 1} OFFSET $${values.length}`, values);
    return { items: found.rows.map(({ total: _t, ...item }) => item), total: found.rows[0]?.total ?? 0 };
  },

  /** The counts an official's day starts with, over what is theirs now. */
  async queueSummary(db: Queryable, filter: Pick<QueueFilter, 'receptionAgencies' | 'stepPairs' | 'agencies'>) {
    const { where, values } = queueWhere({ ...filter, scope: 'work' });
    const found = await db.query<{ submitted: number; dueToday: number; dueTomorrow: number; overdue: number; awaitingSupplement: number; total: number }>(
      `SELECT count(*) FILTER (WHERE d.status = 'submitted')::int AS submitted,
              count(*) FILTER (WHERE ${DUE.today})::int AS "dueToday",
              count(*) FILTER (WHERE ${DUE.tomorrow})::int AS "dueTomorrow",
              count(*) FILTER (WHERE ${DUE.overdue})::int AS overdue,
              count(*) FILTER (WHERE d.status = 'awaiting_supplement')::int AS "awaitingSupplement",
              count(*)::int AS total
         ${queueFrom} WHERE ${where}`, values);
    return found.rows[0]!;
  },

  async mine(db: Queryable, applicantId: number, limit: number, offset: number) {
    const found = await db.query<QueueItem & { total: number }>(
      `SELECT ${queueColumns}, count(*) OVER () AS total ${queueFrom}
        WHERE d.applicant_id = $1 ORDER BY d.created_at DESC, d.id DESC LIMIT $2 OFFSET $3`,
      [applicantId, limit, offset],
    );
    return { items: found.rows.map(({ total: _t, ...item }) => item), total: found.rows[0]?.total ?? 0 };
  },

  /** What anyone may see of a dossier by its code: no personal data. */
  /** By its code, or by its tracking code (TS-…). */
  async publicStatus(db: Queryable, code: string) {
    return (await db.query<PublicStatusRow>(code.startsWith('TS-')
      ? { name: 'dossier-public-status-tracking', text: `${publicStatusSelect} WHERE d.tracking_code = $1`, values: [code] }
      : { name: 'dossier-public-status', text: `${publicStatusSelect} WHERE d.code = $1`, values: [code] })).rows[0];
  },

  /** An applicant's dossiers (not drafts), found by their ID number and phone, newest first. */
  async publicStatusesOfApplicant(db: Queryable, identityNumber: string, phone: string) {
    return (await db.query<PublicStatusRow>({ name: 'dossier-public-status-applicant', text: `${publicStatusSelect}
        WHERE d.applicant_identity_hash = $1 AND d.applicant_phone_hash = $2 AND d.status <> 'draft'
        ORDER BY coalesce(d.submitted_at, d.created_at) DESC, d.id DESC LIMIT 20`, values: [lookupHash('identity', identityNumber), lookupHash('phone', phone)] })).rows;
  },

  /** The tracking book's counters for an agency's received dossiers over a period (local dates, inclusive). */
  async counters(db: Queryable, agencyId: number, from: string, to: string) {
    const tz = "'Asia/Ho_Chi_Minh'";
    const found = await db.query<Record<'received' | 'processing' | 'awaitingSupplement' | 'resolvedEarly' | 'resolvedOnTime' | 'resolvedLate' | 'overdue' | 'refused' | 'stopped' | 'withdrawn' | 'returned' | 'rejected', number>>(
      `WITH mine AS (SELECT * FROM dossiers WHERE receiving_agency_id = $1 AND code IS NOT NULL),
            period_events AS (SELECT e.action FROM dossier_events e JOIN mine m ON m.id = e.dossier_id
                               WHERE (e.at AT TIME ZONE ${tz})::date BETWEEN $2::date AND $3::date)
       SELECT
         (SELECT count(*) FROM mine WHERE (received_at AT TIME ZONE ${tz})::date BETWEEN $2::date AND $3::date)::int AS received,
         (SELECT count(*) FROM mine WHERE status IN ('received', 'processing'))::int AS processing,
         (SELECT count(*) FROM mine WHERE status = 'awaiting_supplement')::int AS "awaitingSupplement",
         (SELECT count(*) FROM mine WHERE outcome IS NOT NULL AND (resolved_at AT TIME ZONE ${tz})::date BETWEEN $2::date AND $3::date
             AND (resolved_at AT TIME ZONE ${tz})::date < (due_at AT TIME ZONE ${tz})::date)::int AS "resolvedEarly",
         (SELECT count(*) FROM mine WHERE outcome IS NOT NULL AND (resolved_at AT TIME ZONE ${tz})::date BETWEEN $2::date AND $3::date
             AND resolved_at <= due_at AND (resolved_at AT TIME ZONE ${tz})::date >= (due_at AT TIME ZONE ${tz})::date)::int AS "resolvedOnTime",
         (SELECT count(*) FROM mine WHERE outcome IS NOT NULL AND (resolved_at AT TIME ZONE ${tz})::date BETWEEN $2::date AND $3::date
             AND resolved_at > due_at)::int AS "resolvedLate",
         (SELECT count(*) FROM mine WHERE status IN ('received', 'processing') AND due_at < now())::int AS overdue,
         (SELECT count(*) FROM period_events WHERE action = 'refuse')::int AS refused,
         (SELECT count(*) FROM period_events WHERE action = 'stop')::int AS stopped,
         (SELECT count(*) FROM period_events WHERE action = 'withdraw')::int AS withdrawn,
         (SELECT count(*) FROM period_events WHERE action = 'return')::int AS returned,
         (SELECT count(*) FROM dossiers d JOIN dossier_events e ON e.dossier_id = d.id AND e.action = 'reject'
           WHERE d.receiving_agency_id = $1 AND (e.at AT TIME ZONE ${tz})::date BETWEEN $2::date AND $3::date)::int AS rejected`,
      [agencyId, from, to],
    );
    return found.rows[0]!;
  },

  async trackingBook(db: Queryable, agencyId: number, from: string, to: string) {
    return (await db.query<{ code: string; procedureName: string; applicant: Applicant; receivedAt: Date; dueAt: Date | null; resolvedAt: Date | null;
      returnedAt: Date | null; status: DossierStatus; outcome: string | null }>(
      `SELECT d.code, d.procedure_name AS "procedureName", d.applicant, d.received_at AS "receivedAt", d.due_at AS "dueAt",
              d.resolved_at AS "resolvedAt", d.returned_at AS "returnedAt", d.status, d.outcome
         FROM dossiers d
        WHERE d.receiving_agency_id = $1 AND d.code IS NOT NULL
          AND (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2::date AND $3::date
        ORDER BY d.received_at, d.id LIMIT 5000`,
      [agencyId, from, to],
    )).rows;
  },
};
