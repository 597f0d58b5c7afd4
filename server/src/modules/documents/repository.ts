import type { Queryable, Tx } from '../../platform/db.js';
import type { StampBoxes } from './layout.js';
import type { Direction, DocumentStatus } from './rules.js';

export type DocumentRow = {
  id: number; agencyId: number; agencyName: string; direction: Direction; status: DocumentStatus; docType: string; summary: string; body: string | null;
  urgency: number; confidentiality: number; registerId: number | null; number: number | null; numberSymbol: string | null; unitSymbol: string | null;
  issuerName: string | null; issuerCode: string | null; issuedOn: string | null; receivedAt: Date | null; channel: 'paper' | 'platform' | 'axis' | null;
  dueOn: string | null; leaderId: number | null; leaderName: string | null; signerId: number | null; signerName: string | null;
  signerPosition: string | null; signerCompetence: string | null; signedAt: Date | null; issuedAt: Date | null;
  fileSha256: string | null; stampBoxes: StampBoxes | null; sourceId: number | null; respondsTo: number | null; exchangeId: string | null; dossierId: number | null;
  createdBy: number | null; createdByName: string | null; createdAt: Date; updatedAt: Date; version: number;
};

const columns = `d.id, d.agency_id AS "agencyId", ag.name AS "agencyName", d.direction, d.status, d.doc_type AS "docType", d.summary, d.body,
  d.urgency, d.confidentiality, d.register_id AS "registerId", d.number, d.number_symbol AS "numberSymbol", d.unit_symbol AS "unitSymbol",
  d.issuer_name AS "issuerName", d.issuer_code AS "issuerCode", d.issued_on AS "issuedOn", d.received_at AS "receivedAt", d.channel,
  d.due_on AS "dueOn", d.leader_id AS "leaderId", lu.full_name AS "leaderName", d.signer_id AS "signerId", su.full_name AS "signerName",
  d.signer_position AS "signerPosition", d.signer_competence AS "signerCompetence", d.signed_at AS "signedAt", d.issued_at AS "issuedAt",
  d.file_sha256 AS "fileSha256", d.stamp_boxes AS "stampBoxes", d.source_id AS "sourceId", d.responds_to AS "respondsTo", d.exchange_id AS "exchangeId", d.dossier_id AS "dossierId",
  d.created_by AS "createdBy", cu.full_name AS "createdByName", d.created_at AS "createdAt", d.updated_at AS "updatedAt", d.version`;
const joins = `JOIN agency_directory ag ON ag.id = d.agency_id
  LEFT JOIN user_directory lu ON lu.id = d.leader_id LEFT JOIN user_directory su ON su.id = d.signer_id LEFT JOIN user_directory cu ON cu.id = d.created_by`;

export type NewDocument = {
  agencyId: number; direction: Direction; status: DocumentStatus; docType: string; summary: string; body?: string | null;
  urgency: number; confidentiality: number; unitSymbol?: string | null; numberSymbol?: string | null; issuerName?: string | null; issuerCode?: string | null;
  issuedOn?: string | null; channel?: 'paper' | 'platform' | 'axis' | null; receivedAt?: Date | null; dueOn?: string | null; leaderId?: number | null;
  signerId?: number | null; signerPosition?: string | null; signerCompetence?: string | null; fileSha256?: string | null;
  sourceId?: number | null; respondsTo?: number | null; exchangeId?: string | null; dossierId?: number | null; createdBy: number | null;
};

export type Recipient = { id: number; agencyId: number | null; organId: string; organName: string; channel: 'platform' | 'axis'; status: string; statusNote: string | null; deliveredId: number | null; updatedAt: Date };
export type Assignment = {
  id: number; documentId: number; agencyId: number; agencyName: string; userId: number | null; userName: string | null; role: 'lead' | 'support';
  deadline: string | null; note: string | null; status: 'open' | 'done' | 'withdrawn'; report: string | null; assignedBy: number; assignedByName: string;
  assignedAt: Date; doneAt: Date | null; doneOn: string | null;
};
export type Review = { id: number; reviewerId: number; reviewerName: string; round: number; verdict: 'passed' | 'returned' | null; comment: string | null; requestedAt: Date; decidedAt: Date | null };
export type Attachment = { id: number; name: string; sha256: string; size: number; contentType: string; createdAt: Date };
export type HistoryEntry = { at: Date; actorName: string; action: string; note: string | null };
export type Register = { id: number; agencyId: number; direction: Direction; year: number; name: string; agencySymbol: string; lastNumber: number };

