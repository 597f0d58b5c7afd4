/**
 * Integration gateway benchmark (LGSP, issue 10): the same upstream (bare Fastify, its own process) called
 * directly and through the gateway at /lgsp (the platform in its own process: bearer token check, grant and
 * operation check, forwarding with fetch, hashes, a message log entry per call), the load generator in a
 * third (wrk when installed, autocannon otherwise). Prints throughput ratio (goal ≥ 0.8 of direct) and the
 * added latency p50/p99 (goal: p99 added < 5 ms).
 *
 *   npm run bench:gateway     # BENCH_SECONDS=10, BENCH_CONNECTIONS=20
 *
 * Uses a fresh `tinhso_bench_gateway` database on DATABASE_URL's server, or on an embedded PostgreSQL.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { provisionIntegration } from '../server/src/modules/integration/index.js';
import { createPool } from '../server/src/platform/db.js';
import { migrate } from '../server/src/platform/migrations.js';
import { dropDatabase, freshDatabase } from '../server/test/database.js';
import { cpuSnapshot, cpuUsed, describeGenerator, generateLoad, serve, setting, stopAll, type Load, type LoadResult, type Served } from './processes.js';

const SECONDS = setting('BENCH_SECONDS', 10);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 20);
const BENCH_DATABASE = 'tinhso_bench_gateway';
const EMBEDDED_PORT = 54361;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(`[bench:gateway] ${line}`);

const cleanup: (() => Promise<unknown>)[] = [];
let finishing: Promise<void> | undefined;
const finish = () => (finishing ??= (async () => {
  await stopAll();
  for (const step of cleanup.reverse()) {
    try {
      await step();
    } catch (error) {
      console.error(`[bench:gateway] cleaning up: ${(error as Error).message}`);
    }
  }
})());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void finish().finally(() => process.exit(130)));
}

async function embeddedServer(): Promise<string> {
  const { startEmbeddedPostgres } = await import('../server/src/platform/embedded-postgres.js');
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data/bench'), port: EMBEDDED_PORT });
  cleanup.push(() => embedded.stop());
  return embedded.url;
}

async function measure(name: string, server: Served, load: Load): Promise<LoadResult & { cpuMsPerRequest: number }> {
  const before = await cpuSnapshot(server.pid);
  const result = await generateLoad(load);
  const used = cpuUsed(before, await cpuSnapshot(server.pid));
  log(`${name}, ${load.connections} connections: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, `
    + `${result.non2xx + result.socketErrors} errors of ${result.requests}`);
  return { ...result, cpuMsPerRequest: result.requests > 0 ? (used.server * 1000) / result.requests : 0 };
}

async function run() {
  const server = process.env.DATABASE_URL ?? await embeddedServer();
  const url = await freshDatabase(server, BENCH_DATABASE);
  cleanup.push(() => dropDatabase(server, BENCH_DATABASE));
  const db = createPool(url, 4);
  cleanup.push(() => db.end());
  await migrate(db);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-bench-gateway-'));
  cleanup.push(() => fs.rm(dataDir, { recursive: true, force: true }));

  const upstream = await serve('gateway-upstream.ts', {});
  const secret = 'bench-secret-0123456789';
  await provisionIntegration(db, {
    members: [{ identifier: 'VN/GOV/000.00.00.B01/BENCH', name: 'Bench', agencyId: 1, clientId: 'bench', clientSecret: secret }],
    services: [{ code: 'bench', name: 'Bench', agencyId: 1, upstreamUrl: upstream.url, retention: 'metadata', openapi: { openapi: '3.0.3', info: { title: 'bench' }, paths: { '/items/{id}': { get: { operationId: 'getItem' } } } } }],
    grants: [{ member: 'VN/GOV/000.00.00.B01/BENCH', service: 'bench', operation: 'getItem' }],
  });
  const app = await serve('serve-app.ts', { BENCH_DATABASE_URL: url, BENCH_DATA_DIR: dataDir, BENCH_PAYMENT_SECRET: 'unused' });
  const tokenResponse = await fetch(`${app.url}/lgsp/oauth/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`bench:${secret}`).toString('base64')}` },
    body: 'grant_type=client_credentials',
  });
  const token = ((await tokenResponse.json()) as { access_token: string }).access_token;
  const ids = Array.from({ length: 1000 }, (_, i) => `/items/${i + 1}`);
  log(`load: ${describeGenerator()}, ${SECONDS} s per measurement`);
  // Warm both paths (connections, JIT) before measuring.
  await generateLoad({ url: upstream.url, method: 'GET', paths: ids, connections: CONNECTIONS, seconds: 2 });
  await generateLoad({ url: app.url, method: 'GET', paths: ids.map((p) => `/lgsp/bench${p}`), headers: { authorization: `Bearer ${token}` }, connections: CONNECTIONS, seconds: 2 });
  const direct = await measure('direct', upstream, { url: upstream.url, method: 'GET', paths: ids, connections: CONNECTIONS, seconds: SECONDS });
  const gateway = await measure('through the gateway', app, {
    url: app.url, method: 'GET', paths: ids.map((p) => `/lgsp/bench${p}`), headers: { authorization: `Bearer ${token}` }, connections: CONNECTIONS, seconds: SECONDS,
  });
  // A reference: the same platform process answering a route of its own that forwards nothing (one SELECT 1).
  const bare = await measure('platform /healthz (reference, no forwarding)', app, { url: app.url, method: 'GET', paths: ['/healthz'], connections: CONNECTIONS, seconds: SECONDS });
  const logged = Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM lgsp_messages WHERE service_code = 'bench'")).rows[0]!.n);
  const ratio = gateway.rps / direct.rps;
  const addedP50 = gateway.p50 - direct.p50;
  const addedP99 = gateway.p99 - direct.p99;
  console.log('');
  console.log(`gateway throughput ${gateway.rps.toFixed(0)} req/s vs direct ${direct.rps.toFixed(0)} req/s: ratio ${ratio.toFixed(2)} (goal ≥ 0.80) ${ratio >= 0.8 ? 'MET' : 'NOT MET'}`);
  console.log(`added latency p50 ${addedP50.toFixed(2)} ms, p99 ${addedP99.toFixed(2)} ms (goal p99 < 5 ms) ${addedP99 < 5 ? 'MET' : 'NOT MET'}`);
  console.log(`reference: the platform's own /healthz in the same process: ${bare.rps.toFixed(0)} req/s, p50 ${bare.p50.toFixed(2)} ms, p99 ${bare.p99.toFixed(2)} ms`);
  console.log(`gateway process CPU ${gateway.cpuMsPerRequest.toFixed(3)} ms per call; ${logged.toLocaleString('en')} calls in the message log (warm-up included)`);
  console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}`);
}

try {
  await run();
} finally {
  await finish();
}
