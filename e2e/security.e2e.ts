import { expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { checkPage, DEMO_PASSWORD, signIn, watchCsp } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

const codeAt = (secret: string, offsetSteps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });

/**
 * A citizen new to the portal signs in with the national e-ID (its simulator, an OpenID provider of its
 * own) and finds the account marked verified.
 */
test('a citizen signs in with the e-ID and sees the verified badge', async ({ page }) => {
  await page.goto('/dang-nhap');
  await page.getByRole('link', { name: 'Đăng nhập bằng định danh điện tử (VNeID)' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập bằng tài khoản định danh điện tử' })).toBeVisible();
  await page.getByLabel('Số định danh cá nhân').fill('020088007777');
  await page.getByLabel('Mật khẩu').fill('VNeID@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/ho-so-cua-toi$/);
  await checkPage(page, '/tai-khoan/bao-mat', 'eid-security');
  await expect(page.getByText('Đã xác thực định danh điện tử')).toBeVisible();
  await expect(page.getByText('Phiên này')).toBeVisible();
});

/** An official enrols an authenticator app, then signs in with the password and a code. */
test('an official turns on two-step verification and signs in with a code', async ({ page }) => {
  // A retry takes another official: the first attempt may have left two-step verification on.
  const [username, fullName] = test.info().retry === 0 ? ['chuyenvien.skhdt', 'Lý Văn Toàn'] : ['tiepnhan.skhdt', 'Vi Thị Hạnh'];
  await signIn(page, username);
  await checkPage(page, '/tai-khoan/bao-mat', 'totp-before');
  await page.getByRole('button', { name: 'Cài đặt xác thực hai lớp' }).click();
  await expect(page.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' })).toBeVisible();
  const secret = (await page.locator('main code').first().textContent())!.trim();
  await page.getByLabel('Mã xác thực').fill(await codeAt(secret));
  await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
  await expect(page.getByRole('list', { name: 'Mã khôi phục' }).getByRole('listitem')).toHaveCount(10);
  await expect(page.getByText('Đang bật')).toBeVisible();

  await page.getByLabel(fullName, { exact: true }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Xác thực hai lớp' })).toBeVisible();
  await page.getByLabel('Mã xác thực').fill('000000');
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Mã xác thực không đúng')).toBeVisible();
  await page.getByLabel('Mã xác thực').fill(await codeAt(secret, 1));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page).toHaveURL(/\/lam-viec$/);
});

/** The province admin registers a relying party (its secret shown once) and requires two-step verification for a role. */
test('the province admin registers a single sign-on client and sets which roles need two-step verification', async ({ page }) => {
  await signIn(page, 'admin');
  await checkPage(page, '/quan-tri/dang-nhap-mot-lan', 'sso-admin');
  await expect(page.getByRole('cell', { name: 'demo-rp', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng ký ứng dụng' }).first().click();
  const dialog = page.getByRole('dialog');
  const clientId = `van-ban-${test.info().retry}-${Date.now() % 100_000}`;
  await dialog.getByLabel('Mã ứng dụng (client_id)').fill(clientId);
  await dialog.getByLabel('Tên ứng dụng').fill('Phần mềm văn bản huyện Cao Lộc');
  await dialog.getByLabel('Địa chỉ chuyển hướng').fill('https://vanban.caoloc.example/callback');
  await dialog.getByRole('button', { name: 'Đăng ký ứng dụng' }).click();
  await expect(page.getByText(`Mật khẩu của ứng dụng ${clientId}`)).toBeVisible();
  await expect(page.getByRole('cell', { name: clientId, exact: true })).toBeVisible();

  const clerks = page.getByRole('switch', { name: 'Bắt buộc xác thực hai lớp: Văn thư' });
  await clerks.click();
  await expect(clerks).toBeChecked();
  // Set back: the other journeys sign clerks in with their password alone.
  await clerks.click();
  await expect(clerks).not.toBeChecked();
});

/** The portal's Content-Security-Policy refuses an inline script, and the guard every journey runs (checkPage) hears it. */
test('the Content-Security-Policy refuses an injected inline script, and the journeys\' guard reports it', async ({ page }) => {
  const seen = await watchCsp(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  expect(seen).toEqual([]);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  await expect.poll(() => seen.length).toBeGreaterThan(0);
  expect(seen[0]).toMatch(/script-src/);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});
