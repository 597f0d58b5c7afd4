/**
 * One-stop shop benchmark. Seeds a province-year of dossiers, then measures over real HTTP the public
 * lookup, online submission and reception (code, deadline, signed receipt, form 01), each as a ratio of
 * a bare Fastify + pg baseline measured in the same run. The platform and the baseline each run in a
 * process of their own, and the load generator in another: wrk when installed, autocannon otherwise.
 *
 *   npm run bench     # BENCH_DOSSIERS=300000 BENCH_SECONDS=10 BENCH_ROUNDS=3, 50 connections for reads and 10 for writes
 *
 * BENCH_CONNECTIONS sets the connections of every measurement; reception is measured at 10 connections
 * too, for its p99 target. BENCH_LOAD=autocannon uses autocannon even when wrk is installed.
 * Uses a fresh `tinhso_bench` database on DATABASE_URL's server, or on an embedded PostgreSQL (cluster in
 * .data/bench). Whatever happens, the children are ended, the database dropped and the embedded server stopped.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Db } from '../server/src/platform/db.js';
import { Browser, makeTemplates } from './api.js';
import { awaitingPayment, cloneDossier, confirmation, procedureId, sampleCodes, sampleIds, seedProvinceYear, settle, waitUntilIdle } from './data.js';
import { cpuSnapshot, cpuUsed, describeGenerator, generateLoad, serve, type Load, type LoadResult, type Served, setting } from './processes.js';
import { benchDatabase, demoProvince, runBench, scratchFolder } from './run.js';

const DOSSIERS = setting('BENCH_DOSSIERS', 300_000);
const SECONDS = setting('BENCH_SECONDS', 10);
/** Each round measures the baselines and the platform once; the table shows the median of the rounds. */
const ROUNDS = setting('BENCH_ROUNDS', 3);
const READ_CONNECTIONS = setting('BENCH_CONNECTIONS', 50);
const WRITE_CONNECTIONS = setting('BENCH_CONNECTIONS', 10);
/** Reception's latency target holds at this many connections (one desk, a few officers). */
const RECEPTION_P99_CONNECTIONS = 10;
const BENCH_DATABASE = 'tinhso_bench';
const EMBEDDED_PORT = 54359;

const log = (line: string) => console.log(`[bench] ${line}`);

// ---- the run ----

type Measured = LoadResult & { name: string; connections: number; serverCpuMs: number; postgresCpuMs: number };

/** Measures one load, then waits for the server to finish what it left behind. */
async function measure(db: Db, name: string, server: Served, load: Load, eachPathOnce = false): Promise<Measured> {
  const before = await cpuSnapshot(server.pid);
  const result = await generateLoad(load);
  await waitUntilIdle(db);
  const used = cpuUsed(before, await cpuSnapshot(server.pid));
  const perRequest = (seconds: number) => (result.requests > 0 ? (seconds * 1000) / result.requests : 0);
  const errors = result.non2xx + result.socketErrors;
  log(`${name}, ${load.connections} connections: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, `
    + `p99 ${result.p99.toFixed(1)} ms, ${errors} errors of ${result.requests}`);
  if (eachPathOnce && result.requests > load.paths.length) {
    log(`  it outran its ${load.paths.length} prepared dossiers: the repeated requests are refused and count as errors`);
  }
  return { ...result, name, connections: load.connections, serverCpuMs: perRequest(used.server), postgresCpuMs: perRequest(used.postgres) };
}

/** The rounds of one endpoint, as the table shows them: medians of the rounds, errors and requests summed. */
type Summary = Measured & { rounds: Measured[] };
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
function summary(rounds: Measured[]): Summary {
  const of = (pick: (m: Measured) => number) => median(rounds.map(pick));
  const sum = (pick: (m: Measured) => number) => rounds.reduce((total, m) => total + pick(m), 0);
  return {
    ...rounds[0]!, rounds, requests: sum((m) => m.requests), non2xx: sum((m) => m.non2xx), socketErrors: sum((m) => m.socketErrors),
    rps: of((m) => m.rps), p50: of((m) => m.p50), p95: of((m) => m.p95), p99: of((m) => m.p99),
    serverCpuMs: of((m) => m.serverCpuMs), postgresCpuMs: of((m) => m.postgresCpuMs),
  };
}

