// Applies pending migrations to DATABASE_URL, or to the embedded database when it is unset.
import { loadConfig } from '../config.js';
import { createPool } from '../platform/db.js';
import { startEmbeddedPostgres } from '../platform/embedded-postgres.js';
import { migrate } from '../platform/migrations.js';

const config = loadConfig();
const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
const db = createPool(config.databaseUrl ?? embedded!.url, 2);
try {
  const applied = await migrate(db, console.log);
  console.log(applied.length ? `${applied.length} migration(s) applied` : 'database is up to date');
} finally {
  await db.end();
  await embedded?.stop();
}
