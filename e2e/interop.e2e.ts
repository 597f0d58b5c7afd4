import { expect, test } from '@playwright/test';
import { checkPage, signIn } from './helpers';

/**
 * Base registries at the counter, on a 390×844 phone: the reception officer types the applicant's ID
 * number and fills the name, date of birth and address from the national population database (its
 * simulator, reached through the integration platform's gateway); a number it does not know is answered
 * next to the field. The province admin sees the lookup in the log and the national portal sync page.
 */
test.use({ viewport: { width: 390, height: 844 } });

test('a reception officer pre-fills a walk-in applicant from the national population database', async ({ page }) => {
  await signIn(page, 'tiepnhan.chilang');
  await checkPage(page, '/tiep-nhan-tai-quay', 'interop-counter');
  const main = page.getByRole('main');
  const idNumber = main.getByLabel('Số CCCD / Mã số thuế');
  const lookUp = main.getByRole('button', { name: 'Tra cứu CSDL quốc gia về dân cư' });

  // An unknown number: the registry's answer next to the field, nothing filled.
  await idNumber.fill('020000000000');
  await lookUp.click();
  await expect(main.getByRole('alert').filter({ hasText: 'Không tìm thấy công dân có số định danh này' })).toBeVisible();
  await expect(main.getByLabel('Họ và tên')).toHaveValue('');

  // A malformed one is stopped before any lookup.
  await idNumber.fill('12345');
  await lookUp.click();
  await expect(main.getByRole('alert').filter({ hasText: 'Nhập số định danh cá nhân gồm 12 chữ số' })).toBeVisible();

  await idNumber.fill('020095001234');
  await lookUp.click();
  await expect(main.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await expect(main.getByLabel('Ngày sinh')).toHaveValue('12/03/1995');
  await expect(main.getByLabel('Địa chỉ')).toHaveValue(/phường Chi Lăng, thành phố Lạng Sơn/);
  await expect(main.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('interop-counter-filled.png'), fullPage: true });
});

// The catalog sync is not run here: what it adds would change the demo catalog for the journeys after this one.
test('the province admin sees the national portal sync: changes acknowledged, pulled dossiers', async ({ page }) => {
  await signIn(page, 'admin');
  await checkPage(page, '/quan-tri/dong-bo', 'interop-sync');
  await expect(page.getByRole('heading', { name: 'Đồng bộ với Cổng Dịch vụ công quốc gia' })).toBeVisible();
  await expect(page.getByText('Đã được Cổng xác nhận', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đồng bộ danh mục ngay' })).toBeEnabled();
  await expect(page.getByText('Chưa đồng bộ danh mục lần nào.')).toBeVisible();
});
