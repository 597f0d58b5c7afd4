import { createHash } from 'node:crypto';
/**
 * Every SQL statement of the benchmark, in one place: when the schema changes, adjust it here.
 *
 * The data is written in bulk by PostgreSQL itself. A dossier's columns that vary (code, status, dates)
 * are spelled out below; every other column is copied from a template dossier made through the API, so
 * a column the server adds is filled the way the server fills it.
 */
import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

/** The procedure of the write measurements: certified copies at the Chi Lăng ward's one-stop desk. */
export const BENCH_PROCEDURE = '2.000815';

export async function procedureId(db: Queryable, nationalCode = BENCH_PROCEDURE): Promise<number> {
  const found = await db.query<{ id: number }>('SELECT id FROM procedures WHERE national_code = $1 ORDER BY id LIMIT 1', [nationalCode]);
  if (!found.rows[0]) throw new Error(`procedure ${nationalCode} is not in the demo catalogue`);
  return found.rows[0].id;
}

export async function agencies(db: Queryable): Promise<{ code: string; name: string }[]> {
  return (await db.query<{ code: string; name: string }>('SELECT code, name FROM agencies')).rows;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The columns an INSERT may set: not the serial or identity key, not generated ones. */
async function writableColumns(db: Queryable, table: string): Promise<string[]> {
  const found = await db.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' AND is_identity = 'NO'
        AND coalesce(column_default, '') NOT LIKE 'nextval(%'
      ORDER BY ordinal_position`, [table]);
  return found.rows.map((r) => r.column_name);
}

/**
 * A province-year of dossiers: `count` received ones spread over 2025 across every procedure of the
 * demo catalogue, 90 % returned, the rest in the other states. Each entry is SQL over `i` (1..count),
 * `procs` (the row's procedure), `t.received` and `template`; an entry naming a column the schema does
 * not have (yet, or any more) is skipped.
 */
const YEAR_DOSSIER: Record<string, string> = {
  code: `procs.code || '-' || to_char(t.received AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad(i::text, 6, '0')`,
  procedure_id: 'procs.id',
  // Snapshot of the procedure's name (migration 20261128-0002).
  procedure_name: 'procs.name',
  receiving_agency_id: 'procs.agency_id',
  current_agency_id: 'procs.agency_id',
  applicant_id: 'CASE WHEN i % 10 = 0 THEN template.applicant_id END',
  applicant: `jsonb_build_object('fullName', 'Công dân số ' || i, 'identityNumber', lpad(i::text, 12, '0'), 'address', 'Lạng Sơn', 'phone', '09' || lpad(i::text, 8, '0'))`,
  form_data: `'{}'::jsonb`,
  channel: `CASE WHEN i % 3 = 0 THEN 'counter' ELSE 'online' END`,
  status: `CASE WHEN i % 100 < 90 THEN 'returned' WHEN i % 100 < 93 THEN 'processing' WHEN i % 100 < 95 THEN 'awaiting_supplement'
                WHEN i % 100 < 97 THEN 'received' WHEN i % 100 < 98 THEN 'withdrawn' ELSE 'result_ready' END`,
  outcome: `CASE WHEN i % 100 < 90 OR i % 100 >= 98 THEN CASE WHEN i % 50 = 0 THEN 'refused' ELSE 'approved' END END`,
  current_step: 'NULL', step_started_at: 'NULL', step_due_at: 'NULL', step_name: 'NULL', step_role: 'NULL',
  submitted_at: 't.received',
  received_at: 't.received',
  processing_hours: '40',
  due_at: `t.received + interval '7 days'`,
  resolved_at: `CASE WHEN i % 100 < 90 OR i % 100 >= 98 THEN t.received + (i % 9) * interval '1 day' END`,
  returned_at: `CASE WHEN i % 100 < 90 THEN t.received + (i % 9) * interval '1 day' + interval '2 hours' END`,
  created_at: 't.received',
  updated_at: 't.received',
};

/** Seeds the province-year after `template` (a received dossier): its rows, their agencies and history. */
export async function seedProvinceYear(db: Queryable, count: number, template: number): Promise<void> {
  const columns = await writableColumns(db, 'dossiers');
  const values = columns.map((c) => YEAR_DOSSIER[c] ?? `template.${quote(c)}`);
  const before = (await db.query<{ last: number }>('SELECT coalesce(max(id), 0) AS last FROM dossiers')).rows[0]!.last;
  await db.query(`
    WITH procs AS (SELECT p.id, p.name, p.agency_id, a.code, row_number() OVER (ORDER BY p.id) - 1 AS n, count(*) OVER () AS total
                     FROM procedures p JOIN agencies a ON a.id = p.agency_id)
    INSERT INTO dossiers (${columns.map(quote).join(', ')})
    SELECT ${values.join(',\n           ')}
      FROM generate_series(1, $1::int) AS i
      JOIN procs ON procs.n = i % procs.total
     CROSS JOIN (SELECT * FROM dossiers WHERE id = $2) template
     CROSS JOIN LATERAL (SELECT timestamptz '2025-01-01 08:00+07' + (i * (365 * 86400 / $1::float)) * interval '1 second' AS received) t`,
  [count, template]);
  await db.query(`INSERT INTO dossier_agencies (dossier_id, agency_id) SELECT id, receiving_agency_id FROM dossiers WHERE id > $1
                  ON CONFLICT DO NOTHING`, [before]);
  await db.query(`INSERT INTO dossier_events (dossier_id, at, agency_id, action, from_status, to_status)
    SELECT id, received_at, receiving_agency_id, 'receive', 'submitted', 'received' FROM dossiers WHERE id > $1
    UNION ALL
    SELECT id, returned_at, receiving_agency_id, 'return', 'result_ready', status FROM dossiers WHERE id > $1 AND status = 'returned'`,
  [before]);
  // The outbox keeps every event and its deliveries: a province-year has one per status change, each
  // delivered to the subscribers the templates' changes had. Without them the tables would hold a few rows,
  // and PostgreSQL's plans (the foreign-key check of each new delivery among them) would be a small table's.
  await db.query(`WITH subscribers AS (
      SELECT DISTINCT d.subscriber FROM job_deliveries d JOIN events e ON e.id = d.event_id WHERE e.topic = 'dossier.status_changed'),
    history AS (
      INSERT INTO events (topic, payload, created_at)
      SELECT 'dossier.status_changed', jsonb_build_object('dossierId', d.id, 'code', d.code, 'action', h.action, 'from', h.from_status,
               'to', h.to_status, 'applicantId', d.applicant_id, 'procedureName', d.procedure_name, 'agencyId', h.agency_id, 'note', null), h.at
        FROM dossier_events h JOIN dossiers d ON d.id = h.dossier_id WHERE h.dossier_id > $1 ORDER BY h.at
      RETURNING id, created_at)
    INSERT INTO job_deliveries (event_id, subscriber, state, attempts, next_attempt_at, created_at, finished_at)
    SELECT history.id, subscribers.subscriber, 'done', 1, history.created_at, history.created_at, history.created_at FROM history CROSS JOIN subscribers`,
  [before]);
}

/** Tables whose rows belong to one dossier (a single-column foreign key to dossiers). */
async function dossierChildren(db: Queryable): Promise<{ table: string; column: string }[]> {
  return (await db.query<{ table: string; column: string }>(
    `SELECT c.conrelid::regclass::text AS table, a.attname AS column
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.confrelid = 'dossiers'::regclass AND cardinality(c.conkey) = 1
      ORDER BY 1`)).rows;
}

/**
 * `count` copies of a dossier (a draft or a submitted one: no code yet) with its files, agencies and
 * history: the dossiers the write measurements act on, each once.
 */
export async function cloneDossier(db: Queryable, template: number, count: number): Promise<number[]> {
  const columns = (await writableColumns(db, 'dossiers')).map(quote).join(', ');
  const made = await db.query<{ id: number }>(
    `INSERT INTO dossiers (${columns}) SELECT ${columns} FROM dossiers CROSS JOIN generate_series(1, $2::int) WHERE id = $1 RETURNING id`,
    [template, count]);
  const ids = made.rows.map((r) => r.id);
  for (const { table, column } of await dossierChildren(db)) {
    const rest = (await writableColumns(db, table)).filter((c) => c !== column).map(quote);
    await db.query(
      `INSERT INTO ${table} (${[quote(column), ...rest].join(', ')})
       SELECT ${['copy.id', ...rest.map((c) => `child.${c}`)].join(', ')}
         FROM ${table} child CROSS JOIN unnest($2::bigint[]) AS copy(id)
        WHERE child.${quote(column)} = $1 ON CONFLICT DO NOTHING`,
      [template, ids]);
  }
  return ids;
}

/** Codes of received dossiers in random order, for lookups. */
export async function sampleCodes(db: Queryable, count: number): Promise<string[]> {
  return (await db.query<{ code: string }>('SELECT code FROM dossiers WHERE code IS NOT NULL ORDER BY random() LIMIT $1', [count])).rows.map((r) => r.code);
}

/** Ids of received dossiers in random order, for the baseline's updates. */
export async function sampleIds(db: Queryable, count: number): Promise<number[]> {
  return (await db.query<{ id: number }>('SELECT id FROM dossiers WHERE code IS NOT NULL ORDER BY random() LIMIT $1', [count])).rows.map((r) => Number(r.id));
}

/** After bulk writes: hint bits set and statistics fresh, so that no measurement pays for them. */
export async function settle(db: Queryable): Promise<void> {
  await db.query('VACUUM ANALYZE');
  // CHECKPOINT needs a superuser or pg_checkpoint; without it the writes are flushed in the background anyway.
  await db.query('CHECKPOINT').catch(() => undefined);
}

/**
 * Waits until no other session of this database has had work in progress for `quietMs`: a load generator
 * hangs up at the end of its run, but the requests it leaves behind still run on the server, and must not
 * overlap the next measurement. A transaction open between queries counts as work.
 */
export async function waitUntilIdle(db: Queryable, quietMs = 500, limitMs = 60_000): Promise<void> {
  const started = Date.now();
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() - started > limitMs) throw new Error(`the database was still busy after ${limitMs / 1000} s`);
    const busy = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
          AND state IN ('active', 'idle in transaction', 'idle in transaction (aborted)')`);
    if (busy.rows[0]!.n > 0) quietSince = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The bare baseline's read: one row by its indexed code, the same columns as the public lookup's query
 * (`publicStatus` in server/src/modules/dossiers/repository.ts), as a named prepared statement like it.
 */
export const BASELINE_READ = {
  name: 'baseline-read',
  text: `SELECT d.code, d.status, d.outcome, p.name AS "procedureName", r.name AS "agencyName", c.name AS "currentAgencyName",
                d.received_at AS "receivedAt", d.due_at AS "dueAt", d.extended_due_at AS "extendedDueAt", d.resolved_at AS "resolvedAt",
                d.returned_at AS "returnedAt", d.paused_at AS "pausedAt"
           FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN agencies r ON r.id = d.receiving_agency_id
           JOIN agencies c ON c.id = d.current_agency_id
          WHERE d.code = $1`,
};

/** The bare baseline's write: one row updated, inside BEGIN … COMMIT. */
export const BASELINE_WRITE = { name: 'baseline-write', text: 'UPDATE dossiers SET updated_at = now() WHERE id = $1' };

/**
 * Dossiers awaiting a fee of `amount` paid before reception, each with its pending online payment:
 * the references, for the platform's callbacks.
 */
export async function awaitingPayment(db: Queryable, ids: number[], amount: number): Promise<string[]> {
  const fee = { lines: [{ code: 'LP', name: 'Lệ phí', kind: 'le_phi', legalBasis: 'Bench', basis: 'cố định', amount }], exemption: null, subtotal: amount, discount: 0, total: amount, payWhen: 'before_reception' };
  await db.query("UPDATE dossiers SET status = 'awaiting_payment', payment_status = 'unpaid', fee = $2 WHERE id = ANY($1::bigint[])", [ids, fee]);
  const made = await db.query<{ reference: string }>(
    `INSERT INTO payments (reference, dossier_id, agency_id, amount, lines, payer, channel, status, next_query_at)
     SELECT 'TT20990101' || lpad(d.id::text, 8, '0'), d.id, d.receiving_agency_id, $2, $3, '{"fullName": "Bench"}', 'online', 'pending', now() + interval '1 day'
       FROM dossiers d WHERE d.id = ANY($1::bigint[]) RETURNING reference`, [ids, amount, JSON.stringify(fee.lines)]);
  return made.rows.map((r) => r.reference);
}

/** The platform's confirmation of a payment (CONFIRM), signed with the partner's secret as STANDARDS.md says. */
export function confirmation(reference: string, amount: number, partner: string, secret: string): string {
  const m = { LoaiBanTin: 'CONFIRM', MaLoi: '00', MaDoiTac: partner, MaThamChieu: reference, SoTien: amount, MaTienTe: 'VND', MaGiaoDich: `GD${reference.slice(-8)}`, MaNganHang: 'VCB', ThoiGianGD: '20991231235959', ThongTinGiaoDich: 'Bench' };
  const fields = [m.LoaiBanTin, m.MaLoi, m.MaDoiTac, m.MaThamChieu, m.SoTien, m.MaTienTe, m.MaGiaoDich, m.MaNganHang, m.ThoiGianGD, m.ThongTinGiaoDich, secret];
  return JSON.stringify({ ...m, MaXacThuc: createHash('sha256').update(fields.join('|'), 'utf8').digest('hex') });
}

// ---- the population registry behind the gateway (bench/gateway-registry-upstream.ts reads it) ----

export const CITIZENS = 20_000;
export const citizenId = (i: number) => `0200${String(90_000_000 + i).padStart(8, '0')}`;

/** The realistic upstream's table: citizens of the population database, one row each. */
export async function seedCitizens(db: Queryable) {
  await db.query(`CREATE TABLE bench_citizens (id_number text PRIMARY KEY, full_name text NOT NULL, date_of_birth date NOT NULL, sex text NOT NULL,
                                                address text NOT NULL, permanent_residence text NOT NULL)`);
  await db.query(`INSERT INTO bench_citizens
    SELECT '0200' || lpad((90000000 + i)::text, 8, '0'), (ARRAY['Nguyễn', 'Hoàng', 'Lương', 'Vi', 'Nông'])[1 + i % 5] || ' Văn ' || i,
           date '1960-01-01' + (i * 7 % 20000), CASE WHEN i % 2 = 0 THEN 'male' ELSE 'female' END,
           'Số ' || i % 200 || ' đường Lê Lợi, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn', 'Thôn Nà Chuông, xã Mai Pha, thành phố Lạng Sơn, tỉnh Lạng Sơn'
      FROM generate_series(1, $1) AS i`, [CITIZENS]);
  await db.query('ANALYZE bench_citizens');
}
