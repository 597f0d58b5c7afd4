import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { checkPage, signIn } from './helpers';

/**
 * Open data on a 390×844 phone: the province admin rebuilds the data sets, anyone finds them at
 * /du-lieu-mo with their licence, and the CSV downloads with a byte order mark and its header row.
 */
test.use({ viewport: { width: 390, height: 844 } });

test('the province admin rebuilds the open data, and anyone downloads the procedure catalog as CSV', async ({ page, browser }) => {
  await signIn(page, 'admin');
  await page.goto('/quan-tri/du-lieu-mo');
  await page.getByRole('button', { name: 'Tổng hợp lại tất cả' }).click();
  await expect(page.getByText('Đã tổng hợp lại.')).toBeVisible();
  await expect(page.getByText('Không có lỗi')).toHaveCount(3);

  // A visitor without an account.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const visitor = await context.newPage();
  await checkPage(visitor, '/du-lieu-mo', 'open-data');
  const catalog = visitor.getByRole('region', { name: 'Danh mục thủ tục hành chính' });
  await expect(catalog.getByRole('link', { name: /Creative Commons Attribution 4\.0/ })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/deed.vi');
  await expect(catalog.getByText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/).first()).toBeVisible();
  await expect(visitor.getByRole('region', { name: 'Thống kê giải quyết hồ sơ một cửa theo tháng và cơ quan' })).toBeVisible();
  await expect(visitor.getByRole('heading', { name: 'Dành cho nhà phát triển' })).toBeVisible();

  const [download] = await Promise.all([
    visitor.waitForEvent('download'),
    catalog.getByRole('link', { name: /^Tải Danh mục thủ tục hành chính dạng CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('danh-muc-thu-tuc-hanh-chinh.csv');
  const bytes = await fs.readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(header).toBe('ma_thu_tuc,ten_thu_tuc,ma_co_quan,co_quan_thuc_hien,linh_vuc,cap_thuc_hien,muc_do_truc_tuyen,thoi_han_giai_quyet_ngay,phi_le_phi');
  expect(rows.some((r) => r.includes('Cấp bản sao từ sổ gốc'))).toBe(true);
  await context.close();
});
