import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { act, checkPage, choose, pdfFile, signIn } from './helpers';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(page, username);
  return page;
}

/** A figure of the dashboard, read from its card (named by the figure). */
const figure = async (page: Page, name: string) => Number((await page.getByRole('group', { name, exact: true }).innerText()).match(/\n\s*([\d.]+)\s*\n/)?.[1]?.replace(/\./g, '') ?? Number.NaN);

/**
 * Trung tâm điều hành: the leader of the city opens the dashboard on a phone (charts, figures), drills down
 * to a ward, and sees a figure change without reloading while, in other browsers, the ward's officers
 * receive a walk-in applicant's dossier and resolve it.
 */
test('the dashboard drills down to a ward and its figures change live when a dossier there is resolved', async ({ browser }) => {
  test.setTimeout(300_000);
  await checkPage(await (await browser.newContext({ viewport: PHONE })).newPage(), '/chi-so-phuc-vu', 'quality-index');

  const leader = await as(browser, 'lanhdao.tpls');
  // The dashboard holds a live stream open, so the page never goes network-idle: checked here without waiting for it.
  await leader.goto('/dieu-hanh');
  await expect(leader.getByRole('heading', { level: 1, name: 'Trung tâm điều hành' })).toBeVisible();
  await expect(leader.getByRole('img', { name: 'Xu hướng theo tháng' })).toBeVisible();
  await expect(leader.getByRole('img', { name: 'Xu hướng theo tháng' }).locator('svg')).toBeVisible();
  await expect(leader.getByRole('img', { name: 'Xếp hạng đơn vị theo tỉ lệ đúng hạn' })).toBeVisible();
  expect(await leader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const axe = await new AxeBuilder({ page: leader }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await leader.screenshot({ path: test.info().outputPath('dashboard-city.png'), fullPage: true });

  // Drill down: the city → the ward of Chi Lăng.
  await leader.getByRole('link', { name: 'Xem UBND phường Chi Lăng' }).click();
  await expect(leader.getByRole('navigation', { name: 'Đơn vị đang xem' }).getByText('UBND phường Chi Lăng')).toBeVisible();
  await expect(leader).toHaveURL(/agencyId=\d+/);
  await expect(leader.getByRole('status')).toContainText('cập nhật trực tiếp');
  const received = await figure(leader, 'Tiếp nhận trong kỳ');
  const EARLY = 'Giải quyết trước hạn';
  const ON_TIME = 'Giải quyết đúng hạn';
  const early = await figure(leader, EARLY);
  const onTime = await figure(leader, ON_TIME);
  expect(Number.isNaN(received)).toBe(false);

  // In other browsers: the ward's desk receives a walk-in applicant, its specialist and leader resolve the dossier.
  const desk = await as(browser, 'tiepnhan.chilang');
  await desk.getByRole('button', { name: 'Tiếp nhận tại quầy' }).click();
  await choose(desk, desk.getByRole('main'), 'Thủ tục', 'Đăng ký khai sinh (1.001193)', { search: 'dang ky khai sinh' });
  await desk.getByLabel('Họ và tên').fill('Lý Thị Mai');
  await desk.getByLabel('Họ, chữ đệm, tên của trẻ').fill('Hoàng Minh An');
  await desk.getByLabel('Ngày, tháng, năm sinh').fill('01/12/2026');
  await desk.getByLabel('Ngày, tháng, năm sinh').press('Enter');
  await desk.getByLabel('Nơi sinh').fill('Bệnh viện Đa khoa tỉnh Lạng Sơn');
  for (const box of await desk.getByRole('checkbox').all()) await box.check();
  await desk.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }).click();
  await expect(desk.getByText(/Đã tiếp nhận hồ sơ 000\.01\.21\.H37-/).first()).toBeVisible();
  const dossierUrl = new URL(desk.url()).pathname;

  // Received: the leader's figure moves without a reload.
  await expect.poll(() => figure(leader, 'Tiếp nhận trong kỳ'), { timeout: 15_000 }).toBe(received + 1);

  await act(desk, 'Chuyển xử lý');
  const specialist = await as(browser, 'chuyenvien.chilang');
  await specialist.goto(dossierUrl);
  await specialist.getByLabel('Tên kết quả').fill('Giấy khai sinh');
  await specialist.getByLabel('Đính kèm kết quả: Giấy khai sinh').setInputFiles(await pdfFile('khai-sinh.pdf', 'Giay khai sinh'));
  await expect(specialist.getByText('Đã tải lên khai-sinh.pdf')).toBeVisible();
  await act(specialist, 'Chuyển bước tiếp');
  const wardLeader = await as(browser, 'lanhdao.chilang');
  await wardLeader.goto(dossierUrl);
  await act(wardLeader, 'Phê duyệt kết quả');

  // Resolved within its deadline: the city leader's figures move, still without a reload. "Early" when it is due on a
  // later day; "on time" when due today (a one-day dossier received before office hours, as a run after midnight in
  // Vietnam does).
  await expect.poll(async () => (await figure(leader, EARLY)) + (await figure(leader, ON_TIME)), { timeout: 15_000 }).toBe(early + onTime + 1);
  const moved = (await figure(leader, EARLY)) === early + 1 ? EARLY : ON_TIME;
  await leader.screenshot({ path: test.info().outputPath('dashboard-ward-live.png'), fullPage: true });

  // The figure's dossiers: the one just resolved is in the list, linked to its page.
  await leader.getByRole('button', { name: `Xem danh sách hồ sơ: ${moved}` }).click();
  const drawer = leader.getByRole('dialog');
  await expect(drawer.locator(`a[href="${dossierUrl}"]`)).toBeVisible();
});
