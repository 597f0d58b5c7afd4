import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { verifyAuditChain, writeAudit } from './audit.js';
import { inTransaction } from './db.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('audit chain', () => {
  it('links every row to the one before it and verifies', async () => {
    for (let i = 0; i < 5; i++) {
      await inTransaction(t.db, (tx) => writeAudit(tx, { actorId: null, agencyId: null, action: 'test.write', entity: 'test', entityId: i, data: { i, text: 'Tiếng Việt' } }));
    }
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(true);
    expect(result.rows).toBeGreaterThanOrEqual(6); // the demo seed's row and these five
  });

  it('stays a single chain when many transactions append at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        inTransaction(t.db, (tx) => writeAudit(tx, { actorId: null, agencyId: null, action: 'test.parallel', entity: 'test', entityId: i })),
      ),
    );
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('writes nothing when the transaction rolls back', async () => {
    const before = await t.db.query('SELECT count(*)::int AS n FROM audit_log');
    await expect(
      inTransaction(t.db, async (tx) => {
        await writeAudit(tx, { actorId: null, agencyId: null, action: 'test.rollback', entity: 'test', entityId: 1 });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const after = await t.db.query('SELECT count(*)::int AS n FROM audit_log');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses updates and deletes', async () => {
    await expect(t.db.query("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('detects a row changed behind the trigger, and names it', async () => {
    const target = await t.db.query<{ id: number }>("SELECT id FROM audit_log WHERE action = 'test.write' ORDER BY id LIMIT 1 OFFSET 2");
    const id = target.rows[0]!.id;
    // A superuser bypassing the trigger, as an attacker with database access would.
    await inTransaction(t.db, async (tx) => {
      await tx.query('SET LOCAL session_replication_role = replica');
      await tx.query(`UPDATE audit_log SET data = '{"i": 99}' WHERE id = $1`, [id]);
    });
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: false, brokenAt: id });
  });

  it('detects a deleted row', async () => {
    const fresh = await startTestApp();
    try {
      for (let i = 0; i < 3; i++) {
        await inTransaction(fresh.db, (tx) => writeAudit(tx, { actorId: null, agencyId: null, action: 'test.delete', entity: 'test', entityId: i }));
      }
      const rows = await fresh.db.query<{ id: number }>("SELECT id FROM audit_log WHERE action = 'test.delete' ORDER BY id");
      await inTransaction(fresh.db, async (tx) => {
        await tx.query('SET LOCAL session_replication_role = replica');
        await tx.query('DELETE FROM audit_log WHERE id = $1', [rows.rows[1]!.id]);
      });
      expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: false, brokenAt: rows.rows[2]!.id });
    } finally {
      await fresh.close();
    }
  });
});
