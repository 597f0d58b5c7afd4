import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAudit, writeCheckpoint } from '../../platform/audit.js';
import { platformSigningKey } from '../../platform/pki.js';
import { systemPrincipal } from '../../platform/principal.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';

type Status = {
  nodes: { id: string; state: 'up' | 'down' | 'gone'; host: string; pid: number; version: string; runsJobs: boolean; rssBytes: number; poolTotal: number; lastSeenSeconds: number }[];
  queues: { subscriber: string; topics: string[]; pending: number; due: number; retrying: number; failedAttempts: number; oldestPendingSeconds: number | null; running: number; doneLastHour: number; dead: number }[];
  audit: { sealedSeq: number; unsealed: number; oldestUnsealedSeconds: number | null; checkpointSeq: number | null; checkpointAgeSeconds: number | null };
  replication: { role: string; replicas: unknown[] };
  database: { name: string; sizeBytes: number; connections: number; maxConnections: number; oldestTransactionSeconds: number | null };
};

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const status = async () => {
  const response = await admin.get<Status>('/api/admin/operations/status');
  expect(response.status).toBe(200);
  return response.body;
};
const queue = async (subscriber: string) => (await status()).queues.find((q) => q.subscriber === subscriber)!;
const auditRows = async (action: string, id: number) => (await t.db.query<{ actor_id: number; data: Record<string, unknown> }>(
  'SELECT actor_id, data FROM audit_log WHERE action = $1 AND entity = $2 AND entity_id = $3', [action, 'job_delivery', String(id)])).rows;

