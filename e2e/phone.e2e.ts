import { expect, test } from '@playwright/test';
import { checkPage as check, signIn } from './helpers';

/**
 * Every main page on a 390×844 phone and on a 1366×768 desktop: no sideways scroll, one h1, a tab title
 * of its own, and no serious or critical axe-core violation. Screenshots under test-results/.
 */
const sizes = [{ name: 'phone', width: 390, height: 844 }, { name: 'desktop', width: 1366, height: 768 }];

for (const size of sizes) {
  test.describe(`on a ${size.name} (${size.width}×${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the public pages', async ({ page }) => {
      await check(page, '/', 'home');
      await check(page, '/?q=khai%20sinh', 'search');
      await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();
      await check(page, new URL(page.url()).pathname, 'procedure');
      await check(page, '/tra-cuu', 'lookup');
      await check(page, '/dang-nhap', 'login');
      await check(page, '/dang-ky', 'register');
      await check(page, '/quen-mat-khau', 'forgot-password');
      await check(page, '/dat-lai-mat-khau?ma=khong-hop-le', 'reset-password');
    });

    test('the citizen\'s pages', async ({ page }) => {
      await signIn(page, 'citizen');
      await check(page, '/ho-so-cua-toi', 'my-dossiers');
      await check(page, '/lich-hen', 'my-appointments');
      await check(page, '/tai-khoan/thong-bao', 'notification-settings');
      await page.goto('/?q=khai%20sinh');
      await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();
      await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
      await expect(page).toHaveURL(/\/ho-so\/\d+$/);
      await check(page, new URL(page.url()).pathname, 'apply');
      // Every action of the header is reachable: the account menu opens within the screen.
      await page.getByRole('banner').getByLabel('Nguyễn Văn An').click();
      const logout = page.getByRole('button', { name: 'Đăng xuất' });
      await expect(logout).toBeInViewport();
    });

    test('the officers\' and admins\' screens', async ({ page }) => {
      await signIn(page, 'tiepnhan.chilang');
      await check(page, '/lam-viec', 'workspace');
      await check(page, '/tiep-nhan-tai-quay', 'counter');
      await check(page, '/bao-cao', 'reports');
      await page.goto('/');
      await page.getByRole('banner').getByLabel(/Lộc Thị Thu/).click();
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await signIn(page, 'admin');
      for (const [path, name] of [['/quan-tri/thu-tuc/moi', 'procedure-editor'], ['/quan-tri/nguoi-dung', 'users'], ['/quan-tri/co-quan', 'agencies'], ['/quan-tri/lich', 'calendar'], ['/ke-toan', 'finance']]) {
        await check(page, path!, name!);
      }
    });
  });
}
