/**
 * Operations-center benchmark (issue 12). Generates BENCH_DOSSIERS dossiers (10 million by default) in bulk
 * over three years and BENCH_AGENCIES extra communes (500) under the demo province's districts, builds the
 * rollups from them, then measures over real HTTP the leadership dashboard `GET /api/operations/dashboard`
 * of the province admin for agency subtrees (province, district, commune) and periods (a month, a quarter,
 * a year, three years), the platform in a process of its own and wrk (or autocannon) in another; and, in
 * the same run, the same figures computed by a raw SQL aggregation over the dossier table, timed from one
 * pg client. Before measuring, it checks that the dashboard's figures equal the raw aggregation's.
 *
 *   npm run bench:dashboard   # BENCH_DOSSIERS=10000000 BENCH_AGENCIES=500 BENCH_SECONDS=10 BENCH_CONNECTIONS=10 BENCH_RAW_RUNS=3
 *
 * Uses a fresh `tinhso_bench_dashboard` database on DATABASE_URL's server (or an embedded PostgreSQL in
 * .data/bench-dashboard), dropped at the end whatever happens (BENCH_KEEP=1 keeps it).
 */
import { seedDemoProvince } from '../server/src/demo/seed.js';
import type { Db } from '../server/src/platform/db.js';
import { operationsRepository } from '../server/src/modules/operations/repository.js';
import { Browser } from './api.js';
import { waitUntilIdle } from './data.js';
import { describeGenerator, generateLoad, percentile, serve, setting } from './processes.js';
import { benchDatabase, runBench, scratchFolder } from './run.js';

const log = (line: string) => console.log(`[bench:dashboard] ${line}`);
const BENCH_DATABASE = 'tinhso_bench_dashboard';
const EMBEDDED_PORT = 54362;
const P95_BUDGET_MS = 200;
const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');


/** Extra communes under the demo districts, as a province-sized tree (the demo has a handful of agencies). */
async function addCommunes(db: Db, count: number): Promise<void> {
  await db.query(`
    WITH districts AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM agencies WHERE kind = 'district')
    INSERT INTO agencies (parent_id, code, name, kind, valid_from)
    SELECT d.id, format('000.%s.%s.H37', lpad((80 + i / 100)::text, 2, '0'), lpad((i % 100)::text, 2, '0')), format('UBND xã thử tải %s', i), 'commune', '2020-01-01'
      FROM generate_series(0, $1::int - 1) AS i JOIN districts d ON d.n = i % d.total
    ON CONFLICT (code) DO NOTHING`, [count]);
}

/**
 * The dossiers, in batches of a million written by one INSERT … SELECT over generate_series each: spread
 * evenly over three years and over every agency, 60% online, most resolved (some late), some open, some
 * awaiting a supplement, some withdrawn, some paid (half online) and rated.
 */