async function run() {
  // A fresh database, migrated, with the demo province, its accounts and agency keys.
  const { url, db } = await benchDatabase(BENCH_DATABASE, { folder: 'bench', port: EMBEDDED_PORT });
  const dataDir = await scratchFolder('tinhso-bench');
  await demoProvince(db, dataDir);

  const paymentSecret = randomBytes(24).toString('hex');
  const env = { BENCH_DATABASE_URL: url, BENCH_DATA_DIR: dataDir, BENCH_PAYMENT_SECRET: paymentSecret };
  const app = await serve('serve-app.ts', env);
  const citizen = await Browser.signIn(app.url, 'citizen');
  const desk = await Browser.signIn(app.url, 'tiepnhan.chilang');
  const templates = await makeTemplates(citizen, desk, await procedureId(db));

  const started = Date.now();
  await seedProvinceYear(db, DOSSIERS, templates.received);
  await settle(db);
  log(`seeded ${DOSSIERS.toLocaleString('en')} dossiers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const baseline = await serve('serve-baseline.ts', env);

  const codes = await sampleCodes(db, 10_000);
  const touched = await sampleIds(db, 10_000);
  const read = (paths: string[], url: string): Load => ({ url, method: 'GET', paths, connections: READ_CONNECTIONS, seconds: SECONDS });
  const act = (browser: Browser, ids: number[], action: string, connections = WRITE_CONNECTIONS): Load => ({
    url: app.url, method: 'POST', headers: browser.headers(), body: '{}', paths: ids.map((id) => `/api/dossiers/${id}/${action}`), connections, seconds: SECONDS,
  });
  const separateP99 = WRITE_CONNECTIONS !== RECEPTION_P99_CONNECTIONS;
  const rounds: Record<'baselineRead' | 'lookup' | 'baselineWrite' | 'submission' | 'reception' | 'receptionAt10' | 'callbacks', Measured[]> = {
    baselineRead: [], lookup: [], baselineWrite: [], submission: [], reception: [], receptionAt10: [], callbacks: [],
  };
  // A shared machine's speed drifts from one minute to the next: each round measures a baseline and then
  // the platform's endpoints right after it, and the table gives the median of the rounds.
  for (let round = 1; round <= ROUNDS; round++) {
    log(`round ${round} of ${ROUNDS}`);
    rounds.baselineRead.push(await measure(db, 'baseline read', baseline, read(codes.map((c) => `/lookup/${encodeURIComponent(c)}`), baseline.url)));
    rounds.lookup.push(await measure(db, 'public lookup', app, read(codes.map((c) => `/api/public/dossiers/${encodeURIComponent(c)}`), app.url)));
    const baselineWrite = await measure(db, 'baseline write', baseline, {
      url: baseline.url, method: 'POST', paths: touched.map((id) => `/touch/${id}`), connections: WRITE_CONNECTIONS, seconds: SECONDS,
    });
    rounds.baselineWrite.push(baselineWrite);

    // Each submission and reception acts on a dossier of its own. No endpoint of the platform writes faster
    // than the bare one-row update, so its rate bounds how many each measurement can use.
    const prepared = Math.max(1_000, Math.ceil(baselineWrite.rps * SECONDS * 1.5));
    const drafts = await cloneDossier(db, templates.draft, prepared);
    const submitted = await cloneDossier(db, templates.submitted, prepared);
    const submittedForP99 = separateP99 ? await cloneDossier(db, templates.submitted, prepared) : [];
    const references = await awaitingPayment(db, await cloneDossier(db, templates.submitted, prepared), 100_000);
    await settle(db);
    log(`prepared ${prepared.toLocaleString('en')} complete drafts and ${(submitted.length + submittedForP99.length).toLocaleString('en')} submitted dossiers`);

    rounds.submission.push(await measure(db, 'online submission', app, act(citizen, drafts, 'submit'), true));
    const reception = await measure(db, 'reception', app, act(desk, submitted, 'receive'), true);
    rounds.reception.push(reception);
    rounds.receptionAt10.push(separateP99 ? await measure(db, 'reception', app, act(desk, submittedForP99, 'receive', RECEPTION_P99_CONNECTIONS), true) : reception);
    // The national payment platform confirming payments: checksum, amount, the payment and its dossier in one unit of work.
    rounds.callbacks.push(await measure(db, 'payment callbacks', app, {
      url: app.url, method: 'POST', headers: { 'content-type': 'application/json' }, connections: WRITE_CONNECTIONS, seconds: SECONDS,
      paths: references.map(() => '/api/payments/callback'), bodies: references.map((r) => confirmation(r, 100_000, 'BENCH', paymentSecret)),
    }, true));
  }
  const [baselineRead, lookup, baselineWrite, submission, reception, receptionAt10, callbacks] = [
    rounds.baselineRead, rounds.lookup, rounds.baselineWrite, rounds.submission, rounds.reception, rounds.receptionAt10, rounds.callbacks,
  ].map(summary) as [Summary, Summary, Summary, Summary, Summary, Summary, Summary];

  // ---- the table ----
  type Line = { m: Summary; endpoint: string; base?: Summary; target?: string; met?: boolean };
  // Each round's platform over that round's baseline; the median of the rounds is the ratio.
  const ratios = (m: Summary, base: Summary) => m.rounds.map((r, i) => r.rps / base.rounds[i]!.rps);
  const ratio = (m: Summary, base: Summary) => median(ratios(m, base));
  const p99Met = receptionAt10.p99 < 100;
  const lines: Line[] = [
    { m: baselineRead, endpoint: 'baseline read: bare Fastify + pg, GET one row by code' },
    { m: lookup, endpoint: 'public lookup `GET /api/public/dossiers/:code`', base: baselineRead, target: '≥ 0.70 × baseline read', met: ratio(lookup, baselineRead) >= 0.7 },
    { m: baselineWrite, endpoint: 'baseline write: bare Fastify + pg, POST one-row UPDATE in BEGIN/COMMIT' },
    { m: submission, endpoint: 'online submission `POST /api/dossiers/:id/submit`', base: baselineWrite, target: '≥ 0.50 × baseline write', met: ratio(submission, baselineWrite) >= 0.5 },
    separateP99
      ? { m: reception, endpoint: 'reception `POST /api/dossiers/:id/receive`, one desk', base: baselineWrite, target: '≥ 0.30 × baseline write', met: ratio(reception, baselineWrite) >= 0.3 }
      : { m: reception, endpoint: 'reception `POST /api/dossiers/:id/receive`, one desk', base: baselineWrite, target: '≥ 0.30 × baseline write, p99 < 100 ms', met: ratio(reception, baselineWrite) >= 0.3 && p99Met },
    ...(separateP99 ? [{ m: receptionAt10, endpoint: 'reception `POST /api/dossiers/:id/receive`, one desk', base: baselineWrite, target: 'p99 < 100 ms', met: p99Met }] : []),
    { m: callbacks, endpoint: 'payment callback `POST /api/payments/callback` (checksum, amount, payment and dossier in one unit of work)', base: baselineWrite, target: 'measured (no target set)' },
  ];
  const pgVersion = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  console.log(`\nOne-stop shop on ${DOSSIERS.toLocaleString('en')} dossiers, ${ROUNDS} rounds of ${SECONDS} s per measurement, ${os.cpus().length} cores, `
    + `Node.js ${process.version}, PostgreSQL ${pgVersion}.`);
  console.log(`Load generator: ${describeGenerator()}, in a process of its own; the platform and the baseline each in their own process.\n`);
  console.log('| endpoint | req/s | p50 ms | p99 ms | errors | server CPU ms/req | PostgreSQL CPU ms/req | ratio | ratio per round | target | result |');
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|---|---|---|');
  for (const { m, endpoint, base, target, met } of lines) {
    const errors = m.non2xx + m.socketErrors;
    const errorCell = m.socketErrors > 0 ? `${errors} (${m.non2xx} non-2xx, ${m.socketErrors} socket)` : String(errors);
    const verdict = met === undefined ? '' : met && errors === 0 ? 'PASS' : errors > 0 ? 'FAIL (errors)' : 'FAIL';
    console.log(`| ${endpoint} (${m.connections} conn.) | ${m.rps.toFixed(0)} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${errorCell} `
      + `| ${m.serverCpuMs.toFixed(2)} | ${m.postgresCpuMs ? m.postgresCpuMs.toFixed(2) : 'n/a'} `
      + `| ${base ? ratio(m, base).toFixed(2) : '1.00'} | ${base ? ratios(m, base).map((r) => r.toFixed(2)).join(' / ') : ''} | ${target ?? 'reference'} | ${verdict} |`);
  }
  console.log('\nreq/s, p50, p99 and CPU: the median of the rounds; errors: all rounds. ratio: in each round, req/s over that round\'s baseline '
    + '(lookup over read, submission, reception and callbacks over write); the median of the rounds. '
    + 'errors: non-2xx responses, connection errors and timeouts. CPU ms/req: CPU time the server process and all of this machine\'s PostgreSQL processes used during the measurement, over its requests. '
    + 'A measurement, not a test: the exit status ignores the results.');
}

await runBench('bench', run);
