import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { act, choose, pdfFile, signIn, upload } from './helpers';

async function as(browser: Browser, username: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport })).newPage();
  await signIn(page, username);
  return page;
}

/**
 * Moves a dossier's due date into the past, in the e2e server's database (`tinhso_e2e` on DATABASE_URL's
 * server); false when the server runs on an embedded PostgreSQL this process cannot reach.
 */
async function makeOverdue(dossierId: number): Promise<boolean> {
  if (!process.env.DATABASE_URL) return false;
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = '/tinhso_e2e';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query("UPDATE dossiers SET due_at = now() - interval '1 hour' WHERE id = $1", [dossierId]);
  } finally {
    await client.end();
  }
  return true;
}

// The citizen applies on a phone, then on a desktop; the officers work at their desks.
const CITIZEN_SCREENS = [{ name: 'phone', width: 390, height: 844 }, { name: 'desktop', width: 1366, height: 768 }];

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
const status = (page: Page) => page.getByRole('main').locator('.ant-descriptions').first();
/** The applicant's page: its facts (label and value) at the top. */
const fact = (page: Page, label: string) => page.getByRole('main').locator('.kit-fact', { has: page.getByText(label, { exact: true }) }).first();

for (const screen of CITIZEN_SCREENS) test(`a dossier from online submission to rated result: the citizen (on a ${screen.name}) and the officers, in the browser`, async ({ browser }) => {
  test.setTimeout(180_000);
  const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${screen.name}-${name}.png`), fullPage: true });
  // The citizen applies online for "Cấp bản sao từ sổ gốc" at UBND phường Chi Lăng.
  const citizen = await as(browser, 'citizen', { width: screen.width, height: screen.height });
  await citizen.goto('/?q=cap%20ban%20sao');
  await citizen.getByRole('link', { name: 'Cấp bản sao từ sổ gốc', exact: true }).click();
  await citizen.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await expect(citizen).toHaveURL(/\/ho-so\/\d+$/);
  const dossierUrl = new URL(citizen.url()).pathname;
  // Nothing is saved by hand: the answers on the screen are what "Nộp hồ sơ" sends.
  await citizen.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(citizen.getByText('Vui lòng nhập tên giấy tờ cần cấp bản sao')).toBeVisible();
  await expect(citizen.getByText('Chưa đính kèm giấy tờ này')).toBeVisible();
  await citizen.getByLabel('Tên giấy tờ cần cấp bản sao').fill('Giấy khai sinh');
  await citizen.getByLabel('Số bản sao đề nghị cấp').fill('2');
  await upload(citizen, 'Tải lên: Đơn đề nghị cấp bản sao từ sổ gốc', await pdfFile('don-de-nghi.pdf', 'Don de nghi cap ban sao'));
  await expect(citizen.getByRole('link', { name: 'don-de-nghi.pdf' })).toBeVisible();
  await citizen.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(fact(citizen, 'Trạng thái')).toContainText('Mới đăng ký');
  await expect(fact(citizen, 'Ngày nộp')).toContainText(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  // A tracking code at once, which the public lookup accepts before reception gives the dossier its code.
  const tracking = (await fact(citizen, 'Mã tra cứu').locator('dd').innerText()).trim();
  expect(tracking).toMatch(/^TS-\d+-[0-9A-F]{4}$/);
  await shot(citizen, '1-citizen-submitted');
  // It is listed in "Hồ sơ của tôi", waiting for its code.
  if (screen.width < 768) {
    await citizen.getByRole('banner').getByLabel('Nguyễn Văn An').click();
    await citizen.getByRole('banner').getByRole('list').getByRole('link', { name: 'Hồ sơ của tôi' }).click();
  } else {
    await citizen.getByRole('banner').getByRole('link', { name: 'Hồ sơ của tôi' }).click();
  }
  const listed = citizen.getByRole('listitem').filter({ has: citizen.locator(`a[href="${dossierUrl}"]`) });
  await expect(listed).toContainText('Mới đăng ký');
  await expect(listed).toContainText('Chờ tiếp nhận');
  await citizen.goto(dossierUrl);

  // The reception officer finds it in the queue, receives it (code, due date, receipt) and asks for a supplement.
  const desk = await as(browser, 'tiepnhan.chilang');
  await expect(desk).toHaveURL(/\/lam-viec$/);
  // The day starts with the counts; "new" lists what waits for reception.
  const fresh = desk.getByRole('button', { name: /Mới nộp, chờ tiếp nhận/ });
  await expect(fresh).toContainText(/[1-9]/);
  await fresh.click();
  await expect(fresh).toHaveAttribute('aria-pressed', 'true');
  await desk.locator(`a[href="${dossierUrl}"]`).click();
  await act(desk, 'Tiếp nhận');
  await expect(status(desk)).toContainText('Được tiếp nhận');
  const code = (await desk.getByRole('row', { name: /Mã hồ sơ/ }).locator('td').first().innerText()).trim();
  expect(code).toMatch(/^000\.01\.21\.H37-\d{6}-\d{4}$/);
  // A day gone wrong: the dossier is past its due date. The desk's "overdue" count lists it, in red.
  if (await makeOverdue(Number(dossierUrl.split('/').pop()))) {
    await desk.goto('/lam-viec');
    const overdue = desk.getByRole('button', { name: /Quá hạn/ });
    await expect(overdue).toContainText(/[1-9]/);
    await overdue.click();
    await expect(desk.locator('tr.dossier-overdue').filter({ has: desk.locator(`a[href="${dossierUrl}"]`) })).toBeVisible();
    await shot(desk, '2a-reception-overdue');
    await desk.goto(dossierUrl);
  }
  await expect(desk.getByRole('listitem').filter({ hasText: 'Mẫu 01' })).toBeVisible();
  await act(desk, 'Yêu cầu bổ sung', async (dialog) => {
    await dialog.getByLabel('Lý do').fill('Cần bản sao giấy khai sinh để đối chiếu sổ gốc');
    await dialog.getByLabel('Giấy tờ cần bổ sung (mỗi dòng một giấy tờ)').fill('Bản sao giấy khai sinh');
  });
  await expect(status(desk)).toContainText('Yêu cầu bổ sung');
  await shot(desk, '2-reception-supplement-requested');

  // The citizen answers the supplement request; the clock resumes.
  await citizen.reload();
  await expect(citizen.getByText('Cần bản sao giấy khai sinh để đối chiếu sổ gốc').first()).toBeVisible();
  await upload(citizen, 'Tải lên: Bản sao giấy khai sinh', await pdfFile('khai-sinh.pdf', 'Giay khai sinh'));
  await expect(citizen.getByRole('link', { name: 'khai-sinh.pdf' })).toBeVisible();
  await citizen.getByRole('button', { name: 'Nộp bổ sung' }).click();
  await expect(fact(citizen, 'Trạng thái')).toContainText('Được tiếp nhận');

  // Reception sends it to processing; the specialist attaches the result; the leader approves it.
  await desk.reload();
  await act(desk, 'Chuyển xử lý');
  const specialist = await as(browser, 'chuyenvien.chilang');
  await expect(specialist.locator(`a[href="${dossierUrl}"]`)).toBeVisible();
  await specialist.locator(`a[href="${dossierUrl}"]`).click();
  await specialist.getByLabel('Tên kết quả').fill('Bản sao giấy khai sinh từ sổ gốc');
  await specialist.getByLabel('Đính kèm kết quả: Bản sao giấy khai sinh từ sổ gốc').setInputFiles(await pdfFile('ket-qua.pdf', 'Ban sao tu so goc'));
  await expect(specialist.getByText('Đã tải lên ket-qua.pdf')).toBeVisible();
  await act(specialist, 'Chuyển bước tiếp', async (dialog) => dialog.getByLabel('Ghi chú').fill('Đã đối chiếu sổ gốc, đủ điều kiện'));
  // The leader sends it back once, with a reason the specialist reads in the history.
  const leader = await as(browser, 'lanhdao.chilang');
  await leader.locator(`a[href="${dossierUrl}"]`).click();
  await act(leader, 'Trả lại bước trước', async (dialog) => dialog.getByLabel('Lý do').fill('Ghi rõ số sổ gốc trong kết quả'));
  await specialist.reload();
  await expect(specialist.getByText('Ghi rõ số sổ gốc trong kết quả')).toBeVisible();
  await act(specialist, 'Chuyển bước tiếp');
  await shot(specialist, '3-specialist-forwarded');
  await leader.goto('/lam-viec');
  await leader.locator(`a[href="${dossierUrl}"]`).click();
  await expect(leader.getByRole('main')).toContainText('Phê duyệt kết quả');
  await act(leader, 'Phê duyệt kết quả');
  await expect(status(leader)).toContainText('Đã xử lý xong');
  await expect(leader.getByRole('listitem').filter({ hasText: 'Bản sao giấy khai sinh từ sổ gốc (đã ký số)' })).toBeVisible();
  await shot(leader, '4-leader-approved');

  // Reception returns the result.
  await desk.reload();
  await act(desk, 'Trả kết quả');
  await expect(status(desk)).toContainText('Đã trả kết quả');
  await shot(desk, '5-reception-returned');
  // Returned, it has left the desk's work; "every dossier of my agencies" still finds it by its code.
  await desk.goto('/lam-viec');
  await desk.getByText('Mọi hồ sơ của cơ quan').click();
  await desk.getByRole('searchbox', { name: 'Tìm theo mã hồ sơ hoặc tên người nộp' }).fill(code);
  await desk.getByRole('searchbox', { name: 'Tìm theo mã hồ sơ hoặc tên người nộp' }).press('Enter');
  await expect(desk.getByRole('row').filter({ has: desk.locator(`a[href="${dossierUrl}"]`) })).toContainText('Đã trả kết quả');

  // The citizen sees the due date and the history, downloads the signed result and rates the service.
  await citizen.reload();
  await expect(fact(citizen, 'Hẹn trả kết quả')).toContainText(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  await expect(citizen.getByRole('region', { name: 'Lịch sử xử lý' }).getByText('Yêu cầu bổ sung')).toBeVisible();
  // One download only: the result as the agency signed it.
  await expect(citizen.getByRole('link', { name: /Tải kết quả/ })).toHaveCount(1);
  const download = citizen.waitForEvent('download');
  await citizen.getByRole('link', { name: 'Tải kết quả (bản điện tử có chữ ký số)' }).click();
  expect((await download).suggestedFilename()).toBe('ket-qua-da-ky.pdf');
  await citizen.getByLabel('Rất hài lòng').check();
  await citizen.getByRole('button', { name: 'Đánh giá mức độ hài lòng' }).click();
  await expect(citizen.getByText('Cảm ơn bạn đã đánh giá')).toBeVisible();
  await shot(citizen, '6-citizen-rated');

  // Anyone can look it up by code.
  const visitor = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  await visitor.goto('/tra-cuu');
  await visitor.getByRole('textbox', { name: 'Mã hồ sơ hoặc mã tra cứu' }).fill(code.toLowerCase());
  await visitor.getByRole('search').getByRole('button', { name: 'Tra cứu' }).click();
  await expect(visitor.getByRole('main')).toContainText('Đã trả kết quả');
  await visitor.goto(`/tra-cuu?ma=${tracking.toLowerCase()}`);
  await expect(visitor.getByRole('main')).toContainText(code);
  // The receipt's QR code opens the lookup with the code: the status shows at once.
  await visitor.goto(`/tra-cuu?ma=${encodeURIComponent(code)}`);
  await expect(visitor.getByRole('heading', { name: code })).toBeVisible();
  await expect(visitor.getByRole('main')).toContainText('UBND phường Chi Lăng');
  await expect(visitor.getByRole('main')).not.toContainText('Nguyễn Văn An');
  await shot(visitor, '7-public-lookup');
});

test('a reception officer receives a walk-in applicant at the counter', async ({ browser }) => {
  const desk = await as(browser, 'tiepnhan.chilang');
  await desk.getByRole('button', { name: 'Tiếp nhận tại quầy' }).click();
  // The counter's search ignores diacritics, as the portal's does.
  await choose(desk, desk.getByRole('main'), 'Thủ tục', 'Đăng ký khai sinh (1.001193)', { search: 'dang ky khai sinh' });
  await desk.getByLabel('Họ và tên').fill('Lý Thị Mai');
  await desk.getByLabel('Họ, chữ đệm, tên của trẻ').fill('Hoàng Minh Khôi');
  await desk.getByLabel('Ngày, tháng, năm sinh').fill('20/11/2026');
  await desk.getByLabel('Ngày, tháng, năm sinh').press('Enter');
  await desk.getByLabel('Nơi sinh').fill('Bệnh viện Đa khoa tỉnh Lạng Sơn');
  // Nothing is received until the desk has ticked the required papers.
  await desk.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }).click();
  await expect(desk.getByText(/Chưa nhận đủ giấy tờ bắt buộc/)).toBeVisible();
  for (const box of await desk.getByRole('checkbox').all()) await box.check();
  await desk.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }).click();
  await expect(desk.getByText(/Đã tiếp nhận hồ sơ 000\.01\.21\.H37-/).first()).toBeVisible();
  await expect(status(desk)).toContainText('Được tiếp nhận');
  const print = desk.getByRole('link', { name: 'In giấy tiếp nhận và hẹn trả kết quả (mẫu 01)' });
  await expect(print).toHaveAttribute('href', /\/api\/dossiers\/\d+\/files\/\d+$/);
  const receipt = await desk.request.get(await print.getAttribute('href') ?? '');
  expect(receipt.headers()['content-type']).toContain('application/pdf');
  await shot(desk, 'counter-received');
});
