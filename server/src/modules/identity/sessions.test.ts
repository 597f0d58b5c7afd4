import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let otherNode: string;
beforeAll(async () => {
  t = await startTestApp();
  otherNode = (await t.secondNode()).baseUrl;
});
afterAll(() => t.close());

/** Asks until `ok` holds, for at most a second: what one node commits reaches the other at once, not instantly. */
async function eventually(client: ApiClient, path: string, ok: (response: { status: number; body: any }) => boolean) {
  const until = Date.now() + 1_000;
  for (;;) {
    const response = await client.get(path);
    if (ok(response) || Date.now() > until) return response;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const signedIn = async (client: ApiClient) => (await client.get('/api/auth/me')).body.user !== null;

describe('sessions across nodes', () => {
  it('ends a session on every node when it is logged out on one', async () => {
    const here = await t.login('citizen');
    const there = here.at(otherNode);
    expect(await signedIn(there)).toBe(true);
    expect(await signedIn(there)).toBe(true);
    expect((await here.post('/api/auth/logout')).status).toBe(200);
    expect((await eventually(there, '/api/auth/me', (r) => r.body.user === null)).body.user).toBeNull();
  });

  it('lists the user\'s own sessions and signs one out from another, on every node', async () => {
    const phone = await t.login('doanhnghiep');
    const desktop = (await t.login('doanhnghiep')).at(otherNode);
    const listed = (await desktop.get('/api/auth/sessions')).body.items as { id: string; current: boolean }[];
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    const phoneSession = ((await phone.get('/api/auth/sessions')).body.items as { id: string; current: boolean }[]).find((s) => s.current)!;
    // Someone else cannot end it; its owner can, from the other device.
    expect((await (await t.login('citizen')).delete(`/api/auth/sessions/${phoneSession.id}`)).status).toBe(404);
    expect((await desktop.delete(`/api/auth/sessions/${phoneSession.id}`)).status).toBe(200);
    expect((await eventually(phone, '/api/auth/me', (r) => r.body.user === null)).body.user).toBeNull();
    expect(await signedIn(desktop)).toBe(true);
  });

  it('acts on a role taken away or given back by hand in the database, and on a deactivated account', async () => {
    const here = await t.login('admin');
    const there = here.at(otherNode);
    expect((await there.get('/api/admin/operations/dead-letters')).status).toBe(200);
    const userId = (await there.get('/api/auth/me')).body.user.id as number;
    const removed = (await t.db.query<{ role: string; agency_id: number }>("DELETE FROM user_roles WHERE user_id = $1 AND role = 'admin' RETURNING role, agency_id", [userId])).rows[0]!;
    expect((await eventually(there, '/api/admin/operations/dead-letters', (r) => r.status !== 200)).status).not.toBe(200);
    await t.db.query('INSERT INTO user_roles (user_id, role, agency_id) VALUES ($1, $2, $3)', [userId, removed.role, removed.agency_id]);
    expect((await eventually(there, '/api/admin/operations/dead-letters', (r) => r.status === 200)).status).toBe(200);
    await t.db.query('UPDATE users SET active = false WHERE id = $1', [userId]);
    expect((await eventually(there, '/api/auth/me', (r) => r.body.user === null)).body.user).toBeNull();
    await t.db.query('UPDATE users SET active = true WHERE id = $1', [userId]);
  });

  it('does not trust what it keeps while it cannot hear of changes', async () => {
    const here = await t.login('doanhnghiep');
    const there = here.at(otherNode);
    expect(await signedIn(there)).toBe(true);
    // Cut every node's listening connection: what changes now is announced to nobody.
    const cut = await t.db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'");
    expect(cut.rowCount).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await t.db.query('DELETE FROM sessions');
    expect(await signedIn(there)).toBe(false);
  });
});
