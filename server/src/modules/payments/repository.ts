import type { Queryable, Tx } from '../../platform/db.js';
import { sealFields } from '../../platform/personal-data.js';

export type PaymentStatus = 'pending' | 'paid' | 'failed' | 'expired';
export type PaymentRow = {
  id: number; reference: string; dossierId: number; agencyId: number; amount: number;
  lines: { code: string; name: string; kind: string; basis: string; amount: number }[];
  payer: { fullName: string; identityNumber?: string; address?: string };
  channel: 'online' | 'counter'; status: PaymentStatus; paymentUrl: string | null; transactionId: string | null; bankCode: string | null;
  confirmedBy: 'callback' | 'query' | 'counter' | null; paidAt: Date | null; failure: string | null;
  receiptNumber: string | null; receiptSha256: string | null; receiptSize: number | null;
  queryAttempts: number; createdBy: number | null; createdAt: Date; updatedAt: Date;
};

const columns = `id, reference, dossier_id AS "dossierId", agency_id AS "agencyId", amount::int AS amount, lines, payer, channel, status,
  payment_url AS "paymentUrl", transaction_id AS "transactionId", bank_code AS "bankCode", confirmed_by AS "confirmedBy", paid_at AS "paidAt",
  failure, receipt_number AS "receiptNumber", receipt_sha256 AS "receiptSha256", receipt_size AS "receiptSize", query_attempts AS "queryAttempts",
  created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt"`;

export type NewPayment = Pick<PaymentRow, 'dossierId' | 'agencyId' | 'amount' | 'lines' | 'payer' | 'channel' | 'createdBy'> &
  { status: 'pending' | 'paid'; paidAt?: Date; confirmedBy?: 'counter'; firstQueryInSeconds?: number };

export type CallbackVerdict = 'accepted' | 'duplicate' | 'bad_checksum' | 'wrong_amount' | 'unknown_reference' | 'malformed' | 'failed';

export type Difference = {
  id: number; reference: string; kind: 'missing_here' | 'missing_there' | 'amount'; agencyId: number | null; agencyName: string | null;
  ourAmount: number | null; platformAmount: number | null; transactionId: string | null;
  resolvedAt: Date | null; resolvedByName: string | null; resolution: string | null;
};

