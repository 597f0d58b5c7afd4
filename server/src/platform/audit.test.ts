import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { stringify } from 'safe-stable-stringify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase, freshDatabase } from '../../test/database.js';
import {
  GENESIS_HASH, checkpointLine, parseCheckpointExport, sealAudit, startAuditSealer, verifyAuditChain, writeAudit, writeCheckpoint,
  type AuditEntry,
} from './audit.js';
import { createPool, inTransaction, type Db, type Tx } from './db.js';
import { migrate, migrationsDir } from './migrations.js';
import { platformSigningKey, type PlatformKey } from './pki.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

type AuditDb = { db: Db; url: string; close: () => Promise<void> };

/** A database of its own, copied from the migrated and seeded template (the seed's rows are unsealed). */
async function auditDatabase(poolSize = 25): Promise<AuditDb> {
  const serverUrl = inject('serverUrl');
  const name = await createDatabaseFromTemplate(serverUrl, inject('templateDb'));
  const url = databaseUrl(serverUrl, name);
  const db = createPool(url, poolSize);
  return { db, url, close: async () => { await db.end(); await dropDatabase(serverUrl, name); } };
}

const entry = (action: string, i: number, data: Record<string, unknown> = { i }): AuditEntry =>
  ({ actorId: null, agencyId: null, action, entity: 'test', entityId: i, data });

const writeEach = (db: Db, action: string, count: number) =>
  Promise.all(Array.from({ length: count }, (_, i) => inTransaction(db, (tx) => writeAudit(tx, entry(action, i, { i, text: 'Tiếng Việt' })))));

async function sealAll(db: Db) {
  while ((await sealAudit(db)) > 0);
}

/** What a database superuser can do: switch the append-only triggers off and change anything. */
async function asSuperuser(db: Db, work: (tx: Tx) => Promise<void>) {
  const tables = ['audit_log', 'audit_chain_head', 'audit_checkpoints'];
  await inTransaction(db, async (tx) => {
    for (const table of tables) await tx.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    await work(tx);
    for (const table of tables) await tx.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  });
}

const rowsOf = async (db: Db, action: string) =>
  (await db.query<{ id: number; seq: number }>('SELECT id, seq FROM audit_log WHERE action = $1 ORDER BY seq', [action])).rows;

const tsx = (script: string, args: string[], env: Record<string, string>) =>
  run(process.execPath, [path.resolve(serverDir, '../node_modules/tsx/dist/cli.mjs'), script, ...args], {
    cwd: serverDir, env: { ...process.env, ...env, INIT_CWD: serverDir },
  });

let pkiDir: string;
let key: PlatformKey;
beforeAll(async () => {
  pkiDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-audit-pki-'));
  key = (await platformSigningKey({ dir: pkiDir, demo: true }))!;
});
afterAll(() => fs.rm(pkiDir, { recursive: true, force: true }));

