import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privatePostgresMissing, startPrimary, startStandby, type PrivateCluster } from '../../test/private-postgres.js';
import { prepareDatabase, startAppOn, type PrivateApp } from '../../test/private-app.js';

/**
 * A real streaming replica: a private primary and a hot standby made from it with `pg_basebackup -R`
 * (Debian's PostgreSQL 15). The public pages read from the standby; replay paused on it makes lag. Then a
 * failover: the primary stopped, the standby promoted, and a node whose DATABASE_URL names both hosts
 * (target_session_attrs=read-write) keeps taking writes without a restart.
 */
const missing = await privatePostgresMissing();

describe.skipIf(missing)('read replica and failover', () => {
  let primary: PrivateCluster & { root: string };
  let standby: PrivateCluster;
  let node: PrivateApp;
  let procedureId: number;
  const nodes: PrivateApp[] = [];

  beforeAll(async () => {
    primary = await startPrimary();
    await prepareDatabase(primary.url());
    standby = await startStandby(primary);
    node = await startAppOn(primary.url(), { databaseRead: { url: standby.url(), maxLagSeconds: 30 } });
    nodes.push(node);
    // A published procedure of Hợp Thành commune, in the Cao Lộc administrator's scope.
    procedureId = (await primary.query<{ id: number }>(
      "SELECT p.id FROM procedures p JOIN agencies a ON a.id = p.agency_id WHERE a.code = '000.02.22.H37' AND p.published ORDER BY p.id LIMIT 1"))[0]!.id;
  }, 180_000);

  afterAll(async () => {
    for (const n of nodes) await n.close().catch(() => undefined);
    await primary?.remove();
  });

  const until = async (what: string, test: () => Promise<boolean>, ms = 20_000) => {
    const end = Date.now() + ms;
    while (!(await test().catch(() => false))) {
      if (Date.now() > end) throw new Error(`${what} not within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const feeSeenBy = async (client: { get: (path: string) => Promise<{ status: number; body: any }> }) => {
    const response = await client.get(`/api/procedures/${procedureId}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.feeVnd as number;
  };
  const setFee = (fee: number) => primary.query('UPDATE procedures SET fee_vnd = $2 WHERE id = $1', [procedureId, fee]);

  it('reads from the replica: a change the replica has not replayed is not seen, except by the client who made it', async () => {
    const visitor = node.client();
    const admin = await node.login('admin.caoloc');
    await setFee(1_000);
    await until('the replica replaying the first change', async () => (await feeSeenBy(visitor)) === 1_000);

    await standby.query('SELECT pg_wal_replay_pause()');
    try {
      // Written behind the application's back: only the primary has it, and the visitor reads the replica.
      await setFee(2_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(await feeSeenBy(visitor)).toBe(1_000);
      expect(await feeSeenBy(admin)).toBe(1_000);

      // The administrator's own change: their next reads go to the primary, whatever the replica has.
      const changed = await admin.patch(`/api/admin/procedures/${procedureId}`, { feeVnd: 3_000 });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
      expect(changed.headers.getSetCookie().some((c) => /^tinhso_lsn=[0-9A-F]+%2F[0-9A-F]+|^tinhso_lsn=[0-9A-F]+\/[0-9A-F]+/i.test(c))).toBe(true);
      expect(await feeSeenBy(admin)).toBe(3_000);
      expect((await admin.get(`/api/procedures?q=${encodeURIComponent('x')}&pageSize=1`)).status).toBe(200);
      // Everyone else may see the replica's older state meanwhile.
      expect(await feeSeenBy(visitor)).toBe(1_000);
      expect(await feeSeenBy(node.client())).toBe(1_000);
      const health = await (await fetch(`${node.baseUrl}/healthz`)).json();
      expect(health).toMatchObject({ status: 'ok', replica: { configured: true, reachable: true } });
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
    await until('the visitor seeing the change once replayed', async () => (await feeSeenBy(visitor)) === 3_000);
    expect(await feeSeenBy(admin)).toBe(3_000);
  }, 60_000);

  it('leaves a replica that falls too far behind, and one that stops, for the primary', async () => {
    const strict = await startAppOn(primary.url(), { databaseRead: { url: standby.url(), maxLagSeconds: 1 } });
    nodes.push(strict);
    const visitor = strict.client();
    await standby.query('SELECT pg_wal_replay_pause()');
    try {
      await setFee(4_000);
      expect(await feeSeenBy(visitor)).toBe(3_000);
      // More than a second behind: reads go to the primary.
      await until('reads leaving the lagging replica', async () => (await feeSeenBy(visitor)) === 4_000, 10_000);
      expect((await (await fetch(`${strict.baseUrl}/healthz`)).json()).replica).toMatchObject({ reachable: true, serving: false });
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }

    await standby.stop('fast');
    try {
      await setFee(5_000);
      for (let i = 0; i < 5; i++) expect(await feeSeenBy(node.client())).toBe(5_000);
      expect((await (await fetch(`${node.baseUrl}/healthz`)).json()).replica).toMatchObject({ reachable: false, serving: false });
    } finally {
      await standby.start();
    }
    await until('the replica serving again', async () => {
      await feeSeenBy(node.client());
      return (await (await fetch(`${node.baseUrl}/healthz`)).json()).replica.serving === true;
    });
  }, 60_000);

  it('fails over to the promoted replica: a node with both hosts in DATABASE_URL keeps taking writes', async () => {
    // The standby first: the node must find the primary by itself (target_session_attrs=read-write).
    const both = `postgres://postgres@127.0.0.1:${standby.port},127.0.0.1:${primary.port}/tinhso?target_session_attrs=read-write`;
    const failover = await startAppOn(both);
    nodes.push(failover);
    const admin = await failover.login('admin.caoloc');
    expect((await admin.patch(`/api/admin/procedures/${procedureId}`, { feeVnd: 6_000 })).status).toBe(200);
    expect((await primary.query('SELECT fee_vnd FROM procedures WHERE id = $1', [procedureId]))[0].fee_vnd).toBe(6_000);
    await until('the standby replaying it', async () => (await standby.query('SELECT fee_vnd FROM procedures WHERE id = $1', [procedureId]))[0].fee_vnd === 6_000);

    await primary.stop('fast');
    await standby.run('pg_ctl', ['promote', '-w', '-D', standby.dir]);
    // Within a few seconds, without a restart: writes land on the promoted server.
    let answer = { status: 0, body: undefined as unknown };
    await until('writes accepted after the failover', async () => {
      answer = await admin.patch(`/api/admin/procedures/${procedureId}`, { feeVnd: 7_000 });
      if (answer.status !== 200) expect(answer.status, JSON.stringify(answer.body)).toBe(503);
      return answer.status === 200;
    }, 15_000);
    expect((await standby.query('SELECT fee_vnd FROM procedures WHERE id = $1', [procedureId]))[0].fee_vnd).toBe(7_000);
    expect(await feeSeenBy(failover.client())).toBe(7_000);
  }, 90_000);
});
