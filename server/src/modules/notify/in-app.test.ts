import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../platform/principal.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { IN_APP_REQUESTED } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('in-app notifications other modules ask for', () => {
  it('puts one notification with its link in each reader\'s bell, once however often it is delivered', async () => {
    const { rows: [leader] } = await t.db.query<{ id: number }>(`SELECT id FROM users WHERE username = 'lanhdao.tpls'`);
    const request = { userIds: [leader!.id], title: 'Phản ánh PA-7K3M-Q9XD quá hạn', body: 'Đèn đường hỏng', link: '/phan-anh/xu-ly/7', source: 'feedback' };
    await t.deps.uow(systemPrincipal('thử nghiệm'), async ({ emit }) => emit(IN_APP_REQUESTED, request));
    await t.settle();
    // Delivered again (a retry after a crash): nothing twice.
    const again = await t.db.query(`UPDATE job_deliveries d SET state = 'pending', next_attempt_at = now() FROM events e
      WHERE e.id = d.event_id AND e.topic = $1 AND d.subscriber = 'notify.in-app'`, [IN_APP_REQUESTED]);
    expect(again.rowCount).toBe(1);
    await t.settle();

    const leaderClient = await t.login('lanhdao.tpls');
    const list = await leaderClient.get<{ items: { title: string; link: string | null; dossierId: number | null }[] }>('/api/notifications');
    expect(list.body.items.filter((n) => n.title === request.title)).toEqual([expect.objectContaining({ link: '/phan-anh/xu-ly/7', dossierId: null })]);
  });

  it('refuses a link that leaves the portal', async () => {
    await expect(t.db.query(`INSERT INTO notifications (user_id, title, body, idempotency_key, link) SELECT id, 'x', 'y', 'k-evil', '//evil.example' FROM users LIMIT 1`))
      .rejects.toThrow(/check constraint/);
  });
});
