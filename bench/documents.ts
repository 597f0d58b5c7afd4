/**
 * Document search benchmark. Generates a million documents, then measures over real HTTP the search of a
 * signed-in official, `GET /api/documents?q=…&pageSize=20`, against a bare Fastify + pg baseline running the
 * same SQL, each in a process of its own, with the load generator in another (wrk when installed, autocannon
 * otherwise), over a rotating set of queries typed without diacritics. Also times the bare SQL alone from one
 * pg client, and shows the plan of the slowest query when the search is over its budget.
 *
 *   npm run bench:documents   # BENCH_DOCUMENTS=1000000 BENCH_SECONDS=10 BENCH_CONNECTIONS=20
 *
 * BENCH_SQL_RUNS (100) and BENCH_SQL_SECONDS (60) bound the bare SQL timing: it stops at whichever comes first,
 * after one run at least. BENCH_EXPLAIN=1 always prints the plans, BENCH_EXPLAIN=0 never. BENCH_LOAD=autocannon
 * uses autocannon even when wrk is installed. Uses a fresh `tinhso_bench_documents` database on DATABASE_URL's
 * server, or on an embedded PostgreSQL (cluster in .data/bench-documents). Whatever happens, the children are
 * ended, the database dropped and the embedded server stopped.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type pg from 'pg';
import type { Db } from '../server/src/platform/db.js';
import { Browser } from './api.js';
import { waitUntilIdle } from './data.js';
import { generateDocuments, SEARCH_QUERIES, SEARCHER, SEARCHER_SHARE, searcher, searchQuery } from './documents-data.js';
import { cpuSnapshot, cpuUsed, describeGenerator, generateLoad, generator, percentile, serve, type Load, type LoadResult, type Served, setting } from './processes.js';
import { benchDatabase, demoProvince, runBench, scratchFolder } from './run.js';

const log = (line: string) => console.log(`[bench:documents] ${line}`);

/** The search's budget: a p95 above it is explained with the plans. */
const P95_BUDGET_MS = 200;
const BENCH_DATABASE = 'tinhso_bench_documents';
const EMBEDDED_PORT = 54360;
const TIMEOUT_SECONDS = 30;

// ---- the run ----

type Measured = LoadResult & { name: string; connections: number; serverCpuMs: number; postgresCpuMs: number };

/**
 * Cancels what the requests of a finished measurement left running in the database (a client that hung up does
 * not stop its query), then waits for quiet: the next measurement must not share the machine with them.
 */
async function drain(db: Db): Promise<number> {
  const cancelled = await db.query(`SELECT pg_cancel_backend(pid) FROM pg_stat_activity
    WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND state = 'active'`);
  await waitUntilIdle(db);
  return cancelled.rowCount ?? 0;
}

async function measure(name: string, server: Served, load: Load): Promise<Measured> {
  const before = await cpuSnapshot(server.pid);
  const result = await generateLoad(load);
  const used = cpuUsed(before, await cpuSnapshot(server.pid));
  const perRequest = (seconds: number) => (result.requests > 0 ? (seconds * 1000) / result.requests : Number.NaN);
  const errors = result.non2xx + result.socketErrors;
  log(`${name}, ${load.connections} connections: ${result.requests} requests, ${result.rps.toFixed(1)} req/s, p50 ${ms(result.p50)}, `
    + `p95 ${ms(result.p95)}, p99 ${ms(result.p99)} ms, ${errors} errors`);
  return { ...result, name, connections: load.connections, serverCpuMs: perRequest(used.server), postgresCpuMs: perRequest(used.postgres) };
}

const ms = (value: number) => (Number.isFinite(value) && !Number.isNaN(value) ? value.toFixed(1) : '—');

type SqlTimes = { runs: number; search: number[]; byQuery: Map<string, { total: number; worst: number }> };

/** The bare SQL: the platform's search statement (the page and its total), over the queries in turn, timed from the pg client. */
async function timeSql(db: Db, who: { userId: number; agencyIds: number[] }, runs: number, seconds: number): Promise<SqlTimes> {
  const times: SqlTimes = { runs: 0, search: [], byQuery: new Map() };
  const started = performance.now();
  while (times.runs < runs && (times.runs === 0 || performance.now() - started < seconds * 1000)) {
    const q = SEARCH_QUERIES[times.runs % SEARCH_QUERIES.length]!;
    const t = performance.now();
    const result = await db.query<{ total: number }>(searchQuery(who, q));
    const search = performance.now() - t;
    times.search.push(search);
    const seen = times.byQuery.get(q);
    times.byQuery.set(q, { total: result.rows[0]?.total ?? 0, worst: Math.max(seen?.worst ?? 0, search) });
    times.runs++;
  }
  times.search.sort((a, b) => a - b);
  return times;
}

