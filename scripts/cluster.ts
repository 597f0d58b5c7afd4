/**
 * `npm run cluster`: the platform as several nodes on one machine, behind Debian's nginx, on one PostgreSQL.
 *
 * 1. The database: DATABASE_URL, or the embedded PostgreSQL of `npm start` (same data folder).
 * 2. Migrations and, in demo mode, the demo province and its keys: once, here.
 * 3. In demo mode, the simulators of the outside systems, once for the whole cluster (ports PORT+1 … PORT+6
 *    as with `npm start`), so that every node talks to the same payment platform, mail sink and so on.
 * 4. CLUSTER_NODES (default 2) processes of server/src/main.ts on 127.0.0.1:PORT+11, PORT+12, …, each with
 *    JOBS on and TRUST_PROXY on; the first is started alone (it makes the keys a first start writes), the
 *    rest together. A node that dies is started again after a second.
 * 5. nginx on HOST:PORT (default 3000): a private instance (scripts/cluster-nginx.ts) serving web/dist and
 *    spreading the rest over the nodes.
 * Ctrl-C (or SIGTERM) stops nginx, the nodes, the simulators and the database, in that order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../server/src/config.js';
import { createPool } from '../server/src/platform/db.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../server/src/platform/embedded-postgres.js';
import { migrate } from '../server/src/platform/migrations.js';
import { seedDemoProvince } from '../server/src/demo/seed.js';
import { ensureDemoAgencyKeys } from '../server/src/platform/pki.js';
import { DEMO_EXTERNAL_ORGANS } from '../server/src/demo/province.js';
import { startSmtpSink, type SmtpSink } from '../simulators/smtp-sink/sink.js';
import { startPaymentPlatformProcess } from '../simulators/payment-platform/process.js';
import { startDocumentAxisProcess } from '../simulators/document-axis/process.js';
import { startEidProcess } from '../simulators/eid/process.js';
import { startNationalPortalProcess } from '../simulators/national-portal/process.js';
import { startBaseRegistriesProcess } from '../simulators/base-registries/process.js';
import type { SimulatorProcess } from '../simulators/child.js';
import { startNginx, type RunningNginx } from './cluster-nginx.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line: string) => console.log(`[cluster] ${line}`);

const config = loadConfig();
const count = Number(process.env.CLUSTER_NODES || 2);
if (!Number.isInteger(count) || count < 1 || count > 32) {
  console.error(`[cluster] CLUSTER_NODES must be an integer from 1 to 32, got "${process.env.CLUSTER_NODES}"`);
  process.exit(1);
}
if (config.port === 0) {
  console.error('[cluster] PORT must be a fixed port: the nodes listen on PORT+11 and after');
  process.exit(1);
}
const nodePorts = Array.from({ length: count }, (_, i) => config.port + 11 + i);

let stopping = false;
let embedded: EmbeddedDatabase | undefined;
let sink: SmtpSink | undefined;
const simulators: SimulatorProcess[] = [];
const nodes = new Map<number, ChildProcess>();
let nginx: RunningNginx | undefined;

async function shutdown(reason: string, exitCode: number) {
  if (stopping) return;
  stopping = true;
  say(`stopping (${reason})`);
  await nginx?.stop();
  await Promise.all([...nodes.values()].map((child) => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  })));
  for (const simulator of simulators) await simulator.stop().catch(() => undefined);
  await sink?.close();
  await embedded?.stop();
  say('stopped');
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown('SIGINT', 0));
process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
// Whoever read this output is gone (a closed terminal, a parent that died): stop the nodes rather than die and leave them.
process.stdout.on('error', () => void shutdown('its output was closed', 1));

/** What every node is told beyond the caller's environment. */
const nodeEnv: Record<string, string> = { JOBS: 'true', TRUST_PROXY: 'true', HOST: '127.0.0.1', PUBLIC_URL: config.publicUrl };

