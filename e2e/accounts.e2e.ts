import { expect, test } from '@playwright/test';

import { DEMO_PASSWORD } from './helpers';

test.describe('accounts', () => {
  test('a citizen registers and is signed in', async ({ page }) => {
    const username = `congdan.${Date.now()}`;
    await page.goto('/dang-ky');
    await page.getByLabel('Họ và tên').fill('Hoàng Văn Dũng');
    await page.getByLabel('Số CCCD / Mã số thuế').fill('020090001111');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('matkhau2026');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await expect(page.getByRole('banner')).toContainText('Hoàng Văn Dũng');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('registered.png') });
  });

  test('a wrong password shows the server\'s Vietnamese message', async ({ page }) => {
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('citizen');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();
  });

  test('an official signs in and lands in a workspace showing their agency', async ({ page }) => {
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('tiepnhan.stp');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/lam-viec$/);
    await expect(page.getByRole('heading', { name: 'Xin chào, Hoàng Thị Lan' })).toBeVisible();
    const role = page.getByRole('main').getByRole('listitem');
    await expect(role).toHaveCount(1);
    await expect(role.getByRole('heading', { name: 'Sở Tư pháp tỉnh Lạng Sơn' })).toBeVisible();
    await expect(role).toContainText('000.00.12.H37');
    await expect(role).toContainText('Cán bộ tiếp nhận (một cửa)');
    await page.screenshot({ path: test.info().outputPath('workspace.png') });
  });
});
