import { expect, test, type Page } from '@playwright/test';
import { choose, signIn } from './helpers';

async function signInAsAdmin(page: Page) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill('TinhSo@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/lam-viec$/);
}

test.describe('province IT admin', () => {
  test('creates a commune-level unit under a commune in the agency tree', async ({ page }) => {
    const suffix = String(Date.now()).slice(-3);
    const code = `H37.21.03.${suffix}`;
    const name = `Bộ phận một cửa xã Mai Pha ${suffix}`;
    await signInAsAdmin(page);
    await page.getByRole('button', { name: 'Quản lý cơ quan' }).click();
    const tree = page.getByRole('tree', { name: 'Quản lý cơ quan' });
    await tree.getByText('UBND xã Mai Pha · 000.03.21.H37').click();
    await expect(page.getByRole('textbox', { name: 'Tên cơ quan' })).toHaveValue('UBND xã Mai Pha');

    await page.getByRole('button', { name: 'Thêm cơ quan trực thuộc' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('UBND xã Mai Pha');
    await dialog.getByLabel('Mã định danh').fill('không-hợp-lệ');
    await dialog.getByLabel('Tên cơ quan').fill(name);
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await expect(page.getByText('Mã định danh cơ quan không đúng định dạng', { exact: false })).toBeVisible();

    await dialog.getByLabel('Mã định danh').fill(code);
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await expect(page.getByText(`Đã tạo cơ quan ${name}`)).toBeVisible();
    await expect(tree.getByText(`${name} · ${code}`)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Mã định danh' })).toHaveValue(code);
    await page.screenshot({ path: test.info().outputPath('agency-created.png'), fullPage: true });
  });

  test('creates an official bound to an agency', async ({ page }) => {
    const username = `chuyenvien.e2e${Date.now()}`;
    await signInAsAdmin(page);
    await page.goto('/quan-tri/nguoi-dung');
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Họ và tên').fill('Đàm Thị Hương');
    await dialog.getByLabel('Tên đăng nhập').fill(username);
    await dialog.getByLabel('Mật khẩu').fill('huong2026abc');
    await choose(page, dialog, 'Vai trò', 'Chuyên viên xử lý');
    await choose(page, dialog, 'Cơ quan', 'UBND huyện Hữu Lũng (000.00.26.H37)', { search: 'Hữu Lũng', tree: true });
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await expect(page.getByText('Đã tạo tài khoản Đàm Thị Hương')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Tìm theo tên' }).fill('Đàm Thị Hương');
    await page.getByRole('searchbox', { name: 'Tìm theo tên' }).press('Enter');
    await expect(page.getByRole('row', { name: /Đàm Thị Hương/ })).toContainText('Chuyên viên xử lý · UBND huyện Hữu Lũng');
    await page.screenshot({ path: test.info().outputPath('official-created.png'), fullPage: true });
  });
});

test('the province IT admin adds a procedure in the browser, and citizens find it on the portal', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/quan-tri/thu-tuc/moi');
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm thủ tục hành chính' })).toBeVisible();
  const main = page.getByRole('main');
  await main.getByLabel('Mã thủ tục').fill('1.009999');
  await main.getByLabel('Tên thủ tục').fill('Cấp giấy xác nhận tình trạng hôn nhân (thử nghiệm)');
  await choose(page, main, 'Lĩnh vực', 'Hộ tịch');
  await choose(page, main, 'Cơ quan thực hiện', 'UBND phường Chi Lăng (000.01.21.H37)', { tree: true, search: 'Chi Lăng' });
  await main.getByLabel('Tên giấy tờ 1').fill('Tờ khai cấp giấy xác nhận tình trạng hôn nhân');
  // A charge collected online with the dossier, fixed.
  await main.getByRole('button', { name: 'Thêm khoản thu' }).click();
  await main.getByLabel('Mã khoản 1').fill('LPXN');
  await main.getByRole('textbox', { name: 'Khoản thu' }).fill('Lệ phí cấp giấy xác nhận tình trạng hôn nhân');
  await main.getByLabel('Căn cứ thu').fill('Nghị quyết của HĐND tỉnh về lệ phí hộ tịch');
  await main.getByLabel('Số tiền (đồng)').fill('15000');
  await main.getByLabel('Căn cứ pháp lý').fill('Nghị định 123/2015/NĐ-CP');
  await main.getByLabel('Công khai trên Cổng').click();
  await main.getByRole('button', { name: 'Lưu thủ tục' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cấp giấy xác nhận tình trạng hôn nhân (thử nghiệm)' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('procedure-created.png'), fullPage: true });

  const visitor = await (await page.context().browser()!.newContext({ locale: 'vi-VN' })).newPage();
  await visitor.goto('/?q=xac%20nhan%20tinh%20trang%20hon%20nhan');
  await visitor.getByRole('link', { name: 'Cấp giấy xác nhận tình trạng hôn nhân (thử nghiệm)' }).click();
  await expect(visitor.getByRole('region', { name: 'Thành phần hồ sơ' })).toContainText('Tờ khai cấp giấy xác nhận tình trạng hôn nhân');
  await expect(visitor.getByRole('region', { name: 'Phí, lệ phí' })).toContainText('Lệ phí cấp giấy xác nhận tình trạng hôn nhân');
  await expect(visitor.getByRole('region', { name: 'Phí, lệ phí' })).toContainText('15.000 đ');
});
