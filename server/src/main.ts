import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from './config.js';
import { buildApp } from './app.js';
import { createPool } from './platform/db.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './platform/embedded-postgres.js';
import { migrate } from './platform/migrations.js';
import { seedDemoProvince } from './demo/seed.js';
import { ensureDemoAgencyKeys } from './platform/pki.js';
import { randomBytes } from 'node:crypto';
import { startSmtpSink, type SmtpSink } from '../../simulators/smtp-sink/sink.js';
import { startPaymentPlatformProcess, type PaymentPlatformProcess } from '../../simulators/payment-platform/process.js';
import { startDocumentAxisProcess, type DocumentAxisProcess } from '../../simulators/document-axis/process.js';
import { startEidProcess } from '../../simulators/eid/process.js';
import { startNationalPortalProcess } from '../../simulators/national-portal/process.js';
import { startBaseRegistriesProcess } from '../../simulators/base-registries/process.js';
import type { SimulatorProcess } from '../../simulators/child.js';
import { DEMO_EXTERNAL_ORGANS } from './demo/province.js';
import { ensureRegistryServices } from './modules/interop/index.js';
import { gatewayTlsOptions } from './modules/integration/index.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error(`[tinh-so] invalid configuration: ${(error as Error).message} (see .env.example)`);
  process.exit(1);
}
const say = (line: string) => console.log(`[tinh-so] ${line}`);

let embedded: EmbeddedDatabase | undefined;
let databaseUrl = config.databaseUrl;
if (!databaseUrl) {
  say(`starting embedded PostgreSQL (data in ${config.dataDir}/postgres, port ${config.embeddedPgPort})`);
  try {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  } catch (error) {
    console.error(`[tinh-so] cannot start the embedded PostgreSQL: ${(error as Error).message}`);
    process.exit(1);
  }
  databaseUrl = embedded.url;
}

// Demo mode without a mail server: mail goes to the SMTP sink simulator, readable over HTTP.
let sink: SmtpSink | undefined;
if (config.demo && !config.smtpUrl) {
  sink = await startSmtpSink({ httpPort: config.port === 0 ? 0 : config.port + 1 });
  config = { ...config, smtpUrl: sink.smtpUrl };
  say(`demo mail is caught by the SMTP sink: ${sink.httpUrl}/messages`);
}

// Demo mode without a payment platform: the simulator runs in a process of its own, as the real one is another system.
let paymentPlatform: PaymentPlatformProcess | undefined;
if (config.demo && !config.payment.url) {
  paymentPlatform = await startPaymentPlatformProcess({ port: config.port === 0 ? 0 : config.port + 2 });
  config = { ...config, payment: { ...config.payment, url: paymentPlatform.url, secret: randomBytes(24).toString('hex') } };
  say(`demo payments go to the payment platform simulator: ${paymentPlatform.url}`);
}

// Demo mode without a document axis: its simulator runs in a process of its own too, with two agencies outside the province.
let documentAxis: DocumentAxisProcess | undefined;
if (config.demo && !config.documentAxis.url) {
  documentAxis = await startDocumentAxisProcess({ port: config.port === 0 ? 0 : config.port + 3 });
  config = { ...config, documentAxis: { url: documentAxis.url, token: randomBytes(24).toString('hex') } };
  await documentAxis.control('/__external', { organs: DEMO_EXTERNAL_ORGANS });
  say(`demo documents to agencies outside the province go to the document axis simulator: ${documentAxis.url}`);
}

// Demo mode without a national e-ID: its simulator (an OpenID provider of its own) runs beside the platform.
let eid: SimulatorProcess | undefined;
if (config.demo && !config.eid.issuer) {
  const secret = randomBytes(24).toString('hex');
  eid = await startEidProcess({ port: config.port === 0 ? 0 : config.port + 4, clients: [{ client_id: config.eid.clientId, client_secret: secret, redirect_uris: [`${config.publicUrl}/api/auth/eid/callback`] }] });
  config = { ...config, eid: { ...config.eid, issuer: eid.url, clientSecret: secret } };
  say(`demo e-ID sign-in goes to the e-ID simulator: ${eid.url} (people: ${eid.url}/__people)`);
}

