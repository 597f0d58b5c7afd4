import { expect, test } from '@playwright/test';
import { checkPage, choose, signIn } from './helpers';

/**
 * Official mail on a 390×844 phone: the province admin opens "Thư công vụ", picks UBND phường Chi Lăng
 * (which uses the city's domain tpls.langson.gov.vn), creates a mailbox for one of its officials (a taken
 * address is refused under its field, then the naming rule names it), suspends, resumes and renames it.
 * The demo has no mail server: the page says so and the changes wait "Chờ đồng bộ".
 */
test.use({ viewport: { width: 390, height: 844 } });

test('an admin creates, suspends, resumes and renames an official\'s mailbox', async ({ page }) => {
  await signIn(page, 'admin');
  await checkPage(page, '/quan-tri/thu-cong-vu', 'mail-admin');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Thư điện tử công vụ' })).toBeVisible();
  await choose(page, main, 'Cơ quan', 'UBND phường Chi Lăng (000.01.21.H37)', { tree: true, search: 'Chi Lăng' });
  await expect(main.getByText('Đang dùng tên miền tpls.langson.gov.vn của UBND thành phố Lạng Sơn')).toBeVisible();
  await expect(main.getByText('Chưa kết nối máy chủ thư')).toBeVisible();

  await main.getByRole('button', { name: 'Tạo hộp thư' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo hộp thư' });
  await choose(page, dialog, 'Cán bộ', 'Lộc Thị Thu — thu.loc@tpls.langson.gov.vn', { search: 'Lộc' });
  // The city's văn thư address is taken: refused next to the field.
  await dialog.getByLabel('Tên hộp thư (phần trước @)').fill('vanthu');
  await dialog.getByRole('button', { name: 'Tạo hộp thư' }).click();
  await expect(dialog.getByText('Địa chỉ vanthu@tpls.langson.gov.vn đã được dùng')).toBeVisible();
  await dialog.getByLabel('Tên hộp thư (phần trước @)').fill('');
  await dialog.getByRole('button', { name: 'Tạo hộp thư' }).click();
  await expect(dialog).toBeHidden();

  const row = main.getByRole('row').filter({ hasText: 'thu.loc@tpls.langson.gov.vn' });
  await expect(row).toContainText('Đang dùng');
  await expect(row).toContainText('Chờ đồng bộ');
  await row.getByRole('button', { name: 'Tạm khóa: thu.loc@tpls.langson.gov.vn' }).click();
  await expect(row).toContainText('Tạm khóa');
  await row.getByRole('button', { name: 'Mở lại: thu.loc@tpls.langson.gov.vn' }).click();
  await expect(row).toContainText('Đang dùng');

  await row.getByRole('button', { name: 'Đổi tên: thu.loc@tpls.langson.gov.vn' }).click();
  const rename = page.getByRole('dialog');
  await rename.getByLabel('Tên hộp thư (phần trước @)').fill('locthithu');
  await rename.getByRole('button', { name: 'Lưu' }).click();
  await expect(rename).toBeHidden();
  const renamed = main.getByRole('row').filter({ hasText: 'locthithu@tpls.langson.gov.vn' });
  await expect(renamed).toContainText('Địa chỉ cũ: thu.loc@tpls.langson.gov.vn');
  await page.screenshot({ path: test.info().outputPath('mail-admin-done.png'), fullPage: true });
});
