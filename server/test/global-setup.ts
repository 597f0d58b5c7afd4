import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createPool } from '../src/platform/db.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/platform/embedded-postgres.js';
import { migrate } from '../src/platform/migrations.js';
import { seedDemoProvince } from '../src/demo/seed.js';
import { ensureDemoAgencyKeys } from '../src/platform/pki.js';
import { dropDatabase, freshDatabase } from './database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDb: string;
    /** Demo agency keys made once; each test app works on a copy. */
    pkiTemplate: string;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Prepares one template database (migrated, demo province seeded) on the server in DATABASE_URL, or
 * on an embedded PostgreSQL when it is unset. Each test file then copies it into a database of its own.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data/test'), port: 54339 });
    serverUrl = embedded.url;
  }
  const templateDb = `tinhso_template_${process.pid}`;
  const pkiTemplate = path.join(repoRoot, '.data/test-pki');
  const db = createPool(await freshDatabase(serverUrl, templateDb), 2);
  try {
    await migrate(db);
    await seedDemoProvince(db);
    const agencies = await db.query<{ code: string; name: string }>('SELECT code, name FROM agencies');
    await ensureDemoAgencyKeys(pkiTemplate, agencies.rows);
  } finally {
    await db.end();
  }
  project.provide('serverUrl', serverUrl);
  project.provide('templateDb', templateDb);
  project.provide('pkiTemplate', pkiTemplate);

  return async () => {
    await dropDatabase(serverUrl, templateDb);
    await embedded?.stop();
  };
}
