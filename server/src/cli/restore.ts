// Point-in-time recovery into a new data directory:
//   npm run restore -- --to '2026-12-07T09:30:00+07:00' --backup /var/backups/tinhso/base/<time> --target /var/lib/postgresql/15/restored [--archive /var/backups/tinhso/wal] [--owner postgres]
// then start PostgreSQL on the target (README "Backups and point-in-time recovery").
import { parseArgs } from 'node:util';
import { BackupError, prepareRestore } from '../platform/backups.js';

const { values } = parseArgs({ options: { to: { type: 'string' }, backup: { type: 'string' }, target: { type: 'string' }, archive: { type: 'string' }, owner: { type: 'string' } } });
if (!values.to || !values.backup || !values.target) {
  console.error("usage: npm run restore -- --to '<timestamp with time zone>' --backup <base backup folder> --target <new data folder> [--archive <WAL archive>] [--owner postgres]");
  process.exit(2);
}
try {
  const done = await prepareRestore({ to: values.to, backup: values.backup, target: values.target, archive: values.archive, owner: values.owner });
  console.log(`[restore] ${done.target} will recover to ${done.to} from ${done.archive}: start PostgreSQL on it (pg_ctl -D ${done.target} start); it opens once the moment is reached`);
} catch (error) {
  console.error(`[restore] ${error instanceof BackupError ? error.message : String(error)}`);
  process.exit(1);
}
