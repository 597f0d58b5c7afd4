/**
 * One-stop shop benchmark: seeds a province-year (300,000 dossiers) and measures, over real HTTP, the
 * throughput of online submission, reception (code, deadline, signed receipt PDF) and public lookup,
 * against bare Fastify + pg endpoints (one read, one write) served by the same process.
 *
 *   npm run bench                     # BENCH_DOSSIERS=300000 BENCH_SECONDS=10 BENCH_CONNECTIONS=10
 *
 * Uses DATABASE_URL's server (a fresh `tinhso_bench` database) or an embedded PostgreSQL.
 */
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { seedDemoProvince } from '../server/src/demo/seed.js';
import { DEMO_PASSWORD } from '../server/src/demo/province.js';
import { createPool } from '../server/src/platform/db.js';
import { startEmbeddedPostgres } from '../server/src/platform/embedded-postgres.js';
import { migrate } from '../server/src/platform/migrations.js';
import { ensureDemoAgencyKeys } from '../server/src/platform/pki.js';
import { freshDatabase } from '../server/test/database.js';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 300_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(`[bench] ${line}`);

// ---- a fresh database ----
let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
let url: string;
if (process.env.DATABASE_URL) {
  url = await freshDatabase(process.env.DATABASE_URL, 'tinhso_bench');
} else {
  await fs.rm(path.join(repoRoot, '.data/bench'), { recursive: true, force: true });
  embedded = await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data/bench'), port: 54359 });
  url = embedded.url;
}
const db = createPool(url, 20);
await migrate(db);
await seedDemoProvince(db);
const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-bench-'));
const pkiDir = path.join(dataDir, 'pki');
await ensureDemoAgencyKeys(pkiDir, (await db.query<{ code: string; name: string }>('SELECT code, name FROM agencies')).rows);

// ---- a province-year of dossiers, generated in PostgreSQL ----
const started = Date.now();
await db.query(`
  WITH procs AS (SELECT p.id, p.agency_id, a.code, row_number() OVER (ORDER BY p.id) - 1 AS n, count(*) OVER () AS total
                   FROM procedures p JOIN agencies a ON a.id = p.agency_id),
       citizen AS (SELECT id FROM users WHERE username = 'citizen')
  INSERT INTO dossiers (code, procedure_id, receiving_agency_id, current_agency_id, applicant_id, applicant, form_data, channel, status,
                        outcome, submitted_at, received_at, processing_hours, due_at, resolved_at, returned_at, created_at, updated_at)
  SELECT procs.code || '-' || to_char(t.received AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad(i::text, 6, '0'),
         procs.id, procs.agency_id, procs.agency_id,
         CASE WHEN i % 10 = 0 THEN (SELECT id FROM citizen) END,
         jsonb_build_object('fullName', 'Công dân số ' || i, 'identityNumber', lpad(i::text, 12, '0'), 'address', 'Lạng Sơn', 'phone', '09' || lpad(i::text, 8, '0')),
         '{}'::jsonb, CASE WHEN i % 3 = 0 THEN 'counter' ELSE 'online' END,
         CASE WHEN i % 100 < 90 THEN 'returned' WHEN i % 100 < 93 THEN 'processing' WHEN i % 100 < 95 THEN 'awaiting_supplement'
              WHEN i % 100 < 97 THEN 'received' WHEN i % 100 < 98 THEN 'withdrawn' ELSE 'result_ready' END,
         CASE WHEN i % 100 < 90 OR i % 100 >= 98 THEN CASE WHEN i % 50 = 0 THEN 'refused' ELSE 'approved' END END,
         t.received, t.received, 40, t.received + interval '7 days',
         CASE WHEN i % 100 < 90 OR i % 100 >= 98 THEN t.received + (i % 9) * interval '1 day' END,
         CASE WHEN i % 100 < 90 THEN t.received + (i % 9) * interval '1 day' + interval '2 hours' END,
         t.received, t.received
    FROM generate_series(1, $1::int) AS i
    JOIN procs ON procs.n = i % procs.total
   CROSS JOIN LATERAL (SELECT timestamptz '2025-01-01 08:00+07' + (i * (365 * 86400 / $1::float)) * interval '1 second' AS received) t`,
  [DOSSIERS]);
await db.query(`INSERT INTO dossier_agencies (dossier_id, agency_id) SELECT id, receiving_agency_id FROM dossiers ON CONFLICT DO NOTHING`);
await db.query(`INSERT INTO dossier_events (dossier_id, at, agency_id, action, from_status, to_status)
  SELECT id, received_at, receiving_agency_id, 'receive', 'submitted', 'received' FROM dossiers
  UNION ALL SELECT id, coalesce(returned_at, updated_at), receiving_agency_id, 'return', 'result_ready', status FROM dossiers WHERE status = 'returned'`);