try {
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    say(`starting embedded PostgreSQL (data in ${config.dataDir}/postgres, port ${config.embeddedPgPort})`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
    databaseUrl = embedded.url;
  }
  nodeEnv.DATABASE_URL = databaseUrl;
  // Each node keeps a pool of 20 and a listening connection.
  if (count * 21 > 90) say(`warning: ${count} nodes may open ${count * 21} connections; PostgreSQL's default max_connections is 100`);

  const db = createPool(databaseUrl, 2);
  const agencies: { code: string; name: string }[] = [];
  try {
    await migrate(db, say);
    if (config.demo) {
      if (await seedDemoProvince(db)) say('demo province seeded (accounts: see README)');
      agencies.push(...(await db.query<{ code: string; name: string }>('SELECT code, name FROM agencies')).rows);
      await ensureDemoAgencyKeys(config.pkiDir, agencies, config.pkiPassphrase);
    }
  } finally {
    await db.end();
  }

  if (config.demo) await startSimulators(agencies);
  // The caller's own LGSP_TLS_PORT would have every node listen on it: the mutual-TLS listener is left out here.
  delete process.env.LGSP_TLS_PORT;

  await startNode(0);
  await Promise.all(nodePorts.slice(1).map((_, i) => startNode(i + 1)));

  const webRoot = config.webDist && fs.existsSync(path.join(config.webDist, 'index.html')) ? config.webDist : null;
  if (!webRoot) say('no built web client (npm run build --workspace web): the nodes answer every request');
  nginx = await startNginx({
    port: config.port, host: config.host, nodePorts, webRoot,
    // The multipart form: the file and its few small fields.
    clientMaxBodyBytes: Math.max(config.uploadLimitBytes, config.bodyLimitBytes) + 64 * 1024,
    log: say,
  });
  nginx.process.once('exit', (code, signal) => void shutdown(`nginx exited (${signal ?? code})`, 1));
  say(`ready at http://localhost:${config.port}: ${count} nodes (${nodePorts.map((p) => `127.0.0.1:${p}`).join(', ')}) behind nginx; Ctrl-C stops everything`);
} catch (error) {
  console.error(error);
  await shutdown('start-up failed', 1);
}

async function startSimulators(agencies: { code: string }[]) {
  const port = (offset: number) => config.port + offset;
  if (!config.smtpUrl) {
    sink = await startSmtpSink({ httpPort: port(1) });
    nodeEnv.SMTP_URL = sink.smtpUrl;
    say(`demo mail is caught by the SMTP sink: ${sink.httpUrl}/messages`);
  }
  if (!config.payment.url) {
    const payment = await startPaymentPlatformProcess({ port: port(2) });
    simulators.push(payment);
    const secret = randomBytes(24).toString('hex');
    // The platform calls back through nginx: any node takes the callback.
    await payment.register({ code: config.payment.partnerCode, secret, callbackUrl: `http://127.0.0.1:${config.port}/api/payments/callback` });
    Object.assign(nodeEnv, { PAYMENT_PLATFORM_URL: payment.url, PAYMENT_SECRET: secret });
    say(`demo payments go to the payment platform simulator: ${payment.url}`);
  }
  if (!config.documentAxis.url) {
    const axis = await startDocumentAxisProcess({ port: port(3) });
    simulators.push(axis);
    const token = randomBytes(24).toString('hex');
    await axis.control('/__external', { organs: DEMO_EXTERNAL_ORGANS });
    await axis.registerEndpoint({ endpointId: 'tinh-so', token, organIds: agencies.map((a) => a.code) });
    Object.assign(nodeEnv, { DOCUMENT_AXIS_URL: axis.url, DOCUMENT_AXIS_TOKEN: token });
    say(`demo documents to agencies outside the province go to the document axis simulator: ${axis.url}`);
  }
  if (!config.eid.issuer) {
    const secret = randomBytes(24).toString('hex');
    const eid = await startEidProcess({ port: port(4), clients: [{ client_id: config.eid.clientId, client_secret: secret, redirect_uris: [`${config.publicUrl}/api/auth/eid/callback`] }] });
    simulators.push(eid);
    Object.assign(nodeEnv, { EID_ISSUER: eid.url, EID_CLIENT_SECRET: secret });
    say(`demo e-ID sign-in goes to the e-ID simulator: ${eid.url}`);
  }
  if (!config.nationalPortal.url) {
    const token = randomBytes(24).toString('hex');
    const portal = await startNationalPortalProcess({ port: port(5), token });
    simulators.push(portal);
    Object.assign(nodeEnv, { NATIONAL_PORTAL_URL: portal.url, NATIONAL_PORTAL_TOKEN: token });
    say(`demo dossiers sync with the national portal simulator: ${portal.url}`);
  }
  if (!config.baseRegistries.url) {
    const registries = await startBaseRegistriesProcess({ port: port(6) });
    simulators.push(registries);
    nodeEnv.BASE_REGISTRIES_URL = registries.url;
    say(`demo base-registry lookups go to the base registries simulator: ${registries.url}`);
  }
}

/** Starts node `index` and resolves once it answers /healthz; started again whenever it dies, until the cluster stops. */
async function startNode(index: number): Promise<void> {
  if (stopping) return;
  const port = nodePorts[index]!;
  const label = `[node ${index + 1} :${port}]`;
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(repoRoot, 'server/src/main.ts')], {
    cwd: repoRoot, env: { ...process.env, ...nodeEnv, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  nodes.set(index, child);
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop()!;
      for (const line of lines) if (line) console.log(`${label} ${line}`);
    });
  }
  child.once('exit', (code, signal) => {
    if (stopping) return;
    say(`node ${index + 1} exited (${signal ?? code}); starting it again in a second`);
    setTimeout(() => void startNode(index).catch((error: Error) => say(`node ${index + 1} could not start again: ${error.message}`)), 1_000);
  });
  const until = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`node ${index + 1} exited before it was ready`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`node ${index + 1} is not ready after 3 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