export const paymentRepository = {
  /** A payment with its reference (MaThamChieu): TT + the local date + its id, unique and readable at the counter. */
  async insert(tx: Tx, p: NewPayment): Promise<PaymentRow> {
    return (await tx.query<PaymentRow>({ name: 'payment-insert', text: `WITH n AS (SELECT nextval(pg_get_serial_sequence('payments', 'id')) AS id)
       INSERT INTO payments (id, reference, dossier_id, agency_id, amount, lines, payer, channel, status, paid_at, confirmed_by, created_by, next_query_at)
       SELECT n.id, 'TT' || to_char(now() AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYYMMDD') || lpad(n.id::text, 8, '0'),
              $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() + make_interval(secs => $11::double precision)
         FROM n RETURNING ${columns}`,
      values: [p.dossierId, p.agencyId, p.amount, JSON.stringify(p.lines), sealFields(p.payer), p.channel, p.status, p.paidAt ?? null, p.confirmedBy ?? null, p.createdBy,
        p.status === 'pending' ? p.firstQueryInSeconds ?? 120 : null] })).rows[0]!;
  },

  async byReference(db: Queryable, reference: string): Promise<PaymentRow | undefined> {
    return (await db.query<PaymentRow>({ name: 'payment-by-reference', text: `SELECT ${columns} FROM payments WHERE reference = $1`, values: [reference] })).rows[0];
  },

  async get(db: Queryable, id: number): Promise<PaymentRow | undefined> {
    return (await db.query<PaymentRow>({ name: 'payment-get', text: `SELECT ${columns} FROM payments WHERE id = $1`, values: [id] })).rows[0];
  },

  async ofDossier(db: Queryable, dossierId: number): Promise<PaymentRow[]> {
    return (await db.query<PaymentRow>({ name: 'payments-of-dossier', text: `SELECT ${columns} FROM payments WHERE dossier_id = $1 ORDER BY id`, values: [dossierId] })).rows;
  },

  /** A pending online payment of the dossier still worth sending the citizen back to. */
  async recentPending(db: Queryable, dossierId: number, withinMinutes: number): Promise<PaymentRow | undefined> {
    return (await db.query<PaymentRow>(`SELECT ${columns} FROM payments
        WHERE dossier_id = $1 AND status = 'pending' AND channel = 'online' AND payment_url IS NOT NULL AND created_at > now() - make_interval(mins => $2)
        ORDER BY id DESC LIMIT 1`, [dossierId, withinMinutes])).rows[0];
  },

  async setPaymentUrl(db: Queryable, id: number, url: string): Promise<void> {
    await db.query('UPDATE payments SET payment_url = $2, updated_at = now() WHERE id = $1', [id, url]);
  },

  /** Marks a payment paid, once: only a payment not yet paid changes; returns it, or nothing when it already was. */
  async markPaid(tx: Tx, id: number, paid: { paidAt: Date; transactionId: string | null; bank: string | null; confirmedBy: 'callback' | 'query' }): Promise<PaymentRow | undefined> {
    return (await tx.query<PaymentRow>({ name: 'payment-mark-paid', text: `UPDATE payments SET status = 'paid', paid_at = $2, transaction_id = $3, bank_code = $4, confirmed_by = $5,
              next_query_at = NULL, failure = NULL, updated_at = now()
        WHERE id = $1 AND status <> 'paid' RETURNING ${columns}`, values: [id, paid.paidAt, paid.transactionId, paid.bank, paid.confirmedBy] })).rows[0];
  },

  /** A pending payment that will not be paid (cancelled on the platform, never registered, too old). */
  async markUnpaid(tx: Queryable, id: number, status: 'failed' | 'expired', failure: string): Promise<boolean> {
    return ((await tx.query(`UPDATE payments SET status = $2, failure = $3, next_query_at = NULL, updated_at = now() WHERE id = $1 AND status = 'pending'`,
      [id, status, failure])).rowCount ?? 0) > 0;
  },

  async logCallback(db: Queryable, entry: { reference: string | null; verdict: CallbackVerdict; message: Record<string, unknown>; remote: string }): Promise<void> {
    await db.query({ name: 'payment-callback-log', text: 'INSERT INTO payment_callbacks (reference, verdict, message, remote) VALUES ($1, $2, $3, $4)',
      values: [entry.reference, entry.verdict, entry.message, entry.remote] });
  },

  async callbacksOf(db: Queryable, reference: string) {
    return (await db.query<{ receivedAt: Date; verdict: CallbackVerdict }>(
      'SELECT received_at AS "receivedAt", verdict FROM payment_callbacks WHERE reference = $1 ORDER BY id', [reference])).rows;
  },

  /**
   * Claims pending payments due for a query: each one's next query is pushed back (backoff) in the same
   * statement, so that two nodes never ask about the same payment at once.
   */
  async claimDueQueries(db: Queryable, limit: number): Promise<PaymentRow[]> {
    return (await db.query<PaymentRow>(`WITH due AS (
         SELECT id FROM payments WHERE status = 'pending' AND next_query_at <= now() ORDER BY next_query_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       UPDATE payments p SET query_attempts = p.query_attempts + 1,
              next_query_at = now() + make_interval(mins => least(60, 2 * power(2, p.query_attempts))::int)
         FROM due WHERE p.id = due.id RETURNING ${columns.replace(/(^|,\s*)(\w+)/g, '$1p.$2')}`, [limit])).rows;
  },

  /** The next receipt number of the agency's year; taken once per payment (a retried job keeps it). */
  async assignReceiptNumber(db: Queryable, id: number, agencyId: number, year: number): Promise<string> {
    const assigned = await db.query<{ receiptNumber: string }>(
      `WITH existing AS (SELECT receipt_number FROM payments WHERE id = $1 AND receipt_number IS NOT NULL),
            next AS (INSERT INTO payment_receipt_sequences (agency_id, year, last_value) SELECT $2, $3, 1 WHERE NOT EXISTS (SELECT 1 FROM existing)
                     ON CONFLICT (agency_id, year) DO UPDATE SET last_value = payment_receipt_sequences.last_value + 1 RETURNING last_value),
            updated AS (UPDATE payments SET receipt_number = $3 || '-' || lpad((SELECT last_value FROM next)::text, 7, '0')
                         WHERE id = $1 AND receipt_number IS NULL AND EXISTS (SELECT 1 FROM next) RETURNING receipt_number)
       SELECT receipt_number AS "receiptNumber" FROM existing UNION ALL SELECT receipt_number FROM updated`, [id, agencyId, year]);
    return assigned.rows[0]!.receiptNumber;
  },

  async fillReceipt(db: Queryable, id: number, stored: { sha256: string; size: number }): Promise<void> {
    await db.query('UPDATE payments SET receipt_sha256 = $2, receipt_size = $3, updated_at = now() WHERE id = $1 AND receipt_sha256 IS NULL', [id, stored.sha256, stored.size]);
  },

  /** Payments of some agencies, newest first, for the finance officer. */
  async list(db: Queryable, filter: { agencies: number[]; from: string; to: string; status?: PaymentStatus; limit: number; offset: number }) {
    const found = await db.query<PaymentRow & { dossierCode: string | null; total: number }>(
      `SELECT ${columns.replace(/(^|,\s*)(\w+)/g, '$1p.$2')}, d.code AS "dossierCode", count(*) OVER () AS total
         FROM payments p JOIN dossier_directory d ON d.id = p.dossier_id
        WHERE p.agency_id = ANY($1::bigint[]) AND (p.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2::date AND $3::date
          AND ($4::text IS NULL OR p.status = $4)
        ORDER BY p.id DESC LIMIT $5 OFFSET $6`, [filter.agencies, filter.from, filter.to, filter.status ?? null, filter.limit, filter.offset]);
    return { items: found.rows.map(({ total: _t, ...row }) => row), total: found.rows[0]?.total ?? 0 };
  },

  /** What a receipt names of the dossier (dossiers' published view). */
  async dossierSummary(db: Queryable, dossierId: number) {
    return (await db.query<{ code: string | null; trackingCode: string; procedureName: string }>(
      'SELECT code, tracking_code AS "trackingCode", procedure_name AS "procedureName" FROM dossier_directory WHERE id = $1', [dossierId])).rows[0];
  },

  // ---- reconciliation ----

  /** Online payments we recorded as paid on a local day. */
  async paidOnlineOn(db: Queryable, day: string) {
    return (await db.query<{ reference: string; amount: number; agencyId: number; transactionId: string | null }>(
      `SELECT reference, amount::int AS amount, agency_id AS "agencyId", transaction_id AS "transactionId" FROM payments
        WHERE status = 'paid' AND channel = 'online' AND (paid_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = $1::date`, [day])).rows;
  },

  async agenciesOfReferences(db: Queryable, references: string[]): Promise<Map<string, { agencyId: number; amount: number; status: PaymentStatus }>> {
    const found = await db.query<{ reference: string; agencyId: number; amount: number; status: PaymentStatus }>(
      'SELECT reference, agency_id AS "agencyId", amount::int AS amount, status FROM payments WHERE reference = ANY($1::text[])', [references]);
    return new Map(found.rows.map((r) => [r.reference, r]));
  },

  /** Records a day's run, replacing its unresolved differences; resolved ones stay as they were resolved. */
  async saveReconciliation(tx: Tx, run: { day: string; ranBy: number | null; platformCount: number; platformTotal: number; ourCount: number; ourTotal: number },
    differences: Omit<Difference, 'id' | 'agencyName' | 'resolvedAt' | 'resolvedByName' | 'resolution'>[]): Promise<number> {
    const saved = await tx.query<{ id: number }>(
      `INSERT INTO payment_reconciliations (day, ran_by, platform_count, platform_total, our_count, our_total) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (day) DO UPDATE SET ran_at = now(), ran_by = $2, platform_count = $3, platform_total = $4, our_count = $5, our_total = $6
       RETURNING id`, [run.day, run.ranBy, run.platformCount, run.platformTotal, run.ourCount, run.ourTotal]);
    const id = saved.rows[0]!.id;
    await tx.query('DELETE FROM payment_differences WHERE reconciliation_id = $1 AND resolved_at IS NULL', [id]);
    await tx.query(
      `INSERT INTO payment_differences (reconciliation_id, reference, kind, agency_id, our_amount, platform_amount, transaction_id)
       SELECT $1, * FROM jsonb_to_recordset($2::jsonb) AS d(reference text, kind text, "agencyId" bigint, "ourAmount" bigint, "platformAmount" bigint, "transactionId" text)
       ON CONFLICT (reconciliation_id, reference, kind) DO NOTHING`, [id, JSON.stringify(differences)]);
    return id;
  },

  async reconciliation(db: Queryable, day: string) {
    return (await db.query<{ id: number; day: string; ranAt: Date; platformCount: number; platformTotal: number; ourCount: number; ourTotal: number }>(
      `SELECT id, to_char(day, 'YYYY-MM-DD') AS day, ran_at AS "ranAt", platform_count AS "platformCount", platform_total::int AS "platformTotal",
              our_count AS "ourCount", our_total::int AS "ourTotal" FROM payment_reconciliations WHERE day = $1`, [day])).rows[0];
  },

  /** A run's differences on the given agencies' payments, and (`unassigned`) those on references we do not have. */
  async differences(db: Queryable, reconciliationId: number, agencies: number[], unassigned: boolean): Promise<Difference[]> {
    return (await db.query<Difference>(
      `SELECT f.id, f.reference, f.kind, f.agency_id AS "agencyId", a.name AS "agencyName", f.our_amount::int AS "ourAmount",
              f.platform_amount::int AS "platformAmount", f.transaction_id AS "transactionId", f.resolved_at AS "resolvedAt",
              u.full_name AS "resolvedByName", f.resolution
         FROM payment_differences f LEFT JOIN agency_directory a ON a.id = f.agency_id LEFT JOIN user_directory u ON u.id = f.resolved_by
        WHERE f.reconciliation_id = $1 AND (f.agency_id = ANY($2::bigint[]) OR (f.agency_id IS NULL AND $3))
        ORDER BY f.id`, [reconciliationId, agencies, unassigned])).rows;
  },

  async difference(db: Queryable, id: number) {
    return (await db.query<{ id: number; agencyId: number | null; resolvedAt: Date | null }>(
      'SELECT id, agency_id AS "agencyId", resolved_at AS "resolvedAt" FROM payment_differences WHERE id = $1', [id])).rows[0];
  },

  async resolveDifference(tx: Tx, id: number, by: number, resolution: string): Promise<boolean> {
    return ((await tx.query('UPDATE payment_differences SET resolved_at = now(), resolved_by = $2, resolution = $3 WHERE id = $1 AND resolved_at IS NULL',
      [id, by, resolution])).rowCount ?? 0) > 0;
  },
};