// Demo mode without the national public-service portal: its simulator (dossier sync, catalog, dossiers submitted nationally).
let nationalPortal: SimulatorProcess | undefined;
if (config.demo && !config.nationalPortal.url) {
  const token = randomBytes(24).toString('hex');
  nationalPortal = await startNationalPortalProcess({ port: config.port === 0 ? 0 : config.port + 5, token });
  config = { ...config, nationalPortal: { ...config.nationalPortal, url: nationalPortal.url, token } };
  say(`demo dossiers sync with the national portal simulator: ${nationalPortal.url} (received: ${nationalPortal.url}/__received)`);
}

// Demo mode without the national base registries: their simulator, published as services of the integration platform.
let baseRegistries: SimulatorProcess | undefined;
if (config.demo && !config.baseRegistries.url) {
  baseRegistries = await startBaseRegistriesProcess({ port: config.port === 0 ? 0 : config.port + 6 });
  config = { ...config, baseRegistries: { ...config.baseRegistries, url: baseRegistries.url } };
  say(`demo base-registry lookups go to the base registries simulator: ${baseRegistries.url}`);
}

const db = createPool(databaseUrl, 20, { connectTimeoutMs: config.databaseConnectTimeoutMs });
let app: FastifyInstance | undefined;
/** The integration gateway's mutual-TLS listener, when LGSP_TLS_PORT asks for one. */
let gatewayTls: https.Server | undefined;
let stopping = false;
// Whatever happens, the embedded database is stopped before the process ends.
const shutdown = async (reason: string, exitCode: number) => {
  if (stopping) return;
  stopping = true;
  say(`shutting down (${reason})`);
  gatewayTls?.close();
  await app?.close();
  await db.end();
  await embedded?.stop();
  await sink?.close();
  await paymentPlatform?.stop();
  await documentAxis?.stop();
  await eid?.stop();
  await nationalPortal?.stop();
  await baseRegistries?.stop();
  process.exit(exitCode);
};
process.on('SIGINT', () => void shutdown('SIGINT', 0));
process.on('SIGTERM', () => void shutdown('SIGTERM', 0));

try {
  await migrate(db, say);
  if (config.demo) {
    if (await seedDemoProvince(db)) say('demo province seeded (accounts: see README)');
    const agencies = await db.query<{ code: string; name: string }>('SELECT code, name FROM agencies');
    await ensureDemoAgencyKeys(config.pkiDir, agencies.rows, config.pkiPassphrase);
    // Our endpoint on the axis serves every agency of the province.
    await documentAxis?.registerEndpoint({ endpointId: 'tinh-so', token: config.documentAxis.token!, organIds: agencies.rows.map((a) => a.code) });
  }
  app = await buildApp({ config, db });
  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as AddressInfo).port;
  await paymentPlatform?.register({ code: config.payment.partnerCode, secret: config.payment.secret!, callbackUrl: `http://127.0.0.1:${port}/api/payments/callback` });
  if (baseRegistries) await ensureRegistryServices(app.deps);
  // Member systems that authenticate with a client certificate (pinned per member) call the same routes over TLS.
  const tlsPort = Number(process.env.LGSP_TLS_PORT);
  const tls = tlsPort > 0 ? await gatewayTlsOptions(config) : null;
  if (tls) {
    gatewayTls = https.createServer(tls, app.handle).listen(tlsPort, config.host);
    say(`integration gateway over mutual TLS at https://${config.host}:${tlsPort}/lgsp/`);
  }
  say(`ready at http://localhost:${config.port} (API reference: /api/docs)`);
} catch (error) {
  console.error(error);
  await shutdown('start-up failed', 1);
}
