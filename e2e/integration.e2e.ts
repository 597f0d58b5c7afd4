import { expect, request as http, test } from '@playwright/test';
import { checkPage, choose, signIn } from './helpers';

/**
 * The integration platform on a 390×844 phone: the province admin registers a member system (its secret shown
 * once), publishes the platform's own catalog as a service with its OpenAPI file, grants it; the member gets a
 * token and calls through the gateway; the admin sees the call in the service's traffic and verifies the log.
 */
test.use({ viewport: { width: 390, height: 844 } });

const OPENAPI = {
  openapi: '3.0.3', info: { title: 'Danh mục thủ tục (e2e)', version: '1' },
  paths: { '/procedures': { get: { operationId: 'timThuTuc' } }, '/procedures/{id}': { get: { operationId: 'xemThuTuc' } } },
};

test('the province admin registers a member, publishes a service, grants it, and sees traffic after a call', async ({ page, baseURL }) => {
  // Names of this run (a retry meets the first attempt's records).
  const run = String(Date.now() % 1_000_000);
  const identifier = `VN/GOV/000.00.22.H37/E2E${run}`;
  const code = `thu-tuc-e2e-${run}`;
  await signIn(page, 'admin');
  await checkPage(page, '/quan-tri/lgsp', 'lgsp-members');

  // A member system: its secret is shown once.
  await page.getByRole('button', { name: 'Đăng ký hệ thống' }).click();
  const memberDialog = page.getByRole('dialog');
  await memberDialog.getByLabel('Mã định danh hệ thống').fill(identifier);
  await memberDialog.getByLabel('Tên', { exact: true }).fill('Phần mềm một cửa huyện Cao Lộc (thử)');
  await choose(page, memberDialog, 'Cơ quan chủ quản', 'UBND huyện Cao Lộc', { search: 'Cao Lộc' });
  await memberDialog.getByRole('button', { name: 'Đăng ký' }).click();
  const once = page.getByRole('alert').filter({ hasText: 'chỉ hiển thị một lần' });
  await expect(once).toBeVisible();
  const codes = once.locator('code');
  const clientId = (await codes.nth(0).textContent())!.trim();
  const clientSecret = (await codes.nth(1).textContent())!.trim();
  expect(clientSecret.length).toBeGreaterThan(30);
  await expect(page.getByRole('cell', { name: identifier })).toBeVisible();

  // A service, with its OpenAPI description uploaded.
  await page.getByRole('tab', { name: 'Dịch vụ' }).click();
  await page.getByRole('button', { name: 'Công bố dịch vụ' }).click();
  const serviceDialog = page.getByRole('dialog');
  await serviceDialog.getByLabel('Mã dịch vụ').fill(code);
  await serviceDialog.getByLabel('Tên', { exact: true }).fill('Danh mục thủ tục (thử)');
  await choose(page, serviceDialog, 'Cơ quan chủ quản', 'UBND tỉnh Lạng Sơn', { search: 'tỉnh Lạng' });
  await serviceDialog.getByLabel('Địa chỉ hệ thống cung cấp').fill(`${baseURL}/api`);
  const chooser = page.waitForEvent('filechooser');
  await serviceDialog.getByRole('button', { name: 'Chọn tệp' }).click();
  await (await chooser).setFiles({ name: 'openapi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(OPENAPI)) });
  await expect(serviceDialog.getByText('openapi.json')).toBeVisible();
  await serviceDialog.getByRole('button', { name: 'Công bố dịch vụ' }).click();
  await expect(page.getByRole('cell', { name: code })).toBeVisible();
  await expect(page.getByText('timThuTuc').first()).toBeVisible();

  // The grant: one operation only.
  await page.getByRole('tab', { name: 'Quyền truy cập' }).click();
  const main = page.getByRole('main');
  await choose(page, main, 'Hệ thống thành viên', `Phần mềm một cửa huyện Cao Lộc (thử) (${identifier})`, { search: 'Cao Lộc' });
  await choose(page, main, 'Dịch vụ', code);
  // A multiple select: the chosen operation shows as a tag in the field.
  await expect(async () => {
    await main.getByLabel('Thao tác (để trống: cả dịch vụ)', { exact: true }).click();
    await page.getByTitle('timThuTuc', { exact: true }).filter({ visible: true }).first().click({ timeout: 3000 });
    await expect(main.locator('.ant-select-selection-item, .ant-select-content-item').filter({ hasText: 'timThuTuc' }).first()).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await main.getByRole('button', { name: 'Cấp quyền' }).click();
  await expect(page.getByRole('cell', { name: 'timThuTuc' })).toBeVisible();

  // The member system calls through the gateway.
  const member = await http.newContext({ baseURL });
  const token = await member.post('/lgsp/oauth/token', { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
  expect(token.status()).toBe(200);
  const { access_token } = (await token.json()) as { access_token: string };
  const found = await member.get(`/lgsp/${code}/procedures?q=cap%20ban%20sao`, { headers: { authorization: `Bearer ${access_token}` } });
  expect(found.status()).toBe(200);
  expect(found.headers()['x-lgsp-message-id']).toMatch(/^[0-9a-f-]{36}$/);
  const refused = await member.get(`/lgsp/${code}/procedures/1`, { headers: { authorization: `Bearer ${access_token}` } });
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('LGSP_OPERATION_NOT_GRANTED');
  await member.dispose();

  // Traffic and the log.
  await page.getByRole('tab', { name: 'Lưu lượng' }).click();
  await page.getByRole('button', { name: 'Làm mới' }).click();
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  await expect(row.getByRole('img', { name: `Lượt gọi dịch vụ ${code} theo thời gian` })).toBeVisible();
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
  await expect(page.getByText(/Nhật ký toàn vẹn/)).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath('lgsp-traffic.png'), fullPage: true });
});
