import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Backups with point-in-time recovery (README "Backups and point-in-time recovery"): PostgreSQL archives
 * each WAL segment to `<backup root>/wal` (archive_command, deploy/backup/postgresql-archiving.conf);
 * `npm run backup` takes a base backup into `<backup root>/base/<UTC time>`; `npm run restore` makes a
 * new data directory from a base backup that replays the archived WAL up to a chosen moment.
 */
const run = promisify(execFile);
export const DEFAULT_PG_BIN = '/usr/lib/postgresql/15/bin';
const INFO_FILE = 'tinhso-backup.json';

export class BackupError extends Error {}

type BackupInfo = { startedAt: string; finishedAt: string; source: string };

/** A base backup of the server at `url` (a user with the REPLICATION right) into `<root>/base/<UTC time>`; returns its folder. */
export async function baseBackup(options: { url: string; root: string; pgBin?: string; log?: (line: string) => void }): Promise<string> {
  const log = options.log ?? (() => undefined);
  const startedAt = new Date();
  const folder = path.join(options.root, 'base', startedAt.toISOString().replace(/[:.]/g, '-'));
  await fs.mkdir(path.dirname(folder), { recursive: true });
  log(`base backup into ${folder}`);
  // Plain format (a data directory, restored by copying), the WAL the backup needs streamed with it, an immediate checkpoint.
  await run(path.join(options.pgBin ?? DEFAULT_PG_BIN, 'pg_basebackup'), ['-d', options.url, '-D', folder, '-Fp', '-X', 'stream', '-c', 'fast', '--no-password'],
    { env: { ...process.env, LC_MESSAGES: 'C' } }).catch((error: Error & { stderr?: string }) => {
    throw new BackupError(`pg_basebackup failed: ${error.stderr?.trim() || error.message}`);
  });
  // Where it came from, without a password.
  const source = options.url.replace(/^(\w+:\/\/[^:@/]*):[^@/]*@/, '$1@');
  const info: BackupInfo = { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), source };
  await fs.writeFile(path.join(folder, INFO_FILE), JSON.stringify(info, null, 2) + '\n');
  log(`done: ${info.finishedAt}`);
  return folder;
}

/**
 * A new data directory `target` from the base backup `backup`, set to recover to `to` (a moment after
 * the backup ended) from the WAL archive `archive` (default `<backup>/../../wal`): recovery.signal with
 * restore_command, recovery_target_time and recovery_target_action = 'promote'. Starting PostgreSQL on
 * it replays the archive up to `to` and opens the database as it was then. Owned by `owner` when run as root.
 */
export async function prepareRestore(options: { backup: string; target: string; to: string; archive?: string; owner?: string }): Promise<{ target: string; archive: string; to: string }> {
  const backup = path.resolve(options.backup);
  const target = path.resolve(options.target);
  const archive = path.resolve(options.archive ?? path.join(backup, '..', '..', 'wal'));
  const to = new Date(options.to);
  if (Number.isNaN(to.getTime()) || !/(Z|[+-]\d{2}(:?\d{2})?)$/i.test(options.to.trim())) {
    throw new BackupError(`--to must be a moment with its time zone, e.g. 2026-12-07T09:30:00+07:00 (got "${options.to}")`);
  }
  if (!existsSync(path.join(backup, 'PG_VERSION'))) throw new BackupError(`${backup} is not a base backup (no PG_VERSION)`);
  if (!existsSync(archive)) throw new BackupError(`no WAL archive at ${archive} (give --archive)`);
  const info = JSON.parse(await fs.readFile(path.join(backup, INFO_FILE), 'utf8').catch(() => '{}')) as Partial<BackupInfo>;
  if (info.finishedAt && to.getTime() < new Date(info.finishedAt).getTime()) {
    throw new BackupError(`the backup ended at ${info.finishedAt}: it cannot be restored to an earlier moment; take an older backup`);
  }
  if (existsSync(target) && (await fs.readdir(target)).length > 0) throw new BackupError(`${target} exists and is not empty: restore into a new folder`);

  await fs.cp(backup, target, { recursive: true, verbatimSymlinks: true });
  await fs.rm(path.join(target, INFO_FILE), { force: true });
  for (const stale of ['postmaster.pid', 'standby.signal']) await fs.rm(path.join(target, stale), { force: true });
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const settings = [
    '', '# Point-in-time recovery written by `npm run restore`; PostgreSQL removes recovery.signal when it is done.',
    `restore_command = ${quote(`cp "${archive}/%f" "%p"`)}`,
    // PostgreSQL reads this setting in its own form, not ISO 8601's 'T…Z'.
    `recovery_target_time = ${quote(to.toISOString().replace('T', ' ').replace('Z', '+00'))}`,
    "recovery_target_action = 'promote'",
    // The restored server must not archive into the production archive under the same names.
    "archive_mode = 'off'",
    '',
  ];
  await fs.appendFile(path.join(target, 'postgresql.auto.conf'), settings.join('\n'));
  await fs.writeFile(path.join(target, 'recovery.signal'), '');
  await fs.chmod(target, 0o700);
  if (process.getuid?.() === 0) {
    const owner = options.owner ?? 'postgres';
    await run('chown', ['-R', `${owner}:`, target]);
  }
  return { target, archive, to: to.toISOString() };
}
