import { expect, test } from '@playwright/test';
import { checkPage, choose, signIn } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/**
 * The province admin adds a field to a procedure's e-form on a phone, sees it in the phone preview,
 * publishes a new version; a citizen's new dossier asks it, and the address comes from the unit list.
 */
test('the admin designs and publishes an e-form version; the citizen fills it in', async ({ page, browser }) => {
  await signIn(page, 'admin');
  await page.goto('/?q=dang%20ky%20ket%20hon');
  await page.getByRole('link', { name: 'Đăng ký kết hôn', exact: true }).click();
  await page.getByRole('link', { name: 'Thiết kế tờ khai' }).click();
  await expect(page.getByRole('heading', { name: 'Thiết kế tờ khai điện tử' })).toBeVisible();
  await checkPage(page, new URL(page.url()).pathname, 'form-designer');

  const addField = async (label: string, type: string, extra?: () => Promise<void>) => {
    await page.getByRole('button', { name: 'Thêm trường' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nhãn').fill(label);
    await choose(page, dialog, 'Kiểu', type);
    if (extra) await extra();
    await dialog.getByRole('button', { name: 'Thêm trường' }).click();
    await expect(dialog).toBeHidden();
  };
  await addField('Nơi thường trú của người nộp', 'Địa chỉ (tỉnh/huyện/xã)');
  await addField('Hình thức tổ chức lễ', 'Chọn một', async () => {
    await page.getByRole('dialog').getByLabel('Các lựa chọn (mỗi dòng một lựa chọn)').fill('Tại trụ sở UBND\nTại nhà');
  });
  // The preview shows the citizen's form: the address from the unit list.
  const preview = page.getByRole('region', { name: 'Xem trước trên điện thoại' });
  await expect(preview.getByLabel('Tỉnh, thành phố')).toBeVisible();
  await expect(preview.getByLabel('Hình thức tổ chức lễ')).toBeVisible();
  await page.getByRole('button', { name: 'Công bố phiên bản mới' }).click();
  await page.getByRole('button', { name: 'Công bố phiên bản mới' }).last().click();
  await expect(page.getByText('Đang áp dụng: phiên bản 2')).toBeVisible();

  const citizen = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signIn(citizen, 'citizen');
  await citizen.goto('/?q=dang%20ky%20ket%20hon');
  await citizen.getByRole('link', { name: 'Đăng ký kết hôn', exact: true }).click();
  await citizen.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await expect(citizen).toHaveURL(/\/ho-so\/\d+$/);
  await citizen.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Tỉnh Lạng Sơn' });
  await citizen.getByLabel('Quận, huyện').selectOption({ label: 'Thành phố Lạng Sơn' });
  await citizen.getByLabel('Phường, xã').selectOption({ label: 'Phường Chi Lăng' });
  await citizen.getByLabel('Hình thức tổ chức lễ').selectOption('Tại nhà');
  await checkPage(citizen, new URL(citizen.url()).pathname, 'eform-citizen');
});
