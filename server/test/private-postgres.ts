import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './mail-server.js';

/**
 * Private PostgreSQL servers for the tests that stop, restart, replicate, promote and restore one: Debian's
 * PostgreSQL 15 (/usr/lib/postgresql/15/bin), each cluster in a temporary folder on a free port of
 * 127.0.0.1, its socket in that folder, trusting local connections. Run as the `postgres` system user when
 * the tests run as root (PostgreSQL refuses root). The shared test server is never touched.
 */
export const PG_BIN = '/usr/lib/postgresql/15/bin';

const run = promisify(execFile);

export type PrivateCluster = {
  dir: string;
  port: number;
  /** The URL of `database` (default tinhso) on this cluster. */
  url: (database?: string) => string;
  start: () => Promise<void>;
  stop: (mode?: 'fast' | 'immediate') => Promise<void>;
  /** Runs one of PostgreSQL's programs (pg_ctl, pg_basebackup, …) as the cluster's user. */
  run: (program: string, args: string[]) => Promise<string>;
  query: <R extends pg.QueryResultRow = any>(sql: string, values?: unknown[], database?: string) => Promise<R[]>;
  /** The server's log, for failure messages. */
  log: () => Promise<string>;
  remove: () => Promise<void>;
};

export async function privatePostgresMissing(): Promise<string | null> {
  for (const program of ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres']) {
    if (!(await fs.stat(path.join(PG_BIN, program)).catch(() => null))) return `${PG_BIN}/${program} is missing: apt-get install postgresql-15`;
  }
  return null;
}

async function systemUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/** A folder of its own, owned by the cluster's user. */
export async function ownedTempDir(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  const user = await systemUser();
  if (user) await fs.chown(dir, user.uid, user.gid);
  return dir;
}

/** A cluster handle on `dataDir` (which may not exist yet), listening on `port`. */
export async function clusterAt(root: string, dataDir: string, port: number): Promise<PrivateCluster> {
  const user = await systemUser();
  const logFile = path.join(root, `${path.basename(dataDir)}.log`);
  const exec = async (program: string, args: string[]) =>
    (await run(path.join(PG_BIN, program), args, { ...user, cwd: '/', env: { ...process.env, LC_MESSAGES: 'C', PGHOST: root, PGUSER: 'postgres' } })).stdout;
  const url = (database = 'tinhso') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const cluster: PrivateCluster = {
    dir: dataDir,
    port,
    url,
    run: exec,
    start: async () => {
      await exec('pg_ctl', ['start', '-w', '-t', '60', '-D', dataDir, '-l', logFile, '-o', `-p ${port} -c listen_addresses=127.0.0.1 -k ${root}`])
        .catch(async (error: Error) => {
          throw new Error(`${error.message}\n${await fs.readFile(logFile, 'utf8').catch(() => '')}`);
        });
    },
    stop: async (mode = 'fast') => {
      await exec('pg_ctl', ['stop', '-w', '-t', '60', '-D', dataDir, '-m', mode]);
    },
    query: async (sql, values, database) => {
      const client = new pg.Client({ connectionString: url(database) });
      await client.connect();
      try {
        return (await client.query(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
    log: () => fs.readFile(logFile, 'utf8').catch(() => ''),
    remove: async () => {
      await exec('pg_ctl', ['stop', '-w', '-D', dataDir, '-m', 'immediate']).catch(() => undefined);
      await fs.rm(root, { recursive: true, force: true });
    },
  };
  return cluster;
}

/**
 * A new primary: initdb, streaming replication allowed (wal_level=replica, a `replicator` role), WAL
 * archived to `archiveDir` when given, started, with an empty `tinhso` database.
 */
export async function startPrimary(options: { archiveDir?: string } = {}): Promise<PrivateCluster & { root: string }> {
  const root = await ownedTempDir('tinhso-pg-');
  const cluster = await clusterAt(root, path.join(root, 'primary'), await freePort());
  await cluster.run('initdb', ['-D', cluster.dir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C']);
  const settings = [
    'wal_level = replica', 'max_wal_senders = 5', 'hot_standby = on', 'fsync = off', 'max_connections = 60',
    ...(options.archiveDir ? ['archive_mode = on', `archive_command = 'test ! -f ${options.archiveDir}/%f && cp %p ${options.archiveDir}/%f'`] : []),
  ];
  await fs.appendFile(path.join(cluster.dir, 'postgresql.conf'), `\n${settings.join('\n')}\n`);
  await fs.appendFile(path.join(cluster.dir, 'pg_hba.conf'), '\nhost replication replicator 127.0.0.1/32 trust\n');
  await cluster.start();
  await cluster.query('CREATE ROLE replicator WITH REPLICATION LOGIN', [], 'postgres');
  await cluster.query('CREATE DATABASE tinhso', [], 'postgres');
  return Object.assign(cluster, { root });
}

/** A hot standby of `primary`, made with `pg_basebackup -R` (it streams from the primary), started. */
export async function startStandby(primary: PrivateCluster & { root: string }): Promise<PrivateCluster> {
  const cluster = await clusterAt(primary.root, path.join(primary.root, `standby-${Date.now()}`), await freePort());
  await cluster.run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'replicator', '-D', cluster.dir, '-R', '-X', 'stream', '-c', 'fast']);
  await cluster.start();
  return cluster;
}
