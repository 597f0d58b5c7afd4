// A base backup for point-in-time recovery: npm run backup -- [--url <postgres url>] [--dir <backup root>]
// (README "Backups and point-in-time recovery"). Defaults: DATABASE_URL, BACKUP_DIR.
import { parseArgs } from 'node:util';
import { BackupError, baseBackup, DEFAULT_PG_BIN } from '../platform/backups.js';

const { values } = parseArgs({ options: { url: { type: 'string' }, dir: { type: 'string' }, 'pg-bin': { type: 'string' } } });
const url = values.url ?? process.env.DATABASE_URL;
const root = values.dir ?? process.env.BACKUP_DIR;
if (!url || !root) {
  console.error('usage: npm run backup -- --url postgres://user@host:5432/tinhso --dir /var/backups/tinhso (or DATABASE_URL and BACKUP_DIR)');
  process.exit(2);
}
try {
  const folder = await baseBackup({ url, root, pgBin: values['pg-bin'] ?? process.env.PG_BIN ?? DEFAULT_PG_BIN, log: (line) => console.log(`[backup] ${line}`) });
  console.log(folder);
} catch (error) {
  console.error(`[backup] ${error instanceof BackupError ? error.message : String(error)}`);
  process.exit(1);
}