describe('GET /api/admin/operations/status', () => {
  it('lists every node of the database with its health; a node that stopped cleanly shows as gone, a silent one as down', async () => {
    const before = (await status()).nodes;
    expect(before.filter((n) => n.state === 'up')).toHaveLength(1);
    // A node silent for 40 s, and one not heard of for two days (swept by the next node to start).
    await t.db.query(`INSERT INTO ops_nodes (id, host, pid, version, runs_jobs, started_at, last_seen_at, rss_bytes, heap_used_bytes, heap_total_bytes, loop_delay_p99_ms, pool_total, pool_idle, pool_waiting)
      VALUES ('may-cu-1-aaaaaa', 'may-cu', 1, '0.1.0', true, now() - interval '1 hour', now() - interval '40 seconds', 1, 1, 1, 1, 1, 1, 0),
             ('may-cu-2-bbbbbb', 'may-cu', 2, '0.1.0', true, now() - interval '3 days', now() - interval '2 days', 1, 1, 1, 1, 1, 1, 0)`);
    const second = await t.secondNode();
    const both = (await status()).nodes;
    const up = both.filter((n) => n.state === 'up');
    expect(up).toHaveLength(2);
    expect(new Set(up.map((n) => n.id)).size).toBe(2);
    for (const node of up) {
      expect(node.pid).toBe(process.pid);
      expect(node.id.startsWith(`${node.host}-${process.pid}-`)).toBe(true);
      expect(node.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(node.runsJobs).toBe(false);
      expect(node.rssBytes).toBeGreaterThan(1_000_000);
      expect(node.lastSeenSeconds).toBeLessThan(30);
    }
    expect(both.find((n) => n.id === 'may-cu-1-aaaaaa')!.state).toBe('down');
    expect(both.find((n) => n.id === 'may-cu-2-bbbbbb')).toBeUndefined();
    expect((await t.db.query(`SELECT 1 FROM ops_nodes WHERE id = 'may-cu-2-bbbbbb'`)).rowCount).toBe(0);

    // The second node answers through its own HTTP listener, then stops: it is gone, the first one stays up.
    expect((await admin.at(second.baseUrl).get('/api/admin/operations/status')).status).toBe(200);
    await second.close();
    const after = (await status()).nodes;
    const gone = after.filter((n) => n.state === 'gone');
    expect(gone).toHaveLength(1);
    expect(up.map((n) => n.id)).toContain(gone[0]!.id);
    expect(after.filter((n) => n.state === 'up')).toHaveLength(1);
  });

  it('shows each queue: waiting, retrying after failed attempts, the oldest waiting age, done in the last hour', async () => {
    t.deps.jobs.subscribe({ name: 'test.failing', topics: ['test.failing'], maxAttempts: 5, retryDelayMs: 3_600_000, handle: async () => { throw new Error('máy chủ ngoài không trả lời'); } });
    t.deps.jobs.subscribe({ name: 'test.working', topics: ['test.working'], handle: async () => undefined });
    await t.deps.uow(systemPrincipal('test'), async ({ emit }) => {
      emit('test.failing', { n: 1 });
      emit('test.working', { n: 1 });
      emit('test.working', { n: 2 });
    });
    const waiting = await queue('test.working');
    expect(waiting).toMatchObject({ topics: ['test.working'], pending: 2, due: 2, retrying: 0, running: 0, doneLastHour: 0, dead: 0 });
    expect(waiting.oldestPendingSeconds).toBeGreaterThanOrEqual(0);
    await t.settle();
    expect(await queue('test.working')).toMatchObject({ pending: 0, doneLastHour: 2, oldestPendingSeconds: null });
    // One failed attempt, the next one an hour away: waiting, not due, retrying.
    expect(await queue('test.failing')).toMatchObject({ pending: 1, due: 0, retrying: 1, failedAttempts: 1, dead: 0 });
  });

  it('tells the audit chain state: unsealed backlog, sealed head, last signed checkpoint', async () => {
    await t.deps.uow(systemPrincipal('test'), async ({ audit }) => audit({ action: 'test.ops', entity: 'test', entityId: 1 }));
    const waiting = (await status()).audit;
    expect(waiting.unsealed).toBeGreaterThan(0);
    expect(waiting.oldestUnsealedSeconds).toBeGreaterThanOrEqual(0);
    while ((await sealAudit(t.db)) > 0);
    const key = (await platformSigningKey({ dir: t.config.pkiDir, passphrase: t.config.pkiPassphrase, demo: true }))!;
    await writeCheckpoint(t.db, key);
    const sealed = (await status()).audit;
    // The status call itself writes no audit row: nothing waits once sealed.
    expect(sealed).toMatchObject({ unsealed: 0, oldestUnsealedSeconds: null });
    expect(sealed.sealedSeq).toBeGreaterThan(waiting.sealedSeq);
    expect(sealed.checkpointSeq).toBe(sealed.sealedSeq);
    expect(sealed.checkpointAgeSeconds).toBeLessThan(60);
  });

  it('answers "no replica" without streaming replicas, and the database figures', async () => {
    const { replication, database } = await status();
    expect(replication).toEqual({ role: 'primary', replicas: [] });
    expect(database.name).toMatch(/./);
    expect(database.sizeBytes).toBeGreaterThan(1_000_000);
    expect(database.connections).toBeGreaterThan(0);
    expect(database.connections).toBeLessThanOrEqual(database.maxConnections);
  });

  it('refuses everyone but the province admin', async () => {
    expect((await t.client().get('/api/admin/operations/status')).status).toBe(401);
    for (const username of ['admin.caoloc', 'citizen']) {
      const response = await (await t.login(username)).get('/api/admin/operations/status');
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('dead letters: GET /api/admin/operations/dead-letters, POST .../retry and .../discard', () => {
  it('lists a delivery that failed until dead; retry requeues it and it succeeds, discard removes it; both audited', async () => {
    let failing = true;
    t.deps.jobs.subscribe({ name: 'test.flaky', topics: ['test.flaky'], maxAttempts: 2, retryDelayMs: 1, handle: async () => { if (failing) throw new Error('cổng dịch vụ quốc gia lỗi 502'); } });
    await t.deps.uow(systemPrincipal('test'), async ({ emit }) => {
      emit('test.flaky', { n: 1 });
      emit('test.flaky', { n: 2 });
    });
    // Two attempts each (the retry comes after a millisecond or so), then dead.
    for (let i = 0; i < 50 && (await queue('test.flaky')).dead < 2; i++) {
      await t.settle();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await queue('test.flaky')).toMatchObject({ pending: 0, dead: 2 });
    const list = await admin.get('/api/admin/operations/dead-letters?pageSize=100');
    expect(list.status).toBe(200);
    const dead = (list.body.items as { id: number; subscriber: string; attempts: number; lastError: string; payload: { n: number } }[]).filter((d) => d.subscriber === 'test.flaky');
    expect(dead).toHaveLength(2);
    for (const d of dead) {
      expect(d.attempts).toBe(2);
      expect(d.lastError).toContain('cổng dịch vụ quốc gia lỗi 502');
    }
    const [toRetry, toDiscard] = [dead.find((d) => d.payload.n === 1)!, dead.find((d) => d.payload.n === 2)!];

    // Others may not touch them.
    const district = await t.login('admin.caoloc');
    expect((await district.post(`/api/admin/jobs/deliveries/${toDiscard.id}/discard`)).status).toBe(403);
    expect((await district.get('/api/admin/operations/dead-letters')).status).toBe(403);
    expect((await (await t.login('citizen')).post(`/api/admin/jobs/deliveries/${toDiscard.id}/discard`)).status).toBe(403);

    failing = false;
    expect((await admin.post(`/api/admin/jobs/deliveries/${toRetry.id}/retry`)).status).toBe(200);
    expect((await t.db.query('SELECT state, attempts FROM job_deliveries WHERE id = $1', [toRetry.id])).rows[0]).toEqual({ state: 'pending', attempts: 0 });
    await t.settle();
    expect((await t.db.query('SELECT state FROM job_deliveries WHERE id = $1', [toRetry.id])).rows[0].state).toBe('done');

    const discard = await admin.post(`/api/admin/jobs/deliveries/${toDiscard.id}/discard`);
    expect(discard.status).toBe(200);
    await t.settle();
    expect((await t.db.query('SELECT state FROM job_deliveries WHERE id = $1', [toDiscard.id])).rows[0].state).toBe('discarded');
    const after = await admin.get('/api/admin/operations/dead-letters?pageSize=100');
    expect(after.body.items.map((d: { id: number }) => d.id)).not.toContain(toDiscard.id);
    expect(after.body.items.map((d: { id: number }) => d.id)).not.toContain(toRetry.id);
    expect(await queue('test.flaky')).toMatchObject({ pending: 0, dead: 0, doneLastHour: 1 });

    // Neither can be taken again; a discarded delivery is not retried.
    const again = await admin.post(`/api/admin/jobs/deliveries/${toDiscard.id}/discard`);
    expect(again.status).toBe(404);
    expect(again.body.error).toMatchObject({ code: 'OPS_DEAD_LETTER_NOT_FOUND', message: expect.stringContaining('Không tìm thấy') });
    expect((await admin.post(`/api/admin/jobs/deliveries/${toDiscard.id}/retry`)).status).toBe(404);
    expect((await admin.post(`/api/admin/jobs/deliveries/${toRetry.id}/discard`)).status).toBe(404);

    const adminId = (await t.db.query<{ id: number }>(`SELECT id FROM users WHERE username = 'admin'`)).rows[0]!.id;
    expect(await auditRows('jobs.retry', toRetry.id)).toEqual([{ actor_id: adminId, data: {} }]);
    expect(await auditRows('jobs.discard', toDiscard.id)).toEqual([{ actor_id: adminId, data: { subscriber: 'test.flaky', topic: 'test.flaky', attempts: 2 } }]);
  });

  it('refuses a malformed page or id with a stable code', async () => {
    const bad = await admin.get('/api/admin/operations/dead-letters?page=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect((await admin.post('/api/admin/jobs/deliveries/abc/discard')).status).toBe(400);
  });
});