describe('writeAudit', () => {
  let t: AuditDb;
  beforeAll(async () => {
    t = await auditDatabase();
  });
  afterAll(() => t.close());

  it('inserts the row unsealed and takes no lock', async () => {
    await inTransaction(t.db, async (tx) => {
      await writeAudit(tx, entry('test.unsealed', 1));
      const locks = await tx.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()");
      expect(locks.rowCount).toBe(0);
    });
    const row = await t.db.query("SELECT seq, prev_hash, hash FROM audit_log WHERE action = 'test.unsealed'");
    expect(row.rows).toEqual([{ seq: null, prev_hash: null, hash: null }]);
  });

  it('writes nothing when the transaction rolls back', async () => {
    const count = async () => (await t.db.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n as number;
    const before = await count();
    await expect(inTransaction(t.db, async (tx) => {
      await writeAudit(tx, entry('test.rollback', 1));
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    await sealAll(t.db);
    expect(await count()).toBe(before);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('does not wait for another open transaction, whose row is sealed after it commits, later in the chain', async () => {
    const late = await t.db.connect();
    try {
      await late.query('BEGIN');
      await writeAudit(late, entry('test.late', 1));
      // Under the former global lock this second writer waited until the first one committed.
      await inTransaction(t.db, (tx) => writeAudit(tx, entry('test.early', 2)));
      await sealAll(t.db);
      await late.query('COMMIT');
    } finally {
      late.release();
    }
    expect(await rowsOf(t.db, 'test.late')).toEqual([{ id: expect.any(Number), seq: null }]);
    await sealAll(t.db);
    const [lateRow] = await rowsOf(t.db, 'test.late');
    const [earlyRow] = await rowsOf(t.db, 'test.early');
    expect(lateRow!.id).toBeLessThan(earlyRow!.id);
    expect(lateRow!.seq).toBeGreaterThan(earlyRow!.seq);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});

describe('the sealer', () => {
  it('seals rows of many concurrent transactions into one contiguous chain within a second, and checkpoints it', async () => {
    const t = await auditDatabase();
    const errors: unknown[] = [];
    const stop = startAuditSealer(t.db, { key, checkpointEveryRows: 25, log: { warn: () => undefined, error: (obj) => errors.push(obj) } });
    try {
      await writeEach(t.db, 'test.parallel', 60);
      const committed = Date.now();
      await expect.poll(async () => (await t.db.query('SELECT count(*)::int AS n FROM audit_log WHERE hash IS NULL')).rows[0].n, { timeout: 3000, interval: 25 }).toBe(0);
      expect(Date.now() - committed).toBeLessThan(2000); // about a second: the sealer runs every 500 ms
      await expect.poll(async () => (await t.db.query('SELECT count(*)::int AS n FROM audit_checkpoints')).rows[0].n, { timeout: 1500 }).toBe(1);
      // The next checkpoint once 25 more rows are sealed.
      await writeEach(t.db, 'test.parallel', 30);
      // Every row sealed, and the newest checkpoint at the head (the unsealed rows have no seq yet: both are asked).
      await expect.poll(async () => (await t.db.query(`SELECT count(*) FILTER (WHERE hash IS NULL) = 0 AND (SELECT max(seq) FROM audit_checkpoints) = max(seq) AS signed
          FROM audit_log`)).rows[0].signed, { timeout: 3000, interval: 25 }).toBe(true);
    } finally {
      stop();
    }
    const chain = await t.db.query('SELECT count(*)::int AS n, count(DISTINCT seq)::int AS seqs, min(seq)::int AS first, max(seq)::int AS last FROM audit_log');
    expect(chain.rows[0]).toEqual({ n: chain.rows[0].n, seqs: chain.rows[0].n, first: 1, last: chain.rows[0].n });
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: true, rows: chain.rows[0].n, unsealed: { count: 0 } });
    expect(result.ok && result.checkpoints).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await t.close();
  });

  it('never forks nor repeats a seq when two sealers on two pools run at once', async () => {
    const t = await auditDatabase();
    const other = createPool(t.url, 4);
    try {
      let writing = true;
      const sealer = async (db: Db) => {
        let sealed = 0;
        while (writing) sealed += await sealAudit(db, { batchSize: 7 });
        return sealed + (await sealAudit(db, { batchSize: 1000 }));
      };
      const sealers = [sealer(t.db), sealer(other), sealer(t.db), sealer(other)];
      for (let round = 0; round < 5; round++) await writeEach(t.db, 'test.two-sealers', 40);
      writing = false;
      const [a1, b1, a2, b2] = await Promise.all(sealers);
      expect(a1! + a2!).toBeGreaterThan(0); // both pools did seal
      expect(b1! + b2!).toBeGreaterThan(0);
      const chain = await t.db.query('SELECT count(*)::int AS n, count(DISTINCT seq)::int AS seqs, max(seq)::int AS last, count(DISTINCT prev_hash)::int AS links FROM audit_log');
      const n = chain.rows[0].n;
      expect(chain.rows[0]).toEqual({ n, seqs: n, last: n, links: n });
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, rows: n });
    } finally {
      await other.end();
      await t.close();
    }
  });

  it('is the only update the table takes: once, on an unsealed row, content unchanged', async () => {
    const t = await auditDatabase(4);
    try {
      await writeEach(t.db, 'test.guard', 2);
      const [unsealed] = await rowsOf(t.db, 'test.guard');
      await expect(t.db.query("UPDATE audit_log SET seq = 99999, prev_hash = 'a', hash = 'b', action = 'x' WHERE id = $1", [unsealed!.id])).rejects.toThrow(/append-only/);
      await expect(t.db.query("INSERT INTO audit_log (at, action, entity, seq, prev_hash, hash) VALUES (now(), 'x', 'x', 99999, 'a', 'b')")).rejects.toThrow(/inserted unsealed/);
      await sealAll(t.db);
      await expect(t.db.query("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/append-only/);
      await expect(t.db.query("UPDATE audit_log SET hash = 'x' WHERE id = $1", [unsealed!.id])).rejects.toThrow(/append-only/);
      await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await expect(t.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
      await expect(t.db.query('UPDATE audit_chain_head SET seq = 0')).rejects.toThrow(/only moves forward/);
      await writeCheckpoint(t.db, key);
      await expect(t.db.query("UPDATE audit_checkpoints SET hash = 'x'")).rejects.toThrow(/append-only/);
      await expect(t.db.query('DELETE FROM audit_checkpoints')).rejects.toThrow(/append-only/);
    } finally {
      await t.close();
    }
  });
});

describe('verifyAuditChain', () => {
  let t: AuditDb;
  beforeAll(async () => {
    t = await auditDatabase(4);
  });
  afterAll(() => t.close());

  /** A fresh copy with six sealed rows, a checkpoint, then three more sealed rows. */
  async function sealedChain() {
    const copy = await auditDatabase(4);
    for (let i = 0; i < 6; i++) await inTransaction(copy.db, (tx) => writeAudit(tx, entry('test.chain', i, { i, amount: 50_000 })));
    await sealAll(copy.db);
    const checkpoint = (await writeCheckpoint(copy.db, key))!;
    for (let i = 6; i < 9; i++) await inTransaction(copy.db, (tx) => writeAudit(tx, entry('test.chain', i, { i, amount: 50_000 })));
    await sealAll(copy.db);
    return { ...copy, checkpoint, rows: await rowsOf(copy.db, 'test.chain') };
  }

  it('verifies an intact chain and its checkpoints, and reports rows left unsealed', async () => {
    await writeEach(t.db, 'test.intact', 5);
    await sealAll(t.db);
    await writeCheckpoint(t.db, key);
    await inTransaction(t.db, (tx) => tx.query("INSERT INTO audit_log (at, action, entity) VALUES (now() - interval '1 minute', 'test.stale', 'test')"));
    const stale = await t.db.query<{ id: number }>("SELECT id FROM audit_log WHERE action = 'test.stale'");
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({
      ok: true, checkpoints: 1, signers: [{ subject: expect.stringContaining('platform'), fingerprint: expect.any(String) }],
      unsealed: { count: 1, oldestId: stale.rows[0]!.id },
    });
    expect(await verifyAuditChain(t.db, { trust: key.certificate })).toMatchObject({ ok: true });
    expect(await verifyAuditChain(t.db, { trust: await fs.readFile(path.join(pkiDir, 'demo-ca.cert.pem'), 'utf8') })).toMatchObject({ ok: true });
  });

  it('names a row changed behind the trigger as the first bad row', async () => {
    const c = await sealedChain();
    try {
      const target = c.rows[2]!;
      await asSuperuser(c.db, (tx) => tx.query(`UPDATE audit_log SET data = '{"i": 2, "amount": 5000000}' WHERE id = $1`, [target.id]).then(() => undefined));
      expect(await verifyAuditChain(c.db)).toMatchObject({ ok: false, brokenAt: target.id, brokenSeq: target.seq, reason: expect.stringMatching(/changed/) });
    } finally {
      await c.close();
    }
  });

  it('detects a removed row, in the middle or at the end', async () => {
    const c = await sealedChain();
    try {
      await asSuperuser(c.db, (tx) => tx.query('DELETE FROM audit_log WHERE id = $1', [c.rows[3]!.id]).then(() => undefined));
      expect(await verifyAuditChain(c.db)).toMatchObject({ ok: false, brokenAt: c.rows[4]!.id, brokenSeq: c.rows[4]!.seq, reason: expect.stringMatching(/missing/) });
    } finally {
      await c.close();
    }
    const d = await sealedChain();
    try {
      await asSuperuser(d.db, (tx) => tx.query('DELETE FROM audit_log WHERE id = $1', [d.rows.at(-1)!.id]).then(() => undefined));
      expect(await verifyAuditChain(d.db)).toMatchObject({ ok: false, brokenSeq: d.rows.at(-1)!.seq, reason: expect.stringMatching(/removed/) });
      // Rewinding the head as well is still caught, by the checkpoint when it signed a later row.
      await asSuperuser(d.db, async (tx) => {
        await tx.query('DELETE FROM audit_log WHERE seq >= $1', [d.checkpoint.seq]);
        await tx.query('UPDATE audit_chain_head SET seq = $1, hash = (SELECT hash FROM audit_log WHERE seq = $1)', [d.checkpoint.seq - 1]);
      });
      expect(await verifyAuditChain(d.db)).toMatchObject({ ok: false, checkpointId: d.checkpoint.id, reason: expect.stringMatching(/chain ends at seq/) });
    } finally {
      await d.close();
    }
  });

  it('catches a superuser who rewrites a row and recomputes every later hash, by the signed checkpoint', async () => {
    const c = await sealedChain();
    try {
      const target = c.rows[2]!;
      await asSuperuser(c.db, async (tx) => {
        await tx.query(`UPDATE audit_log SET data = '{"i": 2, "amount": 5000000}' WHERE id = $1`, [target.id]);
        // Recomputes with the platform's own code: unseal this row and all after it, rewind the head, reseal.
        await tx.query('UPDATE audit_log SET seq = NULL, prev_hash = NULL, hash = NULL WHERE seq >= $1', [target.seq]);
        await tx.query('UPDATE audit_chain_head SET seq = $1, hash = (SELECT hash FROM audit_log WHERE seq = $1)', [target.seq - 1]);
      });
      await sealAll(c.db);
      const result = await verifyAuditChain(c.db);
      expect(result).toMatchObject({ ok: false, brokenSeq: c.checkpoint.seq, checkpointId: c.checkpoint.id, reason: expect.stringMatching(/does not match signed checkpoint/) });
    } finally {
      await c.close();
    }
  });

  it('catches a tampered checkpoint signature, and a checkpoint re-signed with another key when the signer is pinned', async () => {
    const c = await sealedChain();
    try {
      const forged = Buffer.from(c.checkpoint.signature, 'base64');
      forged.writeUInt8(forged.readUInt8(10) ^ 1, 10);
      await asSuperuser(c.db, (tx) => tx.query('UPDATE audit_checkpoints SET signature = $1 WHERE id = $2', [forged.toString('base64'), c.checkpoint.id]).then(() => undefined));
      expect(await verifyAuditChain(c.db)).toMatchObject({ ok: false, checkpointId: c.checkpoint.id, reason: expect.stringMatching(/signature does not verify/) });

      const otherDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-audit-other-'));
      try {
        const otherKey = (await platformSigningKey({ dir: otherDir, demo: true }))!;
        await asSuperuser(c.db, (tx) => tx.query('DELETE FROM audit_checkpoints').then(() => undefined));
        await writeCheckpoint(c.db, otherKey);
        expect(await verifyAuditChain(c.db)).toMatchObject({ ok: true }); // a valid signature, by someone
        expect(await verifyAuditChain(c.db, { trust: key.certificate })).toMatchObject({ ok: false, reason: expect.stringMatching(/not by the trusted platform certificate/) });
      } finally {
        await fs.rm(otherDir, { recursive: true, force: true });
      }
    } finally {
      await c.close();
    }
  });

  it('keeps the rows chained before the sealer valid, in their v1 format, and still checks them', async () => {
    const serverUrl = inject('serverUrl');
    const name = `tinhso_test_legacy_${randomBytes(4).toString('hex')}`;
    const db = createPool(await freshDatabase(serverUrl, name), 4);
    try {
      await db.query('CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      for (const file of (await fs.readdir(migrationsDir)).filter((f) => f.endsWith('.sql') && f < '20261128-0001-audit-sealer.sql').sort()) {
        await db.query(await fs.readFile(path.join(migrationsDir, file), 'utf8'));
        await db.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      }
      // As the former writeAudit chained them, under its global lock.
      let prevHash = GENESIS_HASH;
      for (let i = 0; i < 3; i++) {
        const row = { at: new Date(), actorId: null, agencyId: null, action: 'test.legacy', entity: 'test', entityId: String(i), data: { i } };
        const hash = createHash('sha256').update(prevHash).update('\n').update(stringify({ ...row, at: row.at.toISOString() }) as string).digest('hex');
        await db.query('INSERT INTO audit_log (at, actor_id, agency_id, action, entity, entity_id, data, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [row.at, row.actorId, row.agencyId, row.action, row.entity, row.entityId, row.data, prevHash, hash]);
        prevHash = hash;
      }
      await migrate(db);
      await inTransaction(db, (tx) => writeAudit(tx, entry('test.after', 1)));
      await sealAll(db);
      expect((await rowsOf(db, 'test.legacy')).map((r) => r.seq)).toEqual([1, 2, 3]);
      expect(await rowsOf(db, 'test.after')).toEqual([{ id: expect.any(Number), seq: 4 }]);
      await writeCheckpoint(db, key);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 4, checkpoints: 1 });

      const [, second] = await rowsOf(db, 'test.legacy');
      await asSuperuser(db, (tx) => tx.query(`UPDATE audit_log SET entity_id = '7' WHERE id = $1`, [second!.id]).then(() => undefined));
      expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: second!.id, brokenSeq: 2 });
    } finally {
      await db.end();
      await dropDatabase(serverUrl, name);
    }
  });
});

describe('npm run audit:checkpoints and audit:verify', () => {
  it('exports checkpoints that openssl verifies, and detects a deleted checkpoint against the export', async () => {
    const t = await auditDatabase(4);
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-audit-export-'));
    try {
      await writeEach(t.db, 'test.export', 3);
      await sealAll(t.db);
      const first = (await writeCheckpoint(t.db, key))!;
      await writeEach(t.db, 'test.export', 3);
      await sealAll(t.db);
      await writeCheckpoint(t.db, key);
      const env = { DATABASE_URL: t.url, PKI_DIR: pkiDir };
      const exportFile = path.join(work, 'checkpoints.json');
      await tsx('src/cli/audit-checkpoints.ts', [exportFile], env);
      const exported = JSON.parse(await fs.readFile(exportFile, 'utf8'));
      expect(exported.checkpoints).toHaveLength(2);
      expect(parseCheckpointExport(await fs.readFile(exportFile, 'utf8'))[0]).toEqual(first);

      const [checkpoint] = exported.checkpoints;
      expect(checkpoint.line).toBe(checkpointLine(first));
      await fs.writeFile(path.join(work, 'line.txt'), checkpoint.line);
      await fs.writeFile(path.join(work, 'sig.bin'), Buffer.from(checkpoint.signature, 'base64'));
      await fs.writeFile(path.join(work, 'cert.pem'), checkpoint.certificate);
      await run('openssl', ['x509', '-in', 'cert.pem', '-pubkey', '-noout', '-out', 'pub.pem'], { cwd: work });
      const openssl = await run('openssl', ['dgst', '-sha256', '-verify', 'pub.pem', '-signature', 'sig.bin', 'line.txt'], { cwd: work });
      expect(openssl.stdout).toContain('Verified OK');
      await fs.writeFile(path.join(work, 'line.txt'), checkpoint.line.replace(`seq=${first.seq}`, `seq=${first.seq + 1}`));
      await expect(run('openssl', ['dgst', '-sha256', '-verify', 'pub.pem', '-signature', 'sig.bin', 'line.txt'], { cwd: work })).rejects.toThrow();

      const intact = await tsx('src/cli/verify-audit.ts', ['--checkpoints', exportFile], env);
      expect(intact.stdout).toMatch(/audit chain intact: \d+ rows/);
      expect(intact.stdout).toContain('4 signed checkpoints match the chain (2 of them from');
      expect(intact.stdout).toContain('signer pinned to');

      await asSuperuser(t.db, (tx) => tx.query('DELETE FROM audit_checkpoints WHERE id = $1', [first.id]).then(() => undefined));
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true }); // the database alone cannot tell
      const broken = await tsx('src/cli/verify-audit.ts', ['--checkpoints', exportFile], env).then(
        () => { throw new Error('audit:verify should have failed'); },
        (error: { code: number; stderr: string }) => error,
      );
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(new RegExp(`BROKEN at seq ${first.seq}: exported checkpoint #${first.id} .* no longer in audit_checkpoints`));
    } finally {
      await fs.rm(work, { recursive: true, force: true });
      await t.close();
    }
  });
});

describe('platformSigningKey', () => {
  it('issues the demo key once and loads the same one after; outside demo mode it loads only an installed key', async () => {
    const again = (await platformSigningKey({ dir: pkiDir, demo: false }))!;
    expect(again.certificate).toBe(key.certificate);
    expect(await fs.readFile(path.join(pkiDir, 'platform.cert.pem'), 'utf8')).toBe(key.certificate);
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-audit-nokey-'));
    try {
      expect(await platformSigningKey({ dir: empty, demo: false })).toBeNull();
    } finally {
      await fs.rm(empty, { recursive: true, force: true });
    }
  });
});
