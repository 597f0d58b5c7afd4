import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/mail-server.js';
import { clusterAt, ownedTempDir, privatePostgresMissing, startPrimary, type PrivateCluster } from '../../test/private-postgres.js';

/**
 * Point-in-time recovery for real, through the commands an operator types: a private server archiving its
 * WAL, `npm run backup`'s script, rows A, a moment noted, rows B, `npm run restore`'s script to that
 * moment, the restored server started: A is there, B is not.
 */
const run = promisify(execFile);
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = (script: string, args: string[]) =>
  run(process.execPath, [path.resolve(serverDir, '../node_modules/tsx/dist/cli.mjs'), script, ...args], { cwd: serverDir });
const missing = await privatePostgresMissing();

describe.skipIf(missing)('backups with point-in-time recovery', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  });

  it('restores a base backup and the archived WAL to a moment: rows before it are back, rows after it are not', async () => {
    const root = await ownedTempDir('tinhso-backup-');
    cleanup.push(() => fs.rm(root, { recursive: true, force: true }));
    const archive = path.join(root, 'wal');
    await fs.mkdir(archive);
    const { uid, gid } = await fs.stat(root);
    await fs.chown(archive, uid, gid);
    const primary = await startPrimary({ archiveDir: archive });
    cleanup.push(() => primary.remove());
    await primary.query('CREATE TABLE letters (name text PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())', [], 'postgres');

    const backedUp = await tsx('src/cli/backup.ts', ['--url', primary.url('postgres'), '--dir', root]);
    const backup = backedUp.stdout.trim().split('\n').at(-1)!;
    expect(backup).toMatch(/\/base\/\d{4}-\d{2}-\d{2}T/);

    // After the base backup: only the archived WAL has these.
    await primary.query("INSERT INTO letters (name) SELECT 'A' || n FROM generate_series(1, 100) n", [], 'postgres');
    await new Promise((r) => setTimeout(r, 1_100));
    const moment = (await primary.query<{ t: string }>("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS t"))[0]!.t;
    await new Promise((r) => setTimeout(r, 1_100));
    await primary.query("INSERT INTO letters (name) SELECT 'B' || n FROM generate_series(1, 100) n", [], 'postgres');
    const segment = (await primary.query<{ name: string }>('SELECT pg_walfile_name(pg_switch_wal()) AS name'))[0]!.name;
    const end = Date.now() + 30_000;
    while ((await primary.query<{ last: string | null }>('SELECT last_archived_wal AS last FROM pg_stat_archiver'))[0]!.last! < segment) {
      if (Date.now() > end) throw new Error(`segment ${segment} not archived:\n${await primary.log()}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    // A moment before the backup ended is refused with a clear message.
    const early = await tsx('src/cli/restore.ts', ['--to', '2020-01-01T00:00:00Z', '--backup', backup, '--target', path.join(root, 'early')]).catch((e) => e);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/cannot be restored to an earlier moment/);

    const target = path.join(root, 'restored');
    const restored = await tsx('src/cli/restore.ts', ['--to', moment, '--backup', backup, '--target', target]);
    expect(restored.stdout).toContain('will recover to');
    expect(await fs.readFile(path.join(target, 'recovery.signal'), 'utf8')).toBe('');
    expect(await fs.readFile(path.join(target, 'postgresql.auto.conf'), 'utf8')).toMatch(/recovery_target_time = '.+'/);

    const copy: PrivateCluster = await clusterAt(root, target, await freePort());
    cleanup.push(() => copy.stop('immediate'));
    await copy.start();
    const opened = Date.now() + 30_000;
    while ((await copy.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r', [], 'postgres'))[0]!.r) {
      if (Date.now() > opened) throw new Error(`the restored server did not finish recovery:\n${await copy.log()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const letters = await copy.query<{ name: string }>('SELECT name FROM letters ORDER BY name', [], 'postgres');
    expect(letters.filter((l) => l.name.startsWith('A'))).toHaveLength(100);
    expect(letters.filter((l) => l.name.startsWith('B'))).toHaveLength(0);
    expect(await copy.log()).toMatch(/recovery stopping before commit|recovery stopping after/);
    // It is a primary of its own now: it takes writes.
    await copy.query("INSERT INTO letters (name) VALUES ('C')", [], 'postgres');
  }, 120_000);
});
