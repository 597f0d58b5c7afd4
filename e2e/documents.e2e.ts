import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { checkPage, choose, pdfFile, signIn, upload } from './helpers';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

/** Each official in a browser of their own, on a phone. */
async function official(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(page, username);
  return page;
}

/** A day from now as the date pickers take it: dd/MM/yyyy in Vietnam. */
const inDays = (days: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })
  .format(new Date(Date.now() + days * 86_400_000));

/** Clicks an action on the document page, fills its dialog and confirms it with the dialog's own button. */
async function act(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>, confirm = action) {
  await page.getByRole('main').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
}

const status = (page: Page, text: string) => expect(page.getByRole('main').getByText(text, { exact: true }).first()).toBeVisible({ timeout: 30_000 });

/**
 * Quản lý văn bản và điều hành, across two agencies: the clerk of Sở Tư pháp registers a paper document
 * and its scan, the director writes a direction and assigns a specialist, who drafts the reply and
 * submits it for signature and reports the work done; the director signs it digitally, the clerk numbers
 * and issues it, and it arrives at once at UBND thành phố Lạng Sơn, whose clerk registers it.
 */
test('an incoming document is directed and answered; the reply is signed, issued and registered by the recipient', async ({ browser }) => {
  // Six people and a dozen steps, two of them signing PDFs.
  test.setTimeout(300_000);
  // A retry finds the first attempt's documents: this run's are told apart by a tag.
  const tag = Date.now().toString(36).slice(-5).toUpperCase();
  const summary = `Về việc rà soát thủ tục hành chính năm 2026 (${tag})`;

  // (1) The clerk registers the paper document and attaches its scan.
  const clerk = await official(browser, 'vanthu.stp');
  await checkPage(clerk, '/van-ban', 'documents-list');
  await clerk.getByRole('button', { name: 'Vào sổ văn bản đến' }).click();
  const register = clerk.getByRole('dialog');
  await choose(clerk, register, 'Loại văn bản', 'Công văn');
  await register.getByLabel('Số, ký hiệu', { exact: true }).fill('245/UBND-KT');
  await register.getByLabel('Cơ quan ban hành', { exact: true }).fill('UBND tỉnh Lạng Sơn');
  await register.getByLabel('Trích yếu', { exact: true }).fill(summary);
  await choose(clerk, register, 'Lãnh đạo xử lý', 'Lương Văn Minh');
  await register.getByRole('button', { name: 'Vào sổ', exact: true }).click();
  await expect(clerk).toHaveURL(/\/van-ban\/\d+$/);
  const incomingPath = new URL(clerk.url()).pathname;
  await expect(clerk.getByRole('heading', { level: 1, name: 'Công văn số 245/UBND-KT' })).toBeVisible();
  await status(clerk, 'Đã vào sổ, chờ bút phê');
  await upload(clerk, 'Đính kèm bản quét', await pdfFile('245-UBND-KT.pdf', 'Cong van 245/UBND-KT'));
  await expect(clerk.getByRole('link', { name: '245-UBND-KT.pdf' })).toBeVisible();
  await expect(clerk.getByRole('link', { name: 'Xem văn bản (PDF)' })).toBeVisible();
  await checkPage(clerk, incomingPath, 'document-incoming');
  await checkPage(clerk, '/van-ban?tab=thong-ke', 'documents-statistics');
  await expect(clerk.getByText('Tỉ lệ gửi, nhận điện tử')).toBeVisible();

  // (2) The director writes the direction and gives the lead to the specialist, with a deadline.
  const director = await official(browser, 'lanhdao.stp');
  await director.goto('/van-ban');
  await director.getByRole('link', { name: summary }).click();
  await expect(director).toHaveURL(new RegExp(`${incomingPath}$`));
  await act(director, 'Bút phê và giao việc', async (dialog) => {
    await dialog.getByLabel('Ý kiến bút phê', { exact: true }).fill('Giao đồng chí Hùng chủ trì rà soát, dự thảo văn bản trả lời.');
    await expect(dialog.getByLabel('Đơn vị 1', { exact: true }).locator('xpath=..')).toHaveAttribute('title', 'Sở Tư pháp tỉnh Lạng Sơn');
    await choose(director, dialog, 'Cán bộ 1', 'Nông Văn Hùng');
    const deadline = dialog.getByLabel('Hạn xử lý 1', { exact: true });
    await deadline.fill(inDays(7));
    await deadline.press('Enter');
    await expect(deadline).toHaveValue(inDays(7));
  });
  await status(director, 'Đang xử lý');
  await expect(director.getByRole('row', { name: /Nông Văn Hùng/ })).toContainText('Chủ trì');
  await expect(director.getByRole('main').getByText('Giao đồng chí Hùng chủ trì rà soát, dự thảo văn bản trả lời.').first()).toBeVisible();

  // (3) The specialist finds the work assigned to them and drafts the reply.
  const specialist = await official(browser, 'chuyenvien.stp');
  await specialist.goto('/van-ban');
  await specialist.getByRole('tab', { name: 'Việc được giao cho tôi' }).click();
  await specialist.getByRole('link', { name: summary }).click();
  await specialist.getByRole('button', { name: 'Soạn văn bản trả lời' }).click();
  await expect(specialist).toHaveURL(/\/van-ban\/moi\?traLoi=\d+$/);
  await checkPage(specialist, new URL(specialist.url()).pathname + new URL(specialist.url()).search, 'document-compose');
  await expect(specialist.getByLabel('Trích yếu', { exact: true })).toHaveValue(/^V\/v trả lời Công văn số 245\/UBND-KT ngày \d\d\/\d\d\/\d{4} của UBND tỉnh Lạng Sơn$/);
  await choose(specialist, specialist.getByRole('main'), 'Loại văn bản', 'Công văn');
  await specialist.getByLabel('Nội dung', { exact: true }).fill('Sở Tư pháp đã rà soát các thủ tục hành chính được giao.\nKết quả rà soát gửi kèm theo.');
  const recipients = specialist.getByLabel('Nơi nhận', { exact: true });
  await expect(async () => {
    await recipients.click();
    await recipients.fill('thanh pho lang son');
    await specialist.getByTitle('UBND thành phố Lạng Sơn', { exact: true }).filter({ visible: true }).first().click({ timeout: 3000 });
    await expect(specialist.getByRole('main').getByTitle('UBND thành phố Lạng Sơn', { exact: true })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await specialist.keyboard.press('Escape');
  await choose(specialist, specialist.getByRole('main'), 'Người ký', 'Lương Văn Minh');
  await expect(specialist.getByLabel('Chức vụ người ký', { exact: true })).toHaveValue('Giám đốc');
  await specialist.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(specialist).toHaveURL(/\/van-ban\/\d+$/);
  const replyPath = new URL(specialist.url()).pathname;
  await expect(specialist.getByRole('heading', { level: 1, name: 'Công văn (dự thảo)' })).toBeVisible();
  await expect(specialist.getByRole('link', { name: /Xem văn bản \(PDF/ })).toBeVisible();
  await checkPage(specialist, replyPath, 'document-draft');
  await act(specialist, 'Trình', undefined, 'Trình ký');
  await status(specialist, 'Chờ ký');
  // Back on the incoming document: the assignment is reported done, and with the lead done so is the document.
  await specialist.getByRole('link', { name: 'Văn bản được trả lời' }).click();
  await expect(specialist).toHaveURL(new RegExp(`${incomingPath}$`));
  await act(specialist, 'Báo cáo hoàn thành', async (dialog) => {
    await dialog.getByLabel('Báo cáo kết quả', { exact: true }).fill('Đã dự thảo công văn trả lời, trình Giám đốc ký.');
  });
  await status(specialist, 'Hoàn thành');

  // (4) The director signs the reply with their personal certificate.
  await director.goto(replyPath);
  await act(director, 'Ký số');
  await status(director, 'Đã ký, chờ ban hành');

  // (5) The clerk numbers and issues it: the next number of the year's outgoing register.
  await clerk.goto(replyPath);
  await act(clerk, 'Cấp số và ban hành');
  const issued = clerk.getByText(/Đã cấp số \d+\/STP\S* và ban hành văn bản/).first();
  await expect(issued).toBeVisible({ timeout: 30_000 });
  const numberSymbol = /(\d+\/STP\S*) và ban hành/.exec(await issued.innerText())![1]!;
  await status(clerk, 'Đã ban hành');
  await expect(clerk.getByRole('heading', { level: 1, name: `Công văn số ${numberSymbol}` })).toBeVisible();
  await expect(clerk.getByRole('link', { name: 'Tải gói tin edXML' })).toBeVisible();
  const pdf = await clerk.request.get(await clerk.getByRole('link', { name: 'Xem văn bản (PDF)' }).getAttribute('href') as string);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // (6) It arrives at once at UBND thành phố Lạng Sơn, whose clerk registers it.
  const cityClerk = await official(browser, 'vanthu.tpls');
  await cityClerk.goto('/van-ban');
  const row = cityClerk.getByRole('row').filter({ hasText: numberSymbol });
  await expect(row).toContainText('Chờ vào sổ');
  await expect(row).toContainText('Sở Tư pháp tỉnh Lạng Sơn');
  await row.getByRole('link').first().click();
  await act(cityClerk, 'Vào sổ', async (dialog) => {
    await choose(cityClerk, dialog, 'Lãnh đạo xử lý', 'Trần Đức Long');
  });
  await status(cityClerk, 'Đã vào sổ, chờ bút phê');

  // The sender sees the recipient's register entry.
  await clerk.reload();
  await expect(clerk.getByRole('main').getByText('UBND thành phố Lạng Sơn', { exact: false }).first()).toBeVisible();
  await expect(clerk.getByRole('main').getByText('Đã vào sổ', { exact: true })).toBeVisible({ timeout: 15_000 });
});
