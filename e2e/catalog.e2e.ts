import { expect, test } from '@playwright/test';

test.describe('public procedure catalog', () => {
  test('a citizen finds "Cấp bản sao từ sổ gốc" typing without diacritics and opens it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Tìm thủ tục hành chính' }).fill('cap ban sao');
    const result = page.getByRole('link', { name: 'Cấp bản sao từ sổ gốc', exact: true });
    await expect(result).toBeVisible();
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('Cấp bản sao từ sổ gốc');
    await page.screenshot({ path: test.info().outputPath('search-results.png'), fullPage: true });

    await result.click();
    await expect(page.getByRole('heading', { name: 'Cấp bản sao từ sổ gốc' })).toBeVisible();
    const fact = (label: string) => page.locator('.kit-fact', { has: page.getByText(label, { exact: true }) });
    await expect(fact('Mã thủ tục')).toContainText('2.000815');
    await expect(fact('Cơ quan thực hiện')).toContainText('UBND phường Chi Lăng');
    await expect(fact('Cấp thực hiện')).toContainText('Cấp xã');
    await expect(fact('Phí, lệ phí')).toContainText('8.000 đ');
    await expect(fact('Thời hạn giải quyết')).toContainText('1 ngày làm việc');
    await expect(fact('Mức độ dịch vụ công trực tuyến')).toContainText('Một phần');
    for (const section of ['Đối tượng thực hiện', 'Cách thức thực hiện', 'Trình tự thực hiện', 'Thành phần hồ sơ', 'Yêu cầu, điều kiện thực hiện', 'Kết quả thực hiện', 'Căn cứ pháp lý']) {
      await expect(page.getByRole('heading', { name: section })).toBeVisible();
    }
    await expect(page.getByRole('region', { name: 'Thành phần hồ sơ' }).getByRole('listitem').filter({ hasText: 'Đơn đề nghị cấp bản sao từ sổ gốc' })).toBeVisible();
    const blank = await page.request.get(await page.getByRole('link', { name: 'Tải mẫu đơn, tờ khai (PDF)' }).getAttribute('href') ?? '');
    expect(blank.headers()['content-type']).toBe('application/pdf');
    await page.screenshot({ path: test.info().outputPath('procedure.png'), fullPage: true });
  });

  test('filters by level, agency and field, and switches the interface to English', async ({ page }) => {
    await page.goto('/?cap=province');
    await expect(page.getByRole('link', { name: /Cấp Phiếu lý lịch tư pháp/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Đăng ký khai sinh' })).toHaveCount(0);
    await page.goto('/');
    await page.getByLabel('Cơ quan thực hiện').selectOption({ label: 'UBND phường Chi Lăng' });
    await expect(page).toHaveURL(/co-quan=\d+/);
    await expect(page.getByRole('link', { name: 'Cấp bản sao từ sổ gốc', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /Cấp Phiếu lý lịch tư pháp/ })).toHaveCount(0);
    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Hộ tịch' });
    await expect(page.getByRole('link', { name: 'Cấp bản sao từ sổ gốc', exact: true })).toHaveCount(0);
    await page.goto('/?cap=province');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Procedures' })).toBeVisible();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeVisible();
  });
});
