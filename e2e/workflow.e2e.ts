import { expect, test } from '@playwright/test';
import { choose, signIn } from './helpers';

test('the province IT admin edits a procedure\'s workflow in the browser', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/?q=ly%20lich%20tu%20phap');
  await page.getByRole('link', { name: /Cấp Phiếu lý lịch tư pháp/ }).click();
  await page.getByRole('link', { name: 'Sửa quy trình' }).click();
  await expect(page.getByLabel('Tên bước 1')).toHaveValue('Thụ lý, thẩm định hồ sơ');

  await page.getByRole('button', { name: 'Thêm bước' }).click();
  await page.getByLabel('Tên bước 3').fill('Giám đốc Sở ký phiếu');
  await choose(page, page.getByRole('main'), 'Vai trò 3', 'Lãnh đạo');
  await page.getByLabel('Tỷ lệ thời gian (%) 3').fill('10');
  await expect(page.getByText('Tổng tỷ lệ: 110%')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu quy trình' }).click();
  await expect(page.getByText('Tổng tỷ lệ thời gian của các bước phải bằng 100%.')).toBeVisible();

  await page.getByLabel('Tỷ lệ thời gian (%) 1').fill('60');
  await expect(page.getByText('Tổng tỷ lệ: 100%')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu quy trình' }).click();
  await expect(page.getByText('Đã lưu quy trình')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('workflow-saved.png'), fullPage: true });

  await page.getByRole('link', { name: 'Quay lại danh sách' }).click();
  await expect(page.getByText('Giám đốc Sở ký phiếu')).toBeVisible();
});