export type DocumentFilter = {
  agencyIds: number[]; userId: number; direction?: Direction; status?: DocumentStatus; tsquery?: string; numberPrefix?: string;
  assignedToMe?: boolean; dossierId?: number; limit: number; offset: number;
};

const assignmentColumns = `a.id, a.document_id AS "documentId", a.agency_id AS "agencyId", ag.name AS "agencyName", a.user_id AS "userId", u.full_name AS "userName",
  a.role, a.deadline, a.note, a.status, a.report, a.assigned_by AS "assignedBy", b.full_name AS "assignedByName", a.assigned_at AS "assignedAt",
  a.done_at AS "doneAt", (a.done_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS "doneOn"`;

export const documentRepository = {
  async insert(tx: Tx, d: NewDocument): Promise<number> {
    return (await tx.query<{ id: number }>(`INSERT INTO documents (agency_id, direction, status, doc_type, summary, body, urgency, confidentiality, unit_symbol,
        number_symbol, issuer_name, issuer_code, issued_on, channel, received_at, due_on, leader_id, signer_id, signer_position, signer_competence,
        file_sha256, source_id, dossier_id, created_by, exchange_id, responds_to)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26) RETURNING id`,
    [d.agencyId, d.direction, d.status, d.docType, d.summary, d.body ?? null, d.urgency, d.confidentiality, d.unitSymbol ?? null, d.numberSymbol ?? null,
      d.issuerName ?? null, d.issuerCode ?? null, d.issuedOn ?? null, d.channel ?? null, d.receivedAt ?? null, d.dueOn ?? null, d.leaderId ?? null,
      d.signerId ?? null, d.signerPosition ?? null, d.signerCompetence ?? null, d.fileSha256 ?? null, d.sourceId ?? null, d.dossierId ?? null, d.createdBy,
      d.exchangeId ?? null, d.respondsTo ?? null])).rows[0]!.id;
  },

  async get(db: Queryable, id: number, lock = false): Promise<DocumentRow | undefined> {
    return (await db.query<DocumentRow>(`SELECT ${columns} FROM documents d ${joins} WHERE d.id = $1 ${lock ? 'FOR UPDATE OF d' : ''}`, [id])).rows[0];
  },

  /** Changes a document if it is still at `version` (optimistic): false when someone changed it meanwhile. */
  async update(tx: Tx, id: number, version: number, set: Record<string, unknown>): Promise<boolean> {
    const entries = Object.entries(set);
    const assignments = entries.map(([column], i) => `${column} = $${i + 3}`).join(', ');
    const result = await tx.query(`UPDATE documents SET ${assignments}${assignments ? ', ' : ''}version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`,
      [id, version, ...entries.map(([, value]) => value)]);
    return result.rowCount === 1;
  },

  /** The documents an official may see: their agencies' own, and those with an assignment for their agency or for them. */
  /** The page of visible documents and their total, as one statement (the benchmark runs it bare too). */
  listQuery(f: DocumentFilter): { text: string; values: unknown[]; visible: string } {
    const where: string[] = [];
    const values: unknown[] = [f.agencyIds, f.userId];
    const param = (value: unknown) => `$${values.push(value)}`;
    if (f.direction) where.push(`d.direction = ${param(f.direction)}`);
    if (f.status) where.push(`d.status = ${param(f.status)}`);
    if (f.dossierId) where.push(`d.dossier_id = ${param(f.dossierId)}`);
    if (f.assignedToMe) {
      where.push(`EXISTS (SELECT 1 FROM document_assignments x WHERE x.document_id = d.id AND x.status = 'open' AND (x.user_id = $2
        OR (x.user_id IS NULL AND x.agency_id = ANY($1::bigint[]))))`);
    }
    const filters = where.map((w) => ` AND ${w}`).join('');
    const assigned = `SELECT x.document_id FROM document_assignments x WHERE x.status <> 'withdrawn' AND (x.agency_id = ANY($1::bigint[]) OR x.user_id = $2)`;
    let visible: string;
    if (f.numberPrefix) {
      // A number and symbol by its beginning (documents_number_symbol): few rows, joined as they come.
      const prefix = `vn_fold(d.number_symbol) LIKE ${param(f.numberPrefix)} || '%'`;
      visible = `SELECT d.id FROM documents d WHERE d.agency_id = ANY($1::bigint[]) AND ${prefix}${filters}
        UNION SELECT d.id FROM (${assigned}) a JOIN documents d ON d.id = a.document_id WHERE ${prefix}${filters}`;
    } else if (f.tsquery) {
      // Words and agency in one lookup (documents_agency_words: each row's words carry its agency as "@id"),
      // and the assigned documents probed one by one, whatever else in the province matches the words.
      const words = `to_tsquery('simple', ${param(f.tsquery)})`;
      const agencies = param(f.agencyIds.map((id) => `'@${id}'`).join(' | '));
      visible = `SELECT d.id FROM documents d
         WHERE (d.search_vector || array_to_tsvector(ARRAY['@' || d.agency_id::text])) @@ (${words} && ${agencies}::tsquery)${filters}
        UNION SELECT d.id FROM documents d WHERE d.id = ANY (ARRAY(${assigned})) AND d.search_vector @@ ${words}${filters}`;
    } else {
      visible = `SELECT d.id FROM documents d WHERE d.agency_id = ANY($1::bigint[])${filters}
        UNION SELECT d.id FROM (${assigned}) a JOIN documents d ON d.id = a.document_id WHERE true${filters}`;
    }
    const overdue = `EXISTS (SELECT 1 FROM document_assignments o WHERE o.document_id = d.id AND o.status = 'open'
        AND o.deadline < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS overdue`;
    // The visible set is built once for the page and its total.
    const text = `WITH v AS MATERIALIZED (${visible}),
        page AS (SELECT id FROM v ORDER BY id DESC LIMIT ${f.limit} OFFSET ${f.offset})
      SELECT ${columns}, ${overdue}, (SELECT count(*)::int FROM v) AS total FROM page JOIN documents d ON d.id = page.id ${joins} ORDER BY d.id DESC`;
    return { text, values, visible };
  },

  async list(db: Queryable, f: DocumentFilter): Promise<{ items: (DocumentRow & { overdue: boolean })[]; total: number }> {
    const { text, values, visible } = this.listQuery(f);
    const rows = (await db.query<DocumentRow & { overdue: boolean; total: number }>(text, values)).rows;
    // A page past the end has no row to carry the total.
    const total = rows[0]?.total ?? (f.offset > 0 ? (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${visible}) v`, values)).rows[0]!.n : 0);
    return { items: rows.map(({ total: _t, ...d }) => d as DocumentRow & { overdue: boolean }), total };
  },

  /** Who may read the document besides its own agency: the agencies and people it is assigned to. */
  async assignees(db: Queryable, documentId: number): Promise<{ agencyIds: number[]; userIds: number[] }> {
    const rows = (await db.query<{ agencyId: number; userId: number | null }>(`SELECT agency_id AS "agencyId", user_id AS "userId"
        FROM document_assignments WHERE document_id = $1 AND status <> 'withdrawn'`, [documentId])).rows;
    return { agencyIds: rows.map((r) => r.agencyId), userIds: rows.flatMap((r) => (r.userId ? [r.userId] : [])) };
  },

  // ---- registers and numbers ----

  /** The agency's register of a direction and year, made on first use with its default name. */
  async registerOf(tx: Tx, agencyId: number, direction: Direction, year: number, agencySymbol: string): Promise<Register> {
    const name = direction === 'incoming' ? `Sổ văn bản đến năm ${year}` : `Sổ văn bản đi năm ${year}`;
    await tx.query(`INSERT INTO document_registers (agency_id, direction, year, name, agency_symbol) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [agencyId, direction, year, name, agencySymbol]);
    return (await tx.query<Register>(`SELECT id, agency_id AS "agencyId", direction, year, name, agency_symbol AS "agencySymbol", last_number AS "lastNumber"
        FROM document_registers WHERE agency_id = $1 AND direction = $2 AND year = $3 ORDER BY id LIMIT 1`, [agencyId, direction, year])).rows[0]!;
  },

  async registers(db: Queryable, agencyIds: number[]): Promise<Register[]> {
    return (await db.query<Register>(`SELECT id, agency_id AS "agencyId", direction, year, name, agency_symbol AS "agencySymbol", last_number AS "lastNumber"
        FROM document_registers WHERE agency_id = ANY($1::bigint[]) ORDER BY year DESC, direction, id`, [agencyIds])).rows;
  },

  async register(db: Queryable, id: number): Promise<Register | undefined> {
    return (await db.query<Register>(`SELECT id, agency_id AS "agencyId", direction, year, name, agency_symbol AS "agencySymbol", last_number AS "lastNumber"
        FROM document_registers WHERE id = $1`, [id])).rows[0];
  },

  async renameRegister(tx: Tx, id: number, change: { name?: string; agencySymbol?: string }): Promise<void> {
    await tx.query('UPDATE document_registers SET name = coalesce($2, name), agency_symbol = coalesce($3, agency_symbol) WHERE id = $1', [id, change.name ?? null, change.agencySymbol ?? null]);
  },

  /**
   * The register's next number. The row stays locked until the unit of work ends, so concurrent issues
   * in one register take consecutive numbers, and a rolled-back issue gives its number back: no gap.
   */
  async takeNumber(tx: Tx, registerId: number): Promise<number> {
    return (await tx.query<{ n: number }>('UPDATE document_registers SET last_number = last_number + 1 WHERE id = $1 RETURNING last_number AS n', [registerId])).rows[0]!.n;
  },

  // ---- parts of a document ----

  async history(db: Queryable, documentId: number): Promise<HistoryEntry[]> {
    return (await db.query<HistoryEntry>(`SELECT at, actor_name AS "actorName", action, note FROM document_history WHERE document_id = $1 ORDER BY id`, [documentId])).rows;
  },

  async addHistory(tx: Tx, documentId: number, actor: { id: number | null; fullName: string }, action: string, note: string | null = null): Promise<void> {
    await tx.query('INSERT INTO document_history (document_id, actor_id, actor_name, action, note) VALUES ($1, $2, $3, $4, $5)',
      [documentId, actor.id, actor.fullName, action, note]);
  },

  async attachments(db: Queryable, documentId: number): Promise<Attachment[]> {
    return (await db.query<Attachment>(`SELECT id, name, sha256, size, content_type AS "contentType", created_at AS "createdAt"
        FROM document_attachments WHERE document_id = $1 ORDER BY id`, [documentId])).rows;
  },

  async addAttachment(tx: Tx, documentId: number, name: string, file: { sha256: string; size: number; contentType: string }, userId: number | null): Promise<number> {
    return (await tx.query<{ id: number }>('INSERT INTO document_attachments (document_id, name, sha256, size, content_type, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [documentId, name, file.sha256, file.size, file.contentType, userId])).rows[0]!.id;
  },

  async recipients(db: Queryable, documentId: number): Promise<Recipient[]> {
    return (await db.query<Recipient>(`SELECT id, agency_id AS "agencyId", organ_id AS "organId", organ_name AS "organName", channel, status,
        status_note AS "statusNote", delivered_id AS "deliveredId", updated_at AS "updatedAt" FROM document_recipients WHERE document_id = $1 ORDER BY id`, [documentId])).rows;
  },

  async replaceRecipients(tx: Tx, documentId: number, recipients: { agencyId: number | null; organId: string; organName: string }[]): Promise<void> {
    await tx.query('DELETE FROM document_recipients WHERE document_id = $1', [documentId]);
    for (const r of recipients) {
      await tx.query(`INSERT INTO document_recipients (document_id, agency_id, organ_id, organ_name, channel) VALUES ($1, $2, $3, $4, $5)`,
        [documentId, r.agencyId, r.organId, r.organName, r.agencyId ? 'platform' : 'axis']);
    }
  },

  async setRecipientStatus(tx: Tx, where: { id: number } | { deliveredId: number } | { documentId: number; organId: string }, status: string, note: string | null = null, deliveredId?: number): Promise<void> {
    const [clause, values] = 'id' in where ? ['id = $1', [where.id]] : 'deliveredId' in where ? ['delivered_id = $1', [where.deliveredId]]
      : ['document_id = $1 AND organ_id = $2', [where.documentId, where.organId]];
    await tx.query(`UPDATE document_recipients SET status = $${values.length + 1}, status_note = $${values.length + 2},
        delivered_id = coalesce($${values.length + 3}, delivered_id), updated_at = now() WHERE ${clause}`, [...values, status, note, deliveredId ?? null]);
  },

  async reviews(db: Queryable, documentId: number): Promise<Review[]> {
    return (await db.query<Review>(`SELECT r.id, r.reviewer_id AS "reviewerId", u.full_name AS "reviewerName", r.round, r.verdict, r.comment,
        r.requested_at AS "requestedAt", r.decided_at AS "decidedAt"
        FROM document_reviews r JOIN user_directory u ON u.id = r.reviewer_id WHERE r.document_id = $1 ORDER BY r.round, r.id`, [documentId])).rows;
  },

  async requestReviews(tx: Tx, documentId: number, reviewerIds: number[]): Promise<void> {
    await tx.query(`INSERT INTO document_reviews (document_id, reviewer_id, round)
      SELECT $1, r, coalesce((SELECT max(round) FROM document_reviews WHERE document_id = $1), 0) + 1 FROM unnest($2::bigint[]) AS r`, [documentId, reviewerIds]);
  },

  /** Records a reviewer's verdict in the current round; the verdicts of that round after it. */
  async decideReview(tx: Tx, documentId: number, reviewerId: number, verdict: 'passed' | 'returned', comment: string | null): Promise<('passed' | 'returned' | null)[] | null> {
    const decided = await tx.query(`UPDATE document_reviews SET verdict = $3, comment = $4, decided_at = now()
        WHERE document_id = $1 AND reviewer_id = $2 AND verdict IS NULL AND round = (SELECT max(round) FROM document_reviews WHERE document_id = $1)`,
    [documentId, reviewerId, verdict, comment]);
    if (decided.rowCount !== 1) return null;
    return (await tx.query<{ verdict: 'passed' | 'returned' | null }>(`SELECT verdict FROM document_reviews
        WHERE document_id = $1 AND round = (SELECT max(round) FROM document_reviews WHERE document_id = $1)`, [documentId])).rows.map((r) => r.verdict);
  },

  async assignments(db: Queryable, documentId: number): Promise<Assignment[]> {
    return (await db.query<Assignment>(`SELECT ${assignmentColumns} FROM document_assignments a JOIN agency_directory ag ON ag.id = a.agency_id
        LEFT JOIN user_directory u ON u.id = a.user_id JOIN user_directory b ON b.id = a.assigned_by WHERE a.document_id = $1 ORDER BY a.id`, [documentId])).rows;
  },

  async addAssignment(tx: Tx, documentId: number, a: { agencyId: number; userId: number | null; role: 'lead' | 'support'; deadline: string | null; note: string | null }, by: number): Promise<number> {
    return (await tx.query<{ id: number }>(`INSERT INTO document_assignments (document_id, agency_id, user_id, role, deadline, note, assigned_by)
        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, [documentId, a.agencyId, a.userId, a.role, a.deadline, a.note, by])).rows[0]!.id;
  },

  /** Closes an open assignment (done with a report, or withdrawn when reassigned): false when it was not open. */
  async closeAssignment(tx: Tx, id: number, status: 'done' | 'withdrawn', by: number, report: string | null): Promise<boolean> {
    return (await tx.query(`UPDATE document_assignments SET status = $2, done_by = $3, report = $4, done_at = now() WHERE id = $1 AND status = 'open'`,
      [id, status, by, report])).rowCount === 1;
  },

  async openLeadAssignments(tx: Tx, documentId: number): Promise<number> {
    return (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM document_assignments WHERE document_id = $1 AND role = 'lead' AND status = 'open'`, [documentId])).rows[0]!.n;
  },
};
