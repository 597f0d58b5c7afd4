import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';
import { inTransaction } from './db.js';

export const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

export class MigrationEditedError extends Error {
  constructor(readonly file: string) {
    super(`migration ${file} was edited after it was applied: restore it and put the change in a new migration`);
  }
}

// Any constant shared by all nodes: only one of them migrates at a time.
const MIGRATION_LOCK = 7_305_001;

/**
 * Applies the pending `migrations/*.sql` files in name order, each in its own transaction.
 * Landed migrations are never edited: a changed file is reported instead of silently skipped.
 */
export async function migrate(db: Db, log: (line: string) => void = () => undefined): Promise<string[]> {
  const files = (await fs.readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  const lock = await db.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await lock.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    // The SHA-256 of each applied file: a landed migration edited afterwards is refused, not skipped.
    await lock.query('ALTER TABLE schema_migrations ADD COLUMN IF NOT EXISTS checksum text');
    const done = new Map((await lock.query<{ name: string; checksum: string | null }>('SELECT name, checksum FROM schema_migrations')).rows.map((r) => [r.name, r.checksum]));
    for (const file of files) {
      const sql = await fs.readFile(path.join(migrationsDir, file), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      if (done.has(file)) {
        const recorded = done.get(file);
        if (recorded === null) await lock.query('UPDATE schema_migrations SET checksum = $2 WHERE name = $1', [file, checksum]);
        else if (recorded !== checksum) throw new MigrationEditedError(file);
        continue;
      }
      await inTransaction(db, async (tx) => {
        await tx.query(sql);
        await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [file, checksum]);
      });
      log(`migration applied: ${file}`);
      applied.push(file);
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    lock.release();
  }
  return applied;
}
