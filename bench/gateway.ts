/**
 * Integration gateway benchmark (LGSP, issue 10): two upstreams, each called directly and through the gateway
 * at /lgsp, each server in a process of its own and the load generator in another (wrk when installed,
 * autocannon otherwise):
 *   - static: a bare Fastify answering a small JSON item (the gateway's own cost, as a share of the least an
 *     HTTP service can do);
 *   - registry: what a published base-registry service does, a bare Fastify reading one row by key from
 *     PostgreSQL (bench/gateway-registry-upstream.ts).
 * Through the gateway each call is authenticated (bearer token), checked against the member's grants, forwarded
 * over a kept-alive connection, hashed both ways, and answered once its message-log entry is committed
 * (group commit). Prints, per upstream: req/s direct and through the gateway and their ratio (goal ≥ 0.8),
 * p50/p99 of each and the latency the gateway adds (goal: p99 added < 5 ms), CPU ms per call of the serving
 * process; then the platform's own /healthz as a reference, the PostgreSQL commit time of this machine (what
 * a durable log entry costs at least), and the message log sealed and verified after the run.
 *
 *   npm run bench:gateway     # BENCH_SECONDS=10, BENCH_CONNECTIONS=20
 *
 * Uses a fresh `tinhso_bench_gateway` database on DATABASE_URL's server, or on an embedded PostgreSQL.
 */
import os from 'node:os';
import { provisionIntegration, sealMessages, verifyMessageLog } from '../server/src/modules/integration/index.js';
import type { Db } from '../server/src/platform/db.js';
import { CITIZENS, citizenId, seedCitizens } from './data.js';
import { cpuSnapshot, cpuUsed, describeGenerator, generateLoad, serve, setting, type Load, type LoadResult, type Served } from './processes.js';
import { benchDatabase, runBench, scratchFolder } from './run.js';

const SECONDS = setting('BENCH_SECONDS', 10);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 20);
const BENCH_DATABASE = 'tinhso_bench_gateway';
const EMBEDDED_PORT = 54361;
const log = (line: string) => console.log(`[bench:gateway] ${line}`);

type Measured = LoadResult & { cpuMsPerRequest: number };

async function measure(name: string, server: Served, load: Load): Promise<Measured> {
  const before = await cpuSnapshot(server.pid);
  const result = await generateLoad(load);
  const used = cpuUsed(before, await cpuSnapshot(server.pid));
  log(`${name}, ${load.connections} connections: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, `
    + `${result.non2xx} non-2xx and ${result.socketErrors} connection errors of ${result.requests}${result.firstNon2xx ? ` (first non-2xx: ${result.firstNon2xx})` : ''}`);
  return { ...result, cpuMsPerRequest: result.requests > 0 ? (used.server * 1000) / result.requests : 0 };
}

/** What one durable commit costs on this PostgreSQL (a single-row INSERT, one at a time): the least a logged answer waits. */
async function commitTimes(db: Db, n = 200): Promise<{ p50: number; p99: number }> {
  await db.query('CREATE TABLE bench_commits (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())');
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = process.hrtime.bigint();
    await db.query('INSERT INTO bench_commits DEFAULT VALUES');
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(n * 0.5)]!, p99: times[Math.floor(n * 0.99)]! };
}

type Row = { kind: string; direct: Measured; gateway: Measured };

