/**
 * Scale benchmark (issue 14): the platform's main paths at rising load, on one node and on N nodes behind
 * Debian's nginx, all on one PostgreSQL, each server in a process of its own and the load generator in another.
 * At each load step (connections, `BENCH_STEPS`, default 4,16,64,256) it measures:
 *   - public lookup `GET /api/public/dossiers/:code`            vs a bare Fastify + pg read of the same row;
 *   - online submission and reception (one dossier each)      vs a bare Fastify + pg one-row UPDATE transaction;
 *   - document search `GET /api/documents?q=…`, signed in    vs a bare Fastify + pg running the same search SQL;
 *   - a gateway call `/lgsp/<service>/…` to a registry lookup vs calling that upstream directly;
 *   - the leadership dashboard `GET /api/operations/dashboard` vs the bare read;
 * and prints, per path and topology, req/s, p50/p99, errors, the ratio to its baseline at the same step, the
 * peak resident memory of the nodes (VmHWM), and the knee: the first step where p99 passes 200 ms.
 *
 *   npm run bench:scale   # BENCH_NODES=2 BENCH_DOSSIERS=100000 BENCH_DOCUMENTS=100000 BENCH_SECONDS=5
 *
 * The baselines run alone, without nginx; both topologies go through nginx, so that one node and N nodes differ
 * only by the number of nodes. Uses a fresh `tinhso_bench_scale` database on DATABASE_URL's server, or an embedded one.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { provisionIntegration } from '../server/src/modules/integration/index.js';
import { operationsRepository } from '../server/src/modules/operations/repository.js';
import { Browser, makeTemplates } from './api.js';
import { CITIZENS, citizenId, cloneDossier, procedureId, sampleCodes, sampleIds, seedCitizens, seedProvinceYear, settle, waitUntilIdle } from './data.js';
import { generateDocuments, SEARCH_QUERIES, SEARCHER, searcher } from './documents-data.js';
import { describeGenerator, generateLoad, loadBalancer, peakMemoryMiB, serve, setting, type Load, type LoadResult, type Served } from './processes.js';
import { benchDatabase, demoProvince, runBench, scratchFolder } from './run.js';

const NODES = setting('BENCH_NODES', 2);
const DOSSIERS = setting('BENCH_DOSSIERS', 100_000);
const DOCUMENTS = setting('BENCH_DOCUMENTS', 100_000);
const SECONDS = setting('BENCH_SECONDS', 5);
const STEPS = (process.env.BENCH_STEPS ?? '4,16,64,256').split(',').map(Number);
if (STEPS.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`BENCH_STEPS must be positive integers separated by commas, got "${process.env.BENCH_STEPS}"`);
const KNEE_MS = 200;
const BENCH_DATABASE = 'tinhso_bench_scale';
const EMBEDDED_PORT = 54362;
const log = (line: string) => console.log(`[bench:scale] ${line}`);

type Path = 'lookup' | 'submission' | 'reception' | 'documents' | 'gateway' | 'dashboard';
type Baseline = 'read' | 'write' | 'search' | 'upstream';
const PATHS: { path: Path; label: string; baseline: Baseline }[] = [
  { path: 'lookup', label: 'public lookup', baseline: 'read' },
  { path: 'submission', label: 'online submission', baseline: 'write' },
  { path: 'reception', label: 'reception', baseline: 'write' },
  { path: 'documents', label: 'document search', baseline: 'search' },
  { path: 'gateway', label: 'gateway call (registry lookup)', baseline: 'upstream' },
  { path: 'dashboard', label: 'dashboard', baseline: 'read' },
];
const BASELINE_LABEL: Record<Baseline, string> = {
  read: 'bare Fastify + pg read', write: 'bare Fastify + pg one-row UPDATE', search: 'bare Fastify + pg search SQL', upstream: 'the upstream called directly',
};

type Step = LoadResult & { connections: number };
type Series = { name: string; steps: Step[]; peakMiB?: number };

async function run() {
  const { url, db } = await benchDatabase(BENCH_DATABASE, { folder: 'bench', port: EMBEDDED_PORT });
  const dataDir = await scratchFolder('tinhso-bench-scale');
  await demoProvince(db, dataDir);
  const who = await searcher(db);
  const env = {
    BENCH_DATABASE_URL: url, BENCH_DATA_DIR: dataDir, BENCH_PAYMENT_SECRET: 'bench',
    BENCH_SEARCHER_ID: String(who.userId), BENCH_SEARCHER_AGENCIES: who.agencyIds.join(','),
  };

  // ---- data: a province-year of dossiers and its rollups, documents, a registry behind the gateway ----
  let started = performance.now();
  const first = await serve('serve-app.ts', env);
  const citizen = await Browser.signIn(first.url, 'citizen');
  const desk = await Browser.signIn(first.url, 'tiepnhan.chilang');
  const templates = await makeTemplates(citizen, desk, await procedureId(db));
  await first.stop();
  await seedProvinceYear(db, DOSSIERS, templates.received);
  await settle(db);
  await operationsRepository.rebuild(db);
  await generateDocuments(db, DOCUMENTS, who.agencyIds[0]!, os.cpus().length);
  await seedCitizens(db);
  await db.query('VACUUM ANALYZE');
  log(`seeded ${DOSSIERS.toLocaleString('en')} dossiers with their rollups, ${DOCUMENTS.toLocaleString('en')} documents and ${CITIZENS.toLocaleString('en')} registry citizens in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const upstream = await serve('gateway-registry-upstream.ts', { BENCH_DATABASE_URL: url });
  const member = 'VN/GOV/000.00.00.B01/BENCH';
  const secret = 'bench-secret-0123456789';
  await provisionIntegration(db, {
    members: [{ identifier: member, name: 'Bench', agencyId: 1, clientId: 'bench', clientSecret: secret }],
    services: [{ code: 'bench-dan-cu', name: 'Tra cứu dân cư (bench)', agencyId: 1, upstreamUrl: upstream.url, retention: 'metadata',
      openapi: { openapi: '3.0.3', info: { title: 'dan cu' }, paths: { '/api/population/citizens/{idNumber}': { get: { operationId: 'getCitizen' } } } } }],
    grants: [{ member, service: 'bench-dan-cu', operation: 'getCitizen' }],
  });

  const codes = await sampleCodes(db, 10_000);
  const ids = await sampleIds(db, 10_000);
  const citizenPaths = Array.from({ length: 5000 }, (_, i) => `/api/population/citizens/${citizenId((i * 7919) % CITIZENS + 1)}`);
  const searches = SEARCH_QUERIES.map((q) => `q=${encodeURIComponent(q)}&pageSize=20`);
  const root = (await db.query<{ id: number }>('SELECT id::int FROM agencies WHERE parent_id IS NULL')).rows[0]!.id;
  const districts = (await db.query<{ id: number }>(`SELECT id::int FROM agencies WHERE kind = 'district' ORDER BY id`)).rows.map((r) => r.id);
  const dashboards = [root, ...districts].flatMap((agencyId) => ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01']
    .map((from) => `/api/operations/dashboard?agencyId=${agencyId}&from=${from}&to=2025-12-31`));

  /** One measurement at one step; writes act on fresh dossiers, enough for the fastest rate seen. */
  const get = (base: string, paths: string[], connections: number, headers?: Record<string, string>): Load =>
    ({ url: base, method: 'GET', paths, connections, seconds: SECONDS, timeoutSeconds: 30, ...(headers ? { headers } : {}) });
  let fastestWrite = 500;
  const writes = async (base: string, browser: Browser, action: 'submit' | 'receive', connections: number): Promise<Load> => {
    const dossiers = await cloneDossier(db, action === 'submit' ? templates.draft : templates.submitted, Math.ceil(fastestWrite * SECONDS * 1.5));
    await settle(db);
    return { url: base, method: 'POST', headers: browser.headers(), body: '{}', paths: dossiers.map((id) => `/api/dossiers/${id}/${action}`), connections, seconds: SECONDS, timeoutSeconds: 30 };
  };
  const measure = async (series: Series, load: Load) => {
    const result = await generateLoad(load);
    await waitUntilIdle(db);
    series.steps.push({ ...result, connections: load.connections });
    log(`${series.name}, ${load.connections} connections: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, `
      + `${result.non2xx + result.socketErrors} errors of ${result.requests}${result.firstNon2xx ? ` (first: ${result.firstNon2xx})` : ''}`);
    return result;
  };

  // ---- the baselines, alone ----
  log(`load: ${describeGenerator()}, ${SECONDS} s per step, steps of ${STEPS.join(', ')} connections`);
  const baselines: Record<Baseline, Series> = {
    read: { name: BASELINE_LABEL.read, steps: [] }, write: { name: BASELINE_LABEL.write, steps: [] },
    search: { name: BASELINE_LABEL.search, steps: [] }, upstream: { name: BASELINE_LABEL.upstream, steps: [] },
  };
  const bare = await serve('serve-baseline.ts', env);
  const bareSearch = await serve('serve-documents-baseline.ts', env);
  for (const connections of STEPS) {
    await measure(baselines.read, get(bare.url, codes.map((c) => `/lookup/${encodeURIComponent(c)}`), connections));
    const write = await measure(baselines.write, { url: bare.url, method: 'POST', paths: ids.map((id) => `/touch/${id}`), connections, seconds: SECONDS });
    fastestWrite = Math.max(fastestWrite, write.rps);
    await measure(baselines.search, get(bareSearch.url, searches.map((s) => `/search?${s}`), connections));
    await measure(baselines.upstream, get(upstream.url, citizenPaths, connections));
  }
  await bare.stop();
  await bareSearch.stop();

  // ---- the platform on 1 and N nodes behind nginx ----
  const topologies = [...new Set([1, NODES])];
  const results = new Map<number, Record<Path, Series>>();
  for (const nodes of topologies) {
    const served: Served[] = [];
    for (let i = 0; i < nodes; i++) served.push(await serve('serve-app.ts', env));
    const front = await loadBalancer(served.map((s) => s.url));
    const clerk = await Browser.signIn(front.url, SEARCHER);
    const admin = await Browser.signIn(front.url, 'admin');
    const applicant = await Browser.signIn(front.url, 'citizen');
    const officer = await Browser.signIn(front.url, 'tiepnhan.chilang');
    const token = await memberToken(front.url, secret);
    const series = Object.fromEntries(PATHS.map((p) => [p.path, { name: `${p.label}, ${nodes} node${nodes > 1 ? 's' : ''}`, steps: [] }])) as unknown as Record<Path, Series>;
    for (const connections of STEPS) {
      await measure(series.lookup, get(front.url, codes.map((c) => `/api/public/dossiers/${encodeURIComponent(c)}`), connections));
      await measure(series.submission, await writes(front.url, applicant, 'submit', connections));
      await measure(series.reception, await writes(front.url, officer, 'receive', connections));
      await measure(series.documents, get(front.url, searches.map((s) => `/api/documents?${s}`), connections, { cookie: clerk.headers().cookie! }));
      await measure(series.gateway, get(front.url, citizenPaths.map((p) => `/lgsp/bench-dan-cu${p}`), connections, { authorization: `Bearer ${token}` }));
      await measure(series.dashboard, get(front.url, dashboards, connections, { cookie: admin.headers().cookie! }));
    }
    const peaks = await Promise.all(served.map((s) => peakMemoryMiB(s.pid)));
    for (const s of Object.values(series)) s.peakMiB = Math.max(...peaks);
    results.set(nodes, series);
    await front.stop();
    await Promise.all(served.map((s) => s.stop()));
  }

  // ---- the table ----
  const pgVersion = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  console.log(`\nScale: ${DOSSIERS.toLocaleString('en')} dossiers, ${DOCUMENTS.toLocaleString('en')} documents; ${SECONDS} s per step; ${os.cpus().length} CPUs `
    + `(${os.cpus()[0]?.model ?? '?'}), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; Node.js ${process.version}, PostgreSQL ${pgVersion}; `
    + `load generator ${describeGenerator()} in a process of its own; nodes behind nginx ${nginxVersion()}.\n`);
  const cell = (s: Step, base?: Step) => `${s.rps.toFixed(0)} / ${s.p50.toFixed(0)} / ${s.p99.toFixed(0)}${base ? ` (${(s.rps / base.rps).toFixed(2)})` : ''}${s.non2xx + s.socketErrors > 0 ? ` ⚠${s.non2xx + s.socketErrors}` : ''}`;
  console.log(`| path | ${STEPS.map((c) => `${c} conn.: req/s / p50 / p99 ms (ratio)`).join(' | ')} | knee (p99 > ${KNEE_MS} ms) | peak RSS per node |`);
  console.log(`|---|${STEPS.map(() => '--:').join('|')}|---|--:|`);
  const knee = (s: Series) => {
    const at = s.steps.find((step) => !(step.p99 <= KNEE_MS));
    const before = at ? s.steps[s.steps.indexOf(at) - 1] : s.steps.at(-1);
    return at ? `at ${at.connections} conn. (${before ? `${before.rps.toFixed(0)} req/s at ${before.connections}` : 'from the first step'})` : `not reached up to ${STEPS.at(-1)} conn.`;
  };
  for (const b of Object.values(baselines)) console.log(`| baseline: ${b.name} | ${b.steps.map((s) => cell(s)).join(' | ')} | ${knee(b)} | |`);
  for (const { path: p, baseline } of PATHS) {
    for (const nodes of topologies) {
      const s = results.get(nodes)![p];
      console.log(`| ${s.name} | ${s.steps.map((step, i) => cell(step, baselines[baseline].steps[i])).join(' | ')} | ${knee(s)} | ${s.peakMiB?.toFixed(0)} MiB |`);
    }
  }
  console.log(`\nratio: the path's req/s over its baseline's at the same step (lookup and dashboard over the bare read, submission and reception over the bare write, `
    + 'document search over the bare search SQL, the gateway over the upstream called directly). ⚠n: n errors (non-2xx, connection errors, timeouts). '
    + 'peak RSS: the largest VmHWM of the nodes. A measurement, not a test: the exit status ignores the results.');
}

async function memberToken(base: string, secret: string): Promise<string> {
  const answer = await fetch(`${base}/lgsp/oauth/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`bench:${secret}`).toString('base64')}` },
    body: 'grant_type=client_credentials',
  });
  return ((await answer.json()) as { access_token: string }).access_token;
}

function nginxVersion(): string {
  // nginx prints its version on stderr.
  const { stderr } = spawnSync('/usr/sbin/nginx', ['-v'], { encoding: 'utf8' });
  return stderr.trim().replace(/^nginx version: /, '');
}

await runBench('bench:scale', run);