await db.query('ANALYZE');
log(`seeded ${DOSSIERS.toLocaleString('en')} dossiers in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Dossiers for the write benchmarks: complete drafts to submit, submitted ones to receive.
const copy = (await db.query<{ id: number; agency_id: number }>(`SELECT id, agency_id FROM procedures WHERE national_code = '2.000815'`)).rows[0]!;
const citizenId = (await db.query<{ id: number }>(`SELECT id FROM users WHERE username = 'citizen'`)).rows[0]!.id;
const prepare = async (status: 'draft' | 'submitted', count: number) => {
  const ids = await db.query<{ id: number }>(
    `INSERT INTO dossiers (procedure_id, receiving_agency_id, current_agency_id, applicant_id, applicant, form_data, channel, status, submitted_at)
     SELECT $1, $2, $2, $3, '{"fullName": "Nguyễn Văn An"}', '{"ten_giay_to": "Giấy khai sinh", "so_ban": "1"}', 'online', $4,
            CASE WHEN $4 = 'submitted' THEN now() END
       FROM generate_series(1, $5::int) RETURNING id`, [copy.id, copy.agency_id, citizenId, status, count]);
  await db.query(`INSERT INTO files (sha256, size, content_type) VALUES (repeat('a', 64), 1000, 'application/pdf') ON CONFLICT DO NOTHING`);
  await db.query(`INSERT INTO dossier_files (dossier_id, kind, label, sha256, file_name, content_type, size)
                  SELECT unnest($1::bigint[]), 'submission', 'Đơn đề nghị cấp bản sao từ sổ gốc', repeat('a', 64), 'don.pdf', 'application/pdf', 1000`,
    [ids.rows.map((r) => r.id)]);
  await db.query(`INSERT INTO dossier_agencies (dossier_id, agency_id) SELECT unnest($1::bigint[]), $2`, [ids.rows.map((r) => r.id), copy.agency_id]);
  return ids.rows.map((r) => r.id);
};
const drafts = await prepare('draft', 30_000);
const submitted = await prepare('submitted', 5_000);
const codes = (await db.query<{ code: string }>('SELECT code FROM dossiers WHERE code IS NOT NULL ORDER BY random() LIMIT 10000')).rows.map((r) => r.code);

// ---- the platform and the baseline, both listening in this process ----
const config = {
  ...loadConfig({}), logLevel: 'warn', webDist: undefined, jobs: false, dataDir, pkiDir,
  lookupRateLimitPerMinute: 100_000_000,
};
const app = await buildApp({ config, db });
await app.listen({ port: 0, host: '127.0.0.1' });
const appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

const baselineDb = createPool(url, 20);
const baseline = Fastify();
baseline.get<{ Params: { code: string } }>('/lookup/:code', async (request) =>
  (await baselineDb.query('SELECT code, status, received_at, due_at FROM dossiers WHERE code = $1', [request.params.code])).rows[0]);
baseline.post<{ Params: { id: string } }>('/touch/:id', async (request) => {
  const client = await baselineDb.connect();
  try {
    await client.query('BEGIN');
    await client.query('UPDATE dossiers SET updated_at = now() WHERE id = $1', [request.params.id]);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  return { ok: true };
});
await baseline.listen({ port: 0, host: '127.0.0.1' });
const baselineUrl = `http://127.0.0.1:${(baseline.server.address() as AddressInfo).port}`;

/** Signs in like a browser: session cookie, CSRF secret cookie and token. */
async function session(username: string) {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  };
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  keep(csrf);
  const token = ((await csrf.json()) as { token: string }).token;
  const login = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: header() },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login ${username}: ${login.status}`);
  keep(login);
  return { cookie: header(), 'x-csrf-token': token, 'content-type': 'application/json' };
}

type Measured = { name: string; rps: number; p50: number; p99: number; errors: number; requests: number };
async function measure(name: string, url: string, request: { method: 'GET' | 'POST'; headers?: Record<string, string>; next: () => string; body?: string }): Promise<Measured> {
  const result = await autocannon({
    url, connections: CONNECTIONS, duration: SECONDS,
    requests: [{
      method: request.method, headers: request.headers, body: request.body,
      setupRequest: (req) => ({ ...req, path: request.next() }),
    }],
  });
  const measured = {
    name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts, requests: result.requests.total,
  };
  log(`${name}: ${measured.rps.toFixed(0)} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, ${measured.errors} errors of ${measured.requests}`);
  return measured;
}

const at = <T,>(list: T[]) => {
  let i = 0;
  return () => list[i++ % list.length]!;
};
const nextCode = at(codes);
const results: Measured[] = [];
results.push(await measure('baseline read (bare Fastify + pg, one indexed row)', baselineUrl, { method: 'GET', next: () => `/lookup/${encodeURIComponent(nextCode())}` }));
results.push(await measure('public lookup by code', appUrl, { method: 'GET', next: () => `/api/public/dossiers/${encodeURIComponent(nextCode())}` }));
const touchIds = at(drafts);
results.push(await measure('baseline write (bare Fastify + pg, one-row UPDATE transaction)', baselineUrl, { method: 'POST', next: () => `/touch/${touchIds()}` }));
const citizen = await session('citizen');
const nextDraft = at(drafts);
results.push(await measure('online submission (submit a complete draft)', appUrl, { method: 'POST', headers: citizen, body: '{}', next: () => `/api/dossiers/${nextDraft()}/submit` }));
const desk = await session('tiepnhan.chilang');
const nextSubmitted = at(submitted);
results.push(await measure('reception (code, deadline, signed receipt PDF, form 01)', appUrl, { method: 'POST', headers: desk, body: '{}', next: () => `/api/dossiers/${nextSubmitted()}/receive` }));

const read = results[0]!.rps;
const write = results[2]!.rps;
console.log('\nOne-stop shop on %s dossiers, %d connections, %d s each, %d cores:', DOSSIERS.toLocaleString('en'), CONNECTIONS, SECONDS, os.cpus().length);
console.log('| endpoint | req/s | p50 ms | p99 ms | errors | vs baseline read | vs baseline write |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${(r.rps / read).toFixed(3)} | ${(r.rps / write).toFixed(3)} |`);
}

// Requests still queued when a measurement ends finish before the pools close.
for (let open = 1; open > 0; ) {
  open = await new Promise<number>((resolve) => app.server.getConnections((_e, n) => resolve(n)));
  if (open > 0) await new Promise((resolve) => setTimeout(resolve, 200));
}
await app.close();
await baseline.close();
await db.end();
await baselineDb.end();
await fs.rm(dataDir, { recursive: true, force: true });
await embedded?.stop();