function table(rows: Row[]): string[] {
  const ms = (v: number) => v.toFixed(2);
  const header = ['upstream', 'direct req/s', 'gateway req/s', 'ratio', 'direct p50/p99 ms', 'gateway p50/p99 ms', 'added p50/p99 ms', 'CPU ms/call upstream, gateway'];
  const lines = rows.map(({ kind, direct, gateway }) => [
    kind, direct.rps.toFixed(0), gateway.rps.toFixed(0), (gateway.rps / direct.rps).toFixed(2), `${ms(direct.p50)} / ${ms(direct.p99)}`,
    `${ms(gateway.p50)} / ${ms(gateway.p99)}`, `${ms(gateway.p50 - direct.p50)} / ${ms(gateway.p99 - direct.p99)}`,
    `${direct.cpuMsPerRequest.toFixed(3)}, ${gateway.cpuMsPerRequest.toFixed(3)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [format(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(format)];
}

async function run() {
  const { url, db } = await benchDatabase(BENCH_DATABASE, { folder: 'bench', port: EMBEDDED_PORT });
  await seedCitizens(db);
  const dataDir = await scratchFolder('tinhso-bench-gateway');

  const staticUpstream = await serve('gateway-upstream.ts', {});
  const registryUpstream = await serve('gateway-registry-upstream.ts', { BENCH_DATABASE_URL: url });
  const secret = 'bench-secret-0123456789';
  const member = 'VN/GOV/000.00.00.B01/BENCH';
  await provisionIntegration(db, {
    members: [{ identifier: member, name: 'Bench', agencyId: 1, clientId: 'bench', clientSecret: secret }],
    services: [
      { code: 'bench', name: 'Bench', agencyId: 1, upstreamUrl: staticUpstream.url, retention: 'metadata', openapi: { openapi: '3.0.3', info: { title: 'bench' }, paths: { '/items/{id}': { get: { operationId: 'getItem' } } } } },
      { code: 'bench-dan-cu', name: 'Tra cứu dân cư (bench)', agencyId: 1, upstreamUrl: registryUpstream.url, retention: 'metadata', openapi: { openapi: '3.0.3', info: { title: 'dan cu' }, paths: { '/api/population/citizens/{idNumber}': { get: { operationId: 'getCitizen' } } } } },
    ],
    grants: [{ member, service: 'bench', operation: 'getItem' }, { member, service: 'bench-dan-cu', operation: 'getCitizen' }],
  });
  const app = await serve('serve-app.ts', { BENCH_DATABASE_URL: url, BENCH_DATA_DIR: dataDir, BENCH_PAYMENT_SECRET: 'unused' });
  const tokenResponse = await fetch(`${app.url}/lgsp/oauth/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`bench:${secret}`).toString('base64')}` },
    body: 'grant_type=client_credentials',
  });
  const token = ((await tokenResponse.json()) as { access_token: string }).access_token;
  const authorization = { authorization: `Bearer ${token}` };
  log(`load: ${describeGenerator()}, ${SECONDS} s per measurement, ${CONNECTIONS} connections`);

  const kinds = [
    { kind: 'static JSON', upstream: staticUpstream, service: 'bench', paths: Array.from({ length: 1000 }, (_, i) => `/items/${i + 1}`) },
    { kind: 'registry lookup (pg)', upstream: registryUpstream, service: 'bench-dan-cu', paths: Array.from({ length: 5000 }, (_, i) => `/api/population/citizens/${citizenId((i * 7919) % CITIZENS + 1)}`) },
  ];
  const rows: Row[] = [];
  for (const { kind, upstream, service, paths } of kinds) {
    const direct: Load = { url: upstream.url, method: 'GET', paths, connections: CONNECTIONS, seconds: SECONDS };
    const through: Load = { url: app.url, method: 'GET', paths: paths.map((p) => `/lgsp/${service}${p}`), headers: authorization, connections: CONNECTIONS, seconds: SECONDS };
    // Warm both paths (connections, JIT, prepared statements) before measuring.
    await generateLoad({ ...direct, seconds: 2 });
    await generateLoad({ ...through, seconds: 2 });
    rows.push({ kind, direct: await measure(`${kind}: direct`, upstream, direct), gateway: await measure(`${kind}: through the gateway`, app, through) });
  }
  // A reference: the same platform process answering a route of its own that forwards nothing (one SELECT 1, through all of Fastify's hooks).
  const bare = await measure('platform /healthz (reference, no forwarding)', app, { url: app.url, method: 'GET', paths: ['/healthz'], connections: CONNECTIONS, seconds: SECONDS });
  const commit = await commitTimes(db);
  const answered = rows.reduce((sum, r) => sum + r.gateway.requests - r.gateway.non2xx, 0);
  await app.stop();
  while ((await sealMessages(db, 5000)) > 0);
  const verified = await verifyMessageLog(db);

  console.log('');
  for (const line of table(rows)) console.log(line);
  console.log('');
  for (const { kind, direct, gateway } of rows) {
    const ratio = gateway.rps / direct.rps;
    const added = gateway.p99 - direct.p99;
    console.log(`${kind}: throughput ratio ${ratio.toFixed(2)} (goal ≥ 0.80) ${ratio >= 0.8 ? 'MET' : 'NOT MET'}; p99 added ${added.toFixed(2)} ms (goal < 5 ms) ${added < 5 ? 'MET' : 'NOT MET'}`);
  }
  console.log(`reference: the platform's own /healthz in the same process (all of Fastify's hooks, one SELECT 1): ${bare.rps.toFixed(0)} req/s, p50 ${bare.p50.toFixed(2)} ms, p99 ${bare.p99.toFixed(2)} ms, ${bare.cpuMsPerRequest.toFixed(3)} CPU ms per call, ${bare.non2xx + bare.socketErrors} errors`);
  console.log(`a durable commit on this PostgreSQL (single-row INSERT, one at a time): p50 ${commit.p50.toFixed(2)} ms, p99 ${commit.p99.toFixed(2)} ms — every answer through the gateway waits for one (its log entry's group)`);
  console.log(`message log: ${verified.entries.toLocaleString('en')} entries sealed, chain ${verified.ok ? 'verified' : `BROKEN: ${verified.broken?.reason}`}; ${answered.toLocaleString('en')} answers counted by the load generator in the measurements (each answered only once logged)`);
  console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`);
}

await runBench('bench:gateway', run);
