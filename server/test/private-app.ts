import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { seedDemoProvince } from '../src/demo/seed.js';
import { DEMO_PASSWORD } from '../src/demo/province.js';
import { createPool, type Db } from '../src/platform/db.js';
import { migrate } from '../src/platform/migrations.js';
import { demoKeyEnvironment } from '../src/platform/personal-data.js';
import { ApiClient } from './test-app.js';

/** Migrates and seeds the demo province into the database at `url` (a private server's). */
export async function prepareDatabase(url: string): Promise<void> {
  const db = createPool(url, 2);
  try {
    await migrate(db, () => undefined);
    await seedDemoProvince(db);
  } finally {
    await db.end();
  }
}

let sharedKeys: Promise<{ DATA_ENCRYPTION_KEY: string; DATA_HASH_KEY: string }> | undefined;

export type PrivateApp = {
  baseUrl: string;
  db: Db;
  app: FastifyInstance;
  client: () => ApiClient;
  login: (username: string) => Promise<ApiClient>;
  close: () => Promise<void>;
};

/**
 * The real application on a database of a private server (see private-postgres.ts), listening on a free
 * port; its pool as main.ts makes it (a bounded connection wait), the rest as `startTestApp`.
 */
export async function startAppOn(databaseUrl: string, overrides: Partial<Config> = {}): Promise<PrivateApp> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-test-'));
  await fs.cp(inject('pkiTemplate'), path.join(dataDir, 'pki'), { recursive: true });
  // Every app of a test file on the same database holds the same personal-data keys, as the nodes of a province do.
  const keys = await (sharedKeys ??= fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-keys-')).then(demoKeyEnvironment));
  const config: Config = {
    ...loadConfig({}), logLevel: 'warn', webDist: undefined, port: 0, host: '127.0.0.1', jobs: false,
    dataDir, pkiDir: path.join(dataDir, 'pki'), databaseConnectTimeoutMs: 2_000,
    dataEncryption: { keys: keys.DATA_ENCRYPTION_KEY, hashKey: keys.DATA_HASH_KEY }, ...overrides,
  };
  const db = createPool(databaseUrl, 10, { connectTimeoutMs: config.databaseConnectTimeoutMs });
  const app = await buildApp({ config, db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    db,
    app,
    client: () => new ApiClient(baseUrl),
    async login(username) {
      const c = new ApiClient(baseUrl);
      const response = await c.post('/api/auth/login', { username, password: DEMO_PASSWORD });
      if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return c;
    },
    async close() {
      await app.close();
      await db.end();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