async function explain(db: Db, query: pg.QueryConfig): Promise<string> {
  const client = await db.connect();
  client.on('error', () => undefined);
  try {
    const plan = await client.query<{ 'QUERY PLAN': string }>({ text: `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, values: query.values });
    return plan.rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    client.release();
  }
}

async function run() {
  const COUNT = setting('BENCH_DOCUMENTS', 1_000_000);
  const SECONDS = setting('BENCH_SECONDS', 10);
  const CONNECTIONS = setting('BENCH_CONNECTIONS', 20);
  const SQL_RUNS = setting('BENCH_SQL_RUNS', 100);
  const SQL_SECONDS = setting('BENCH_SQL_SECONDS', 60);

  // A fresh database, migrated, with the demo province, its accounts and agency keys.
  const { url, db } = await benchDatabase(BENCH_DATABASE, { folder: 'bench-documents', port: EMBEDDED_PORT });
  const dataDir = await scratchFolder('tinhso-bench-documents');
  await demoProvince(db, dataDir);
  const who = await searcher(db);

  log(`generating ${COUNT.toLocaleString('en')} documents …`);
  const started = performance.now();
  const generated = await generateDocuments(db, COUNT, who.agencyIds[0]!, os.cpus().length);
  const generationSeconds = (performance.now() - started) / 1000;
  const steps = Object.entries(generated.seconds).map(([step, s]) => `${step} ${s.toFixed(1)} s`).join(', ');
  log(`generated ${generated.documents.toLocaleString('en')} documents (${generated.searcherDocuments.toLocaleString('en')} of the searcher's agency), `
    + `${generated.assignments.toLocaleString('en')} assignments, ${generated.registers} registers in ${generationSeconds.toFixed(1)} s (${steps})`);
  // The table read once (a count alone would read only the primary key), so that its pages are in the operating system's
  // cache, as on a server that has been answering searches for a while.
  await db.query('SELECT sum(length(summary)) FROM documents');

  const env = {
    BENCH_DATABASE_URL: url, BENCH_DATA_DIR: dataDir, BENCH_PAYMENT_SECRET: randomBytes(24).toString('hex'),
    BENCH_SEARCHER_ID: String(who.userId), BENCH_SEARCHER_AGENCIES: who.agencyIds.join(','),
  };
  const app = await serve('serve-app.ts', env);
  const baseline = await serve('serve-documents-baseline.ts', env);
  const official = await Browser.signIn(app.url, SEARCHER);
  const cookie = official.headers().cookie!;

  // Both find what the bare SQL finds, for every query of the rotation: the same documents, the same page.
  type Page = { items: { id: number }[]; total: number };
  const ids = (page: Page) => page.items.map((d) => Number(d.id)).join(',');
  const differ: string[] = [];
  for (const q of SEARCH_QUERIES) {
    const search = `q=${encodeURIComponent(q)}&pageSize=20`;
    const [platformPage, baselinePage, sqlPage] = await Promise.all([
      official.call<Page>('GET', `/api/documents?${search}`),
      fetch(`${baseline.url}/search?${search}`).then((r) => r.json() as Promise<Page>),
      db.query<{ id: number; total: number }>(searchQuery(who, q)).then(({ rows }) => ({ items: rows, total: rows[0]?.total ?? 0 })),
    ]);
    const same = platformPage.total === sqlPage.total && baselinePage.total === sqlPage.total && ids(platformPage) === ids(sqlPage) && ids(baselinePage) === ids(sqlPage);
    if (!same) differ.push(`"${q}": platform ${platformPage.total}, baseline ${baselinePage.total}, bare SQL ${sqlPage.total}`);
  }
  if (differ.length > 0) {
    log(`WARNING: the platform, its baseline and its bare statement disagree: ${differ.join('; ')}`);
  } else {
    log(`the ${SEARCH_QUERIES.length} queries find the same documents and pages on the platform, the baseline and the bare SQL`);
  }
  await drain(db);

  const sql = await timeSql(db, who, SQL_RUNS, SQL_SECONDS);
  log(`bare SQL: ${sql.runs} searches, p95 ${ms(percentile(sql.search, 95))} ms`);

  const paths = (prefix: string) => SEARCH_QUERIES.map((q) => `${prefix}q=${encodeURIComponent(q)}&pageSize=20`);
  const baselineRun = await measure('baseline', baseline, {
    url: baseline.url, method: 'GET', paths: paths('/search?'), connections: CONNECTIONS, seconds: SECONDS, timeoutSeconds: TIMEOUT_SECONDS,
  });
  const leftBehind = [await drain(db)];
  const platformRun = await measure('platform', app, {
    url: app.url, method: 'GET', paths: paths('/api/documents?'), headers: { cookie }, connections: CONNECTIONS, seconds: SECONDS, timeoutSeconds: TIMEOUT_SECONDS,
  });
  // The platform is done: stopped before its left-behind queries are cancelled, so that their errors are not logged.
  await app.stop();
  leftBehind.push(await drain(db));

  // ---- the tables ----
  const pgVersion = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  console.log(`\nDocument search over ${generated.documents.toLocaleString('en')} documents (the searcher's agency holds 1 in ${SEARCHER_SHARE}: `
    + `${generated.searcherDocuments.toLocaleString('en')}), generated in ${generationSeconds.toFixed(1)} s. ${SECONDS} s per measurement, `
    + `${os.cpus().length} cores, Node.js ${process.version}, PostgreSQL ${pgVersion}.`);
  console.log(`Load generator: ${generator === 'wrk' ? describeGenerator() : `autocannon (one Node.js ${process.version} process)`}, in a process of its own; `
    + `the platform and the baseline each in their own process. ${SEARCH_QUERIES.length} queries in turn, as ${SEARCHER} (page size 20).\n`);
  console.log('| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors | server CPU ms/req | PostgreSQL CPU ms/req | ratio |');
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  const lines: [Measured, string][] = [
    [baselineRun, 'baseline: bare Fastify + pg, the same SQL (page and count at once)'],
    [platformRun, 'platform `GET /api/documents?q=…&pageSize=20`, signed in'],
  ];
  for (const [m, endpoint] of lines) {
    const errors = m.non2xx + m.socketErrors;
    const errorCell = m.socketErrors > 0 ? `${errors} (${m.non2xx} non-2xx, ${m.socketErrors} socket/timeout)` : String(errors);
    console.log(`| ${endpoint} (${m.connections} conn.) | ${m.requests} | ${m.rps.toFixed(1)} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${errorCell} `
      + `| ${ms(m.serverCpuMs)} | ${ms(m.postgresCpuMs)} | ${m === baselineRun ? '1.00' : baselineRun.rps > 0 && m.requests > 0 ? (m.rps / baselineRun.rps).toFixed(2) : '—'} |`);
  }
  console.log(`\n| bare SQL, one pg client, ${sql.runs} searches | p50 ms | p95 ms | p99 ms | max ms |`);
  console.log('|---|--:|--:|--:|--:|');
  const list = sql.search;
  console.log(`| one search: the page of 20 and its total, one statement | ${ms(percentile(list, 50))} | ${ms(percentile(list, 95))} | ${ms(percentile(list, 99))} | ${ms(list.at(-1) ?? Number.NaN)} |`);

  const none = (m: Measured) => m.requests === 0;
  console.log(`\nthroughput ratio (platform / baseline): ${baselineRun.rps > 0 && !none(platformRun) ? (platformRun.rps / baselineRun.rps).toFixed(2) : '—'}`);
  console.log(`p95 of the platform: ${none(platformRun) ? `— (no response within ${SECONDS} s)` : `${ms(platformRun.p95)} ms`}; `
    + `of the baseline: ${none(baselineRun) ? `— (no response within ${SECONDS} s)` : `${ms(baselineRun.p95)} ms`}; `
    + `of the bare SQL (one search, alone): ${ms(percentile(sql.search, 95))} ms over ${sql.runs} runs.`);
  if (none(platformRun) || none(baselineRun)) {
    console.log(`No response within the ${SECONDS} s of a measurement means every search there took longer than that at ${CONNECTIONS} connections: `
      + 'a longer BENCH_SECONDS or fewer BENCH_CONNECTIONS gives figures to compare.');
  }
  if (leftBehind.some((n) => n > 0)) {
    console.log(`Queries still running when a measurement ended, cancelled: ${leftBehind[0]} of the baseline's, ${leftBehind[1]} of the platform's.`);
  }
  console.log('ratio: req/s over the baseline\'s. errors: non-2xx responses, connection errors and timeouts '
    + `(${TIMEOUT_SECONDS} s); a request still unanswered when the measurement ends is not counted. CPU ms/req: CPU time the server process and all of `
    + 'this machine\'s PostgreSQL processes used during the measurement, over its requests. A measurement, not a test: the exit status ignores the results.');

  // Over budget: the plans of the slowest query, to say why.
  const p95 = none(platformRun) ? percentile(sql.search, 95) : platformRun.p95;
  const explainWanted = process.env.BENCH_EXPLAIN === '1' || (process.env.BENCH_EXPLAIN !== '0' && !(p95 <= P95_BUDGET_MS));
  if (explainWanted) {
    const [slowest] = [...sql.byQuery].sort((a, b) => b[1].worst - a[1].worst);
    const q = slowest?.[0] ?? SEARCH_QUERIES[0]!;
    const query = searchQuery(who, q);
    console.log(`\np95 ${ms(p95)} ms${p95 > P95_BUDGET_MS ? ` is over the ${P95_BUDGET_MS} ms budget` : ''}. `
      + `The plan of the slowest query, "${q}" (${slowest?.[1].total ?? '?'} documents found):\n`);
    console.log(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}\n-- ${JSON.stringify(query.values)}\n${await explain(db, query)}`);
  }
}

await runBench('bench:documents', run);