async function generateDossiers(db: Db, count: number): Promise<void> {
  const batch = 1_000_000;
  // Indexes are built once at the end: faster than keeping them current row by row.
  const indexes = (await db.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'dossiers' AND indexname NOT LIKE '%pkey'`)).rows;
  for (const index of indexes) await db.query(`DROP INDEX ${index.name}`).catch(() => db.query(`ALTER TABLE dossiers DROP CONSTRAINT ${index.name}`));
  await db.query('ALTER TABLE dossiers SET (autovacuum_enabled = false)');
  // The tracking code is written here (TS-B…), not by the row trigger.
  await db.query('ALTER TABLE dossiers DISABLE TRIGGER USER');
  for (let start = 0; start < count; start += batch) {
    const n = Math.min(batch, count - start);
    const started = performance.now();
    await db.query(`
      WITH agencies AS (SELECT a.id, row_number() OVER (ORDER BY a.id) - 1 AS n, count(*) OVER () AS total FROM agencies a),
           procedure AS (SELECT id, name FROM procedures ORDER BY id LIMIT 1)
      INSERT INTO dossiers (procedure_id, procedure_name, receiving_agency_id, current_agency_id, applicant, channel, status, outcome,
                            submitted_at, received_at, processing_hours, due_at, resolved_at, returned_at, supplement_count,
                            payment_status, paid_at, rating, tracking_code, created_at, updated_at)
      SELECT procedure.id, procedure.name, a.id, a.id, '{"fullName": "Người nộp thử tải"}'::jsonb,
             CASE WHEN i % 10 < 6 THEN 'online' ELSE 'counter' END,
             CASE WHEN x.open THEN (CASE WHEN i % 7 = 0 THEN 'awaiting_supplement' ELSE 'processing' END)
                  WHEN i % 97 = 0 THEN 'withdrawn' ELSE 'returned' END,
             CASE WHEN x.open OR i % 97 = 0 THEN NULL ELSE 'approved' END,
             x.received, x.received, 40, x.received + interval '7 days',
             CASE WHEN x.open OR i % 97 = 0 THEN NULL ELSE x.received + (i % 9) * interval '1 day' END,
             CASE WHEN x.open OR i % 97 = 0 THEN NULL ELSE x.received + (i % 9) * interval '1 day' + interval '2 hours' END,
             CASE WHEN i % 13 = 0 THEN 1 + i % 3 ELSE 0 END,
             CASE WHEN i % 4 = 0 THEN 'paid' ELSE 'none' END, CASE WHEN i % 4 = 0 THEN x.received END,
             CASE WHEN x.open OR i % 97 = 0 OR i % 3 <> 0 THEN NULL WHEN i % 29 = 0 THEN 'unsatisfied' ELSE 'satisfied' END,
             'TS-B' || i, x.received, x.received
        FROM generate_series($1::bigint, $2::bigint) AS i
        CROSS JOIN procedure
        JOIN agencies a ON a.n = (i * 7919) % a.total
        CROSS JOIN LATERAL (SELECT now() - (i % 1096) * interval '1 day' - (i % 480) * interval '1 minute' AS received,
                                   (i % 1096) < 20 AND i % 3 = 0 AS open) x`, [start + 1, start + n]);
    log(`  ${(start + n).toLocaleString('en')} dossiers (${((performance.now() - started) / 1000).toFixed(1)} s for this batch)`);
  }
  const started = performance.now();
  for (const index of indexes) await db.query(index.definition);
  await db.query('ALTER TABLE dossiers RESET (autovacuum_enabled)');
  await db.query('ALTER TABLE dossiers ENABLE TRIGGER USER');
  log(`  indexes rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function run() {
  const COUNT = setting('BENCH_DOSSIERS', 10_000_000);
  const AGENCIES = setting('BENCH_AGENCIES', 500);
  const SECONDS = setting('BENCH_SECONDS', 10);
  const CONNECTIONS = setting('BENCH_CONNECTIONS', 10);
  const RAW_RUNS = setting('BENCH_RAW_RUNS', 3);

  const { url, db } = await benchDatabase(BENCH_DATABASE, { folder: 'bench-dashboard', port: EMBEDDED_PORT }, { keep: process.env.BENCH_KEEP === '1' });
  await seedDemoProvince(db);
  await addCommunes(db, AGENCIES);
  const agencyCount = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM agencies')).rows[0]!.n;

  log(`generating ${COUNT.toLocaleString('en')} dossiers over ${agencyCount} agencies …`);
  let started = performance.now();
  await generateDossiers(db, COUNT);
  await db.query('VACUUM ANALYZE dossiers');
  const generation = (performance.now() - started) / 1000;
  log(`generated in ${generation.toFixed(1)} s`);
  started = performance.now();
  await operationsRepository.rebuild(db);
  await db.query('VACUUM ANALYZE ops_rollups');
  await db.query('VACUUM ANALYZE ops_pending');
  const rollupRows = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ops_rollups')).rows[0]!.n;
  log(`rollups built in ${((performance.now() - started) / 1000).toFixed(1)} s (${rollupRows.toLocaleString('en')} rows)`);

  const root = (await db.query<{ id: number }>('SELECT id::int FROM agencies WHERE parent_id IS NULL')).rows[0]!.id;
  const district = (await db.query<{ id: number }>(`SELECT id::int FROM agencies WHERE kind = 'district' ORDER BY id LIMIT 1`)).rows[0]!.id;
  const commune = (await db.query<{ id: number }>(`SELECT id::int FROM agencies WHERE kind = 'commune' ORDER BY id DESC LIMIT 1`)).rows[0]!.id;
  const day = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  const periods: [string, string, string][] = [['a month', day(-30), day(0)], ['a quarter', day(-91), day(0)], ['a year', day(-365), day(0)], ['three years', day(-1095), day(0)]];
  const cases = [['province', root], ['district', district], ['commune', commune]].flatMap(([name, id]) =>
    periods.map(([label, from, to]) => ({ name: `${name}, ${label}`, agencyId: Number(id), from, to })));

  const dataDir = await scratchFolder('tinhso-bench-dashboard');
  const app = await serve('serve-app.ts', { BENCH_DATABASE_URL: url, BENCH_DATA_DIR: dataDir, BENCH_PAYMENT_SECRET: 'bench' });
  const admin = await Browser.signIn(app.url, 'admin');

  // The same figures, twice: from the dashboard, and by a raw aggregation over the dossier table.
  type Shown = { figures: Record<string, number> };
  const subtree = async (id: number) => (await db.query<{ id: number }>(
    `WITH RECURSIVE s AS (SELECT id FROM agencies WHERE id = $1 UNION SELECT a.id FROM agencies a JOIN s ON a.parent_id = s.id) SELECT id::int FROM s`, [id])).rows.map((r) => r.id);
  const raw: number[] = [];
  const differences: string[] = [];
  // At scale a raw aggregation takes tens of seconds: it is run for a few cases only (all of them up to a million dossiers).
  const rawCases = COUNT <= 1_000_000 ? cases : cases.filter((c) => /a month|a year/.test(c.name) && !c.name.startsWith('district, a month'));
  for (const c of rawCases) {
    const shown = await admin.call<Shown>('GET', `/api/operations/dashboard?agencyId=${c.agencyId}&from=${c.from}&to=${c.to}`);
    const ids = await subtree(c.agencyId);
    let counted: Record<string, number> = {};
    const times: number[] = [];
    for (let i = 0; i < (c.name.startsWith('province') ? RAW_RUNS : 1); i++) {
      const t = performance.now();
      counted = await operationsRepository.rawCounts(db, ids, c.from, c.to);
      times.push(performance.now() - t);
    }
    raw.push(...times);
    const pairs: [string, string][] = [['received', 'received'], ['received_online', 'receivedOnline'], ['carried_over', 'carriedOver'], ['resolved_early', 'resolvedEarly'],
      ['resolved_on_time', 'resolvedOnTime'], ['resolved_late', 'resolvedLate'], ['pending', 'pending'], ['pending_overdue', 'pendingOverdue'], ['paid_online', 'paidOnline']];
    const wrong = pairs.filter(([r, f]) => counted[r] !== shown.figures[f]).map(([r, f]) => `${f} ${shown.figures[f]} ≠ ${counted[r]}`);
    if (wrong.length > 0) differences.push(`${c.name}: ${wrong.join(', ')}`);
    log(`${c.name}: received ${shown.figures.received!.toLocaleString('en')}, resolved ${(shown.figures.resolved ?? 0).toLocaleString('en')}, `
      + `raw SQL aggregation ${times.map(ms).join(' / ')} ms`);
  }
  log(differences.length === 0 ? `the dashboard and the raw aggregation agree on every figure of the ${rawCases.length} cases compared` : `WARNING: they disagree: ${differences.join('; ')}`);
  raw.sort((a, b) => a - b);
  await waitUntilIdle(db);

  const load = (paths: string[]) => generateLoad({
    url: app.url, method: 'GET', paths, headers: { cookie: admin.headers().cookie! }, connections: CONNECTIONS, seconds: SECONDS, timeoutSeconds: 30,
  });
  const dashboardPath = (agencyId: number, from: string, to: string) => `/api/operations/dashboard?agencyId=${agencyId}&from=${from}&to=${to}`;
  log(`load: ${describeGenerator()}, ${CONNECTIONS} connections, ${SECONDS} s over the ${cases.length} cases in turn`);
  // Leaders looking at the dashboards: each node keeps an answer until a dossier of its subtree changes (or 10 s).
  const viewed = await load(cases.map((c) => dashboardPath(c.agencyId, c.from, c.to)));
  await waitUntilIdle(db);
  // Every answer computed from the rollups: the same subtrees and lengths of period, ending on each day of the last year in turn.
  const shifted = Array.from({ length: cases.length * 365 }, (_, i) => {
    const c = cases[i % cases.length]!;
    const by = Math.floor(i / cases.length);
    return dashboardPath(c.agencyId, shiftDay(c.from, -by), shiftDay(c.to, -by));
  });
  log(`load: the same, each request a subtree and period not asked before (${shifted.length.toLocaleString('en')} of them, the first already asked above)`);
  const computed = await load(shifted);
  log('');
  log(`| ${COUNT.toLocaleString('en')} dossiers, ${agencyCount} agencies | p50 ms | p95 ms | p99 ms | req/s | requests |`);
  log('|---|---|---|---|---|---|');
  log(`| dashboard API over HTTP, the ${cases.length} cases viewed again and again (answers kept per node) | ${ms(viewed.p50)} | ${ms(viewed.p95)} | ${ms(viewed.p99)} | ${viewed.rps.toFixed(0)} | ${viewed.requests} |`);
  log(`| dashboard API over HTTP, every answer computed from the rollups | ${ms(computed.p50)} | ${ms(computed.p95)} | ${ms(computed.p99)} | ${computed.rps.toFixed(0)} | ${computed.requests} |`);
  log(`| raw SQL aggregation over the dossiers, one client (${raw.length} runs) | ${ms(percentile(raw, 50))} | ${ms(percentile(raw, 95))} | — | — | ${raw.length} |`);
  const errors = viewed.non2xx + viewed.socketErrors + computed.non2xx + computed.socketErrors;
  log(`generation ${generation.toFixed(1)} s; ${errors} non-2xx or failed requests; budget p95 < ${P95_BUDGET_MS} ms: `
    + `viewed ${viewed.p95 < P95_BUDGET_MS ? 'met' : 'MISSED'}, computed ${computed.p95 < P95_BUDGET_MS ? 'met' : 'MISSED'}`);
}

await runBench('bench:dashboard', run);
