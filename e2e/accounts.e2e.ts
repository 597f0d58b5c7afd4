import { expect, test } from '@playwright/test';

import { DEMO_PASSWORD, signIn } from './helpers';

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
    // The role list (the demo's open dossiers of the agency are listed below it).
    const role = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Cán bộ tiếp nhận (một cửa)' });
    await expect(role).toHaveCount(1);
    await expect(role.getByRole('heading', { name: 'Sở Tư pháp tỉnh Lạng Sơn' })).toBeVisible();
    await expect(role).toContainText('000.00.12.H37');
    await expect(role).toContainText('Cán bộ tiếp nhận (một cửa)');
    await page.screenshot({ path: test.info().outputPath('workspace.png') });
  });
});

test('a business that forgot its password gets a link by email and sets a new one', async ({ page }) => {
  // The demo platform's mail goes to the SMTP sink beside it (server port + 1).
  const sink = `http://127.0.0.1:${Number(new URL(test.info().project.use.baseURL!).port) + 1}`;
  await fetch(`${sink}/messages`, { method: 'DELETE' });
  await page.goto('/dang-nhap');
  await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
  await page.getByLabel('Tên đăng nhập hoặc thư điện tử').fill('lienhe@hoalong.example.vn');
  await page.getByRole('button', { name: 'Gửi đường dẫn đặt lại mật khẩu' }).click();
  await expect(page.getByText(/đường dẫn đặt lại mật khẩu đã được gửi/)).toBeVisible();
  let link: string | undefined;
  await expect(async () => {
    const messages = (await (await fetch(`${sink}/messages`)).json()) as { to: string[]; text: string }[];
    link = /https?:\/\/\S+\/dat-lai-mat-khau\?ma=[\w-]+/.exec(messages.find((m) => m.to.includes('lienhe@hoalong.example.vn'))?.text ?? '')?.[0];
    expect(link).toBeTruthy();
  }).toPass({ timeout: 15_000 });
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill('HoaLong2027');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('HoaLong2027');
  await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
  await expect(page.getByText('Đã đặt mật khẩu mới')).toBeVisible();
  await signIn(page, 'doanhnghiep', 'HoaLong2027');
  await expect(page.getByRole('banner')).toContainText('Trần Thị Bích');
});
