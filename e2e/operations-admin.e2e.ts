import { expect, test } from '@playwright/test';
import pg from 'pg';
import { checkPage, signIn } from './helpers';

/**
 * The operations page on a 390×844 phone: the province admin opens "Vận hành hệ thống" from the account
 * menu, sees this server as a running node, the job queues, that no replica is attached, the audit chain
 * and the database; two deliveries that failed for good wait in the dead letters: one is retried, the other
 * discarded, each after a confirmation. A district admin is refused.
 */
test.use({ viewport: { width: 390, height: 844 } });

/** Runs SQL in the e2e server's database (`tinhso_e2e` on DATABASE_URL's server). */
async function sql<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = '/tinhso_e2e';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** This run's subscriber, served by no node (a retry on CI starts from a queue of its own). */
const SUBSCRIBER = `e2e.dong-bo-cong-quoc-gia-${Date.now().toString(36)}`;

/** A delivery to a subscriber no node serves, out of attempts: a dead letter as a failing outside system leaves it. */
const deadLetter = async (n: number) => (await sql<{ id: number }>(
  `WITH e AS (INSERT INTO events (topic, payload) VALUES ('e2e.dong-bo', jsonb_build_object('n', $1::int)) RETURNING id)
   INSERT INTO job_deliveries (event_id, subscriber, state, attempts, last_error, finished_at)
   SELECT id, $2, 'dead', 8, 'Cổng dịch vụ công quốc gia trả lỗi 502', now() FROM e RETURNING id::int`, [n, SUBSCRIBER]))[0]!.id;

test('the province admin watches the nodes and queues, retries one dead letter and discards another', async ({ page }) => {
  test.skip(!process.env.DATABASE_URL, 'makes its dead letters in the database on DATABASE_URL');
  const retried = await deadLetter(1);
  const discarded = await deadLetter(2);

  await signIn(page, 'admin');
  await page.getByLabel('Quản trị hệ thống tỉnh').click();
  await page.getByRole('link', { name: 'Vận hành hệ thống' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/van-hanh$/);
  await checkPage(page, '/quan-tri/van-hanh', 'operations-admin');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Vận hành hệ thống' })).toBeVisible();
  await expect(main.getByText(/Số liệu lúc \d\d:\d\d:\d\d \d\d\/\d\d\/\d{4}, tự làm mới mỗi 10 giây\./)).toBeVisible();
  await expect(main.getByText(/^[1-9]\d* đang chạy · 0 mất liên lạc/)).toBeVisible();
  await expect(main.getByText('Chạy công việc nền', { exact: false }).first()).toBeVisible();
  await expect(main.getByText('Không có bản sao nào đang kết nối với máy chủ chính.')).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Chuỗi nhật ký kiểm toán' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Cơ sở dữ liệu', exact: true })).toBeVisible();
  const queue = main.getByRole('listitem').filter({ hasText: SUBSCRIBER }).filter({ hasText: 'Đang chờ' });
  await expect(queue).toContainText('Lỗi: 2');

  const first = main.getByRole('listitem').filter({ hasText: `#${retried} ·` });
  await expect(first).toContainText('Cổng dịch vụ công quốc gia trả lỗi 502');
  await expect(first).toContainText('Số lần thử: 8');
  await first.getByRole('button', { name: `Thử lại công việc số ${retried}` }).click();
  const confirmRetry = page.getByRole('tooltip').filter({ hasText: `Chạy lại công việc số ${retried}` });
  await confirmRetry.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByText(`Đã đưa công việc số ${retried} trở lại hàng đợi.`)).toBeVisible();
  await expect(main.getByRole('listitem').filter({ hasText: `#${retried} ·` })).toHaveCount(0);

  const second = main.getByRole('listitem').filter({ hasText: `#${discarded} ·` });
  await second.getByRole('button', { name: `Bỏ qua công việc số ${discarded}` }).click();
  const confirmDiscard = page.getByRole('tooltip').filter({ hasText: 'sẽ không bao giờ được thực hiện nữa' });
  await confirmDiscard.getByRole('button', { name: 'Bỏ qua' }).click();
  await expect(page.getByText(`Đã bỏ qua công việc số ${discarded}.`)).toBeVisible();
  await expect(main.getByRole('listitem').filter({ hasText: `#${discarded} ·` })).toHaveCount(0);
  await expect(queue).toContainText('Lỗi: 0');
  await page.screenshot({ path: test.info().outputPath('operations-admin-done.png'), fullPage: true });

  // On record: the retried delivery is back in the queue (no node serves its subscriber), the other discarded; both audited.
  const states = await sql<{ id: number; state: string }>('SELECT id::int, state FROM job_deliveries WHERE id = ANY($1::bigint[]) ORDER BY id', [[retried, discarded]]);
  expect(states).toEqual([{ id: retried, state: 'pending' }, { id: discarded, state: 'discarded' }]);
  const audited = await sql<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'job_delivery' AND entity_id = ANY($1::text[]) ORDER BY id`, [[String(retried), String(discarded)]]);
  expect(audited.map((a) => a.action)).toEqual(['jobs.retry', 'jobs.discard']);

  // The former background-jobs page is part of this one: an old bookmark lands here.
  await page.goto('/quan-tri/cong-viec');
  await expect(page).toHaveURL(/\/quan-tri\/van-hanh$/);
});

test('a district admin is refused the platform-wide figures', async ({ page }) => {
  await signIn(page, 'admin.caoloc');
  await page.goto('/quan-tri/van-hanh');
  await expect(page.getByRole('main').getByText('Bạn không có quyền thực hiện thao tác này.')).toBeVisible();
});
