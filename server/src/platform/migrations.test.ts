import { inject, describe, expect, it } from 'vitest';
import { createPool } from './db.js';
import { migrate, MigrationEditedError } from './migrations.js';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from '../../test/database.js';

describe('migrate', () => {
  it('refuses to start on a database where an applied migration file has since been edited', async () => {
    const serverUrl = inject('serverUrl');
    const name = await createDatabaseFromTemplate(serverUrl, inject('templateDb'));
    const db = createPool(databaseUrl(serverUrl, name), 2);
    try {
      expect(await migrate(db)).toEqual([]);
      const recorded = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations WHERE checksum ~ $1', ['^[0-9a-f]{64}$']);
      expect(recorded.rows[0]!.n).toBeGreaterThanOrEqual(4);
      // As if the file of the first migration had changed since it ran.
      await db.query(`UPDATE schema_migrations SET checksum = repeat('0', 64) WHERE name = '20261126-0001-foundation.sql'`);
      await expect(migrate(db)).rejects.toThrow(MigrationEditedError);
      await expect(migrate(db)).rejects.toThrow(/20261126-0001-foundation\.sql was edited/);
    } finally {
      await db.end();
      await dropDatabase(serverUrl, name);
    }
  });
});
