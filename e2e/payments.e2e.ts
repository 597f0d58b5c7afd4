import { expect, test } from '@playwright/test';
import { checkPage, pdfFile, signIn, upload } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/**
 * A fully online (toàn trình) procedure with a fee, on a phone: the citizen claims a reduction, submits,
 * pays on the payment platform's page (the simulator, a process of its own), comes back to a confirmed
 * payment and downloads the signed receipt; the finance officer sees the payment and reconciles.
 */
test('the citizen pays the fee online and gets the receipt; the finance officer sees it', async ({ page, browser }) => {
  await signIn(page, 'citizen');
  await page.goto('/?q=ly%20lich%20tu%20phap');
  await page.getByRole('link', { name: /^Cấp Phiếu lý lịch tư pháp/ }).click();
  await expect(page.getByRole('heading', { name: 'Phí, lệ phí' })).toBeVisible();
  await expect(page.getByText('Phí cung cấp thông tin lý lịch tư pháp', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  const dossierPath = new URL(page.url()).pathname;

  // The amount follows the category claimed: a student pays half, as the server computes it.
  await expect(page.getByRole('row', { name: /Tổng phải nộp/ })).toContainText('200.000 đ');
  await page.getByLabel('Đối tượng miễn, giảm phí').selectOption({ label: 'Sinh viên (giảm 50%)' });
  await expect(page.getByRole('row', { name: /Tổng phải nộp/ })).toContainText('100.000 đ');
  await checkPage(page, dossierPath, 'payment-draft');
  await page.getByLabel('Địa chỉ').fill('Số 12 Lê Lợi, phường Vĩnh Trại');
  await upload(page, 'Tải lên: Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', await pdfFile('to-khai.pdf', 'To khai ly lich tu phap'));
  await expect(page.getByRole('link', { name: 'to-khai.pdf' })).toBeVisible();
  await upload(page, 'Tải lên: Giấy tờ chứng minh nơi cư trú', await pdfFile('cu-tru.pdf', 'Xac nhan cu tru'));
  await expect(page.getByRole('link', { name: 'cu-tru.pdf' })).toBeVisible();
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await expect(page.getByText('Hồ sơ chờ nộp phí, lệ phí 100.000 đ')).toBeVisible();
  await checkPage(page, dossierPath, 'payment-awaiting');

  // The platform's page (the simulator): phone-sized too.
  await page.getByRole('button', { name: 'Thanh toán trực tuyến 100.000 đ' }).click();
  await expect(page.getByRole('heading', { name: 'Thanh toán trực tuyến' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByLabel('Ngân hàng, ví điện tử').selectOption('BIDV');
  await page.getByRole('button', { name: 'Thanh toán 100.000 đồng' }).click();

  // Back on the portal: confirmed by the server (the platform's callback or its answer to our query).
  await expect(page).toHaveURL(/\/thanh-toan\/ket-qua\?MaThamChieu=TT\d{16}/);
  await expect(page.getByText('Thanh toán thành công 100.000 đ')).toBeVisible();
  await checkPage(page, new URL(page.url()).pathname + new URL(page.url()).search, 'payment-result');
  await page.getByRole('link', { name: 'Về trang hồ sơ' }).click();
  await expect(page.getByText('Đã nộp phí')).toBeVisible();
  await expect(page.getByRole('main').getByText('Mới đăng ký', { exact: true }).first()).toBeVisible();
  const receipt = page.getByRole('link', { name: 'Tải biên lai điện tử' });
  await expect(async () => {
    await page.reload();
    await expect(receipt).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  // The citizen is told by email too (read from the demo's SMTP sink, beside the server).
  const sink = `http://127.0.0.1:${Number(new URL(page.url()).port) + 1}/messages`;
  await expect.poll(async () => ((await (await fetch(sink)).json()) as { to: string[]; subject: string }[])
    .some((m) => m.to.includes('an.nguyen@example.vn') && m.subject.startsWith('Đã nhận phí, lệ phí hồ sơ')), { timeout: 15_000 }).toBe(true);
  const download = await page.request.get(await receipt.getAttribute('href') as string);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // The finance officer of the Department of Justice: the payment in the day's list, yesterday reconciled.
  const finance = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signIn(finance, 'ketoan.stp');
  await checkPage(finance, '/ke-toan', 'finance');
  await expect(finance.getByRole('cell', { name: '100.000 đ' }).first()).toBeVisible();
  await finance.getByRole('button', { name: 'Đối soát lại' }).click();
  await expect(finance.getByText(/^Nền tảng: \d+ giao dịch/)).toBeVisible();
});
