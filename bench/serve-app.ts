/**
 * The platform under test, alone in its process: `buildApp` on the bench's database, listening on a
 * free port. The public lookup's rate limit is raised out of the way; background jobs do not run.
 */
import path from 'node:path';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { createPool } from '../server/src/platform/db.js';
import { announce } from './processes.js';

const dataDir = process.env.BENCH_DATA_DIR!;
const db = createPool(process.env.BENCH_DATABASE_URL!, 20);
const config = {
  ...loadConfig({}), logLevel: 'warn', webDist: undefined, jobs: false, dataDir, pkiDir: path.join(dataDir, 'pki'),
  lookupRateLimitPerMinute: 1_000_000_000,
  // Callbacks are only checked (checksum, amount) against our records: the platform itself is never called.
  payment: { url: 'http://127.0.0.1:9', partnerCode: 'BENCH', secret: process.env.BENCH_PAYMENT_SECRET! },
};
const app = await buildApp({ config, db });
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
announce(`http://127.0.0.1:${port}`, async () => {
  await app.close();
  // Requests whose client hung up still run to their end: the pool closes once it has been idle a while.
  for (let idleChecks = 0, checks = 0; idleChecks < 5 && checks < 100; checks++) {
    idleChecks = db.idleCount === db.totalCount && db.waitingCount === 0 ? idleChecks + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await db.end();
});
