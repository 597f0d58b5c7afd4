import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { JobRegistry, retryDelay, type Delivery } from './jobs.js';
import { systemPrincipal } from './principal.js';
import { unitOfWork } from './unit-of-work.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('retryDelay', () => {
  it('doubles from the base delay, with half of it random, and never waits more than an hour', () => {
    expect(retryDelay(1, 1000, 0)).toBe(500);
    expect(retryDelay(1, 1000, 1)).toBe(1000);
    expect(retryDelay(3, 1000, 0)).toBe(2000);
    expect(retryDelay(3, 1000, 1)).toBe(4000);
    expect(retryDelay(40, 1000, 1)).toBe(3_600_000);
  });
});

describe('events and deliveries', () => {
  it('delivers each event to every subscriber once; a poison message dies after its attempts without blocking the others', async () => {
    const jobs = new JobRegistry();
    const seen: Delivery[] = [];
    jobs.subscribe({ name: 'test.good', topics: ['test.happened'], handle: async (d) => void seen.push(d) });
    jobs.subscribe({ name: 'test.poison', topics: ['test.happened'], maxAttempts: 2, retryDelayMs: 1, handle: async () => { throw new Error('cannot'); } });
    const uow = unitOfWork(t.db, jobs);
    await uow(systemPrincipal('test'), async ({ emit, audit }) => {
      emit('test.happened', { n: 1 });
      emit('test.happened', { n: 2 });
      emit('test.unheard', { n: 3 });
      audit({ action: 'test.emit', entity: 'test', entityId: null });
    });
    // Two workers at once, as two nodes would run them.
    for (let round = 0; round < 10; round++) {
      await Promise.all([jobs.runDue(t.db, 3), jobs.runDue(t.db, 3)]);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen.map((d) => d.payload.n).sort()).toEqual([1, 2]);
    expect(new Set(seen.map((d) => d.idempotencyKey)).size).toBe(2);
    const states = await t.db.query<{ subscriber: string; state: string; attempts: number; last_error: string }>(
      `SELECT d.subscriber, d.state, d.attempts, d.last_error FROM job_deliveries d JOIN events e ON e.id = d.event_id
        WHERE e.topic = 'test.happened' ORDER BY d.subscriber, d.id`);
    expect(states.rows.map((r) => `${r.subscriber}:${r.state}:${r.attempts}`)).toEqual([
      'test.good:done:1', 'test.good:done:1', 'test.poison:dead:2', 'test.poison:dead:2',
    ]);
    expect(states.rows[2]!.last_error).toContain('cannot');
  });

  it('writes nothing, neither event nor delivery nor audit, when the change rolls back', async () => {
    const jobs = new JobRegistry();
    jobs.subscribe({ name: 'test.rollback', topics: ['test.rolled_back'], handle: async () => undefined });
    const count = async () => (await t.db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM events WHERE topic = 'test.rolled_back') + (SELECT count(*) FROM audit_log WHERE action = 'test.rollback') AS n`)).rows[0]!.n;
    await expect(unitOfWork(t.db, jobs)(systemPrincipal('test'), async ({ emit, audit }) => {
      emit('test.rolled_back', {});
      audit({ action: 'test.rollback', entity: 'test', entityId: null });
      throw new Error('the change fails');
    })).rejects.toThrow('the change fails');
    expect(Number(await count())).toBe(0);
  });

  it('lets the province admin see dead letters and retry one, which then succeeds; others get 403', async () => {
    const jobs = t.deps.jobs;
    let fail = true;
    jobs.subscribe({ name: 'test.flaky', topics: ['test.flaky'], maxAttempts: 1, handle: async () => { if (fail) throw new Error('remote down'); } });
    await t.deps.uow(systemPrincipal('test'), async ({ emit }) => emit('test.flaky', { x: 1 }));
    await t.settle();
    const admin = await t.login('admin');
    const overview = await admin.get('/api/admin/operations/dead-letters');
    expect(overview.status).toBe(200);
    const dead = overview.body.items.find((d: { subscriber: string }) => d.subscriber === 'test.flaky');
    expect(dead.lastError).toContain('remote down');
    expect((await (await t.login('admin.caoloc')).post(`/api/admin/jobs/deliveries/${dead.id}/retry`)).status).toBe(403);
    expect((await (await t.login('citizen')).get('/api/admin/operations/dead-letters')).status).toBe(403);
    fail = false;
    expect((await admin.post(`/api/admin/jobs/deliveries/${dead.id}/retry`)).status).toBe(200);
    await t.settle();
    const state = await t.db.query('SELECT state FROM job_deliveries WHERE id = $1', [dead.id]);
    expect(state.rows[0].state).toBe('done');
    expect((await admin.post(`/api/admin/jobs/deliveries/${dead.id}/retry`)).status).toBe(404);
  });
});
