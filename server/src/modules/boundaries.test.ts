import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type IReporterOutput } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_TABLES } from '../platform/tables.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import * as calendar from './calendar/index.js';
import * as catalog from './catalog/index.js';
import * as dossiers from './dossiers/index.js';
import * as identity from './identity/index.js';
import * as notify from './notify/index.js';
import * as operations from './operations/index.js';
import * as payments from './payments/index.js';
import * as appointments from './appointments/index.js';
import * as documents from './documents/index.js';
import * as feedback from './feedback/index.js';
import * as content from './content/index.js';
import * as opendata from './opendata/index.js';
import * as integration from './integration/index.js';
import * as interop from './interop/index.js';
import * as meetings from './meetings/index.js';
import * as mail from './mail/index.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OWNERS: Record<string, readonly string[]> = {
  platform: PLATFORM_TABLES, identity: identity.OWNED_TABLES, calendar: calendar.OWNED_TABLES, catalog: catalog.OWNED_TABLES,
  dossiers: dossiers.OWNED_TABLES, payments: payments.OWNED_TABLES, appointments: appointments.OWNED_TABLES, notify: notify.OWNED_TABLES, operations: operations.OWNED_TABLES, documents: documents.OWNED_TABLES,
  feedback: feedback.OWNED_TABLES, content: content.OWNED_TABLES, opendata: opendata.OWNED_TABLES,
  integration: integration.OWNED_TABLES, interop: interop.OWNED_TABLES, meetings: meetings.OWNED_TABLES, mail: mail.OWNED_TABLES,
};
const owned = new Map(Object.entries(OWNERS).flatMap(([module, tables]) => tables.map((table) => [table, module] as const)));

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Every .ts file of a folder, tests left out. */
async function sources(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true });
  return entries.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => path.join(dir, f));
}

/** Table names a file's SQL reads or writes (CTE names and functions are not tables, so they are ignored below). */
const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+([a-z_][a-z0-9_]*)/gi;

describe('module boundaries', () => {
  it('gives every table of the database exactly one owning module', async () => {
    const tables = (await t.db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)).rows.map((r) => r.name);
    const all = Object.values(OWNERS).flat();
    expect(new Set(all).size, 'a table is claimed by two modules').toBe(all.length);
    expect(tables.filter((table) => !owned.has(table)), 'tables without an owner (add them to a module\'s OWNED_TABLES)').toEqual([]);
  });

  it('lets a module name in SQL only its own tables (and views others publish)', async () => {
    const trespasses: string[] = [];
    for (const module of Object.keys(OWNERS)) {
      const dir = path.join(serverDir, 'src', module === 'platform' ? 'platform' : `modules/${module}`);
      for (const file of await sources(dir)) {
        const text = await fs.readFile(file, 'utf8');
        for (const match of text.matchAll(SQL_TABLE)) {
          const owner = owned.get(match[1]!);
          if (owner && owner !== module) trespasses.push(`${path.relative(serverDir, file)} names ${match[1]} (owned by ${owner})`);
        }
      }
    }
    expect(trespasses).toEqual([]);
  });

  it('imports another module only through its public face, and only from a lower layer (dependency-cruiser)', async () => {
    const config = (await import(path.join(serverDir, '.dependency-cruiser.cjs'))).default;
    const previous = process.cwd();
    process.chdir(serverDir);
    let result: IReporterOutput;
    try {
      result = await cruise(['src'], { ruleSet: config, ...config.options, validate: true }, undefined, { tsConfig: { fileName: 'tsconfig.json' } } as never);
    } finally {
      process.chdir(previous);
    }
    const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[]; totalCruised: number } };
    expect(output.summary.totalCruised).toBeGreaterThan(50);
    expect(output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });
});
