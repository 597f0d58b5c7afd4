import { loadConfig } from './config.js';
import { buildApp } from './app.js';
import { createPool } from './platform/db.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './platform/embedded-postgres.js';
import { migrate } from './platform/migrations.js';
import { seedDemoProvince } from './demo/seed.js';

const config = loadConfig();
const say = (line: string) => console.log(`[tinh-so] ${line}`);

let embedded: EmbeddedDatabase | undefined;
let databaseUrl = config.databaseUrl;
if (!databaseUrl) {
  say(`starting embedded PostgreSQL (data in ${config.dataDir}/postgres, port ${config.embeddedPgPort})`);
  embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  databaseUrl = embedded.url;
}

const db = createPool(databaseUrl, 20);
try {
  await migrate(db, say);
  if (config.demo && (await seedDemoProvince(db))) say('demo province seeded (accounts: see README)');
} catch (error) {
  console.error(error);
  await db.end();
  await embedded?.stop();
  process.exit(1);
}

const app = await buildApp({ config, db });
let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await db.end();
  await embedded?.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
say(`ready at http://localhost:${config.port} (API reference: /api/docs)`);
