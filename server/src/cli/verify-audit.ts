// Verifies the audit log's hash chain; exits 1 and names the first bad row when it was tampered with.
import { loadConfig } from '../config.js';
import { verifyAuditChain } from '../platform/audit.js';
import { createPool } from '../platform/db.js';
import { startEmbeddedPostgres } from '../platform/embedded-postgres.js';

const config = loadConfig();
const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
const db = createPool(config.databaseUrl ?? embedded!.url, 2);
try {
  const result = await verifyAuditChain(db);
  if (result.ok) {
    console.log(`audit chain intact: ${result.rows} rows, head ${result.head}`);
  } else {
    console.error(`audit chain BROKEN at row ${result.brokenAt}: ${result.reason} (${result.rows} rows verified before it)`);
    process.exitCode = 1;
  }
} finally {
  await db.end();
  await embedded?.stop();
}
