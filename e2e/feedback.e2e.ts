import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { demoAreas } from '../server/src/demo/feedback';
import { demoAgencies } from '../server/src/demo/province';
import { checkPage, choose, signIn } from './helpers';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

/** Each person in a browser of their own, on a touch phone. */
async function person(browser: Browser, username?: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })).newPage();
  if (username) await signIn(page, username);
  return page;
}

/** A photo as a phone takes it: a JPEG of a few hundred pixels. */
async function photo(name: string) {
  const buffer = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 140, b: 60 } } }).jpeg().toBuffer();
  return { name, mimeType: 'image/jpeg', buffer };
}

// The demo routes "Môi trường" to the commune of the point: the map opens on TP Lạng Sơn, its centre in phường Chi Lăng.
const CATEGORY = 'Môi trường';
const AGENCY = 'UBND phường Chi Lăng';
const SPECIALIST = 'chuyenvien.chilang';
const LEADER = 'lanhdao.chilang';

/**
 * Phản ánh kiến nghị on a phone: a citizen reports rubbish dumped in the street with a photo and a point tapped on
 * the map, hiding their name from the public; the report reaches the commune of that point, whose
 * specialist accepts it and drafts the answer, and whose leader approves it; the public page then shows
 * the answer and the photo, and neither the reporter's name nor their contact.
 */
test('a citizen reports with a photo and a map point; the specialist answers, the leader approves, the public sees the answer without the name', async ({ browser }) => {
  test.setTimeout(240_000);
  // A retry finds the first attempt's reports: this run's are told apart by a tag.
  const tag = Date.now().toString(36).slice(-5).toUpperCase();
  const title = `Rác thải đổ trộm trước số 12 phố Bà Triệu (${tag})`;
  const answer = `Phường đã cho thu gom rác và nhắc nhở các hộ xung quanh. Cảm ơn bạn đã phản ánh (${tag}).`;

  // (1) The public page: a map and the same reports as a list.
  const citizen = await person(browser, 'citizen');
  await checkPage(citizen, '/phan-anh', 'feedback-public');
  await expect(citizen.getByRole('region', { name: 'Bản đồ các phản ánh công khai' })).toBeVisible();

  // (2) Sending: category, text, a tap on the map, a photo, the name hidden.
  await checkPage(citizen, '/phan-anh/gui', 'feedback-send');
  // Sent empty, every required field says what it needs, next to it.
  await citizen.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(citizen.getByText('Hãy chọn vị trí trên bản đồ hoặc nhập địa chỉ.')).toBeVisible();
  await expect(citizen.getByLabel('Lĩnh vực')).toHaveAttribute('aria-invalid', 'true');
  await citizen.getByLabel('Lĩnh vực').selectOption({ label: CATEGORY });
  await citizen.getByLabel('Tiêu đề').fill(title);
  await citizen.getByLabel('Nội dung phản ánh').fill('Trước nhà số 12 phố Bà Triệu có người đổ rác trộm vào ban đêm đã ba ngày, bốc mùi, ảnh hưởng người đi đường.');
  const map = citizen.getByRole('region', { name: 'Bản đồ chọn vị trí phản ánh' });
  await map.scrollIntoViewIfNeeded();
  // Leaflet draws its tiles (the platform's blank tile: the test never reaches the internet) before the tap counts.
  await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible();
  await map.tap();
  await expect(citizen.getByText(/Đã chọn vị trí: vĩ độ 21,8/)).toBeVisible();
  const chooser = citizen.waitForEvent('filechooser');
  await citizen.getByRole('button', { name: /Thêm ảnh/ }).click();
  await (await chooser).setFiles(await photo('rac-thai.jpg'));
  await expect(citizen.getByRole('img', { name: 'Ảnh 1: rac-thai.jpg' })).toBeVisible();
  await citizen.getByLabel('Ẩn tên tôi khi công khai phản ánh').check();
  await citizen.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(citizen.getByRole('heading', { level: 1, name: 'Đã gửi phản ánh' })).toBeVisible({ timeout: 30_000 });
  await expect(citizen.getByText(`Cơ quan xử lý: ${AGENCY}.`, { exact: false })).toBeVisible();
  const code = (await citizen.locator('.fb-code').textContent())!.trim();
  expect(code).toMatch(/^PA-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await citizen.getByRole('link', { name: 'Theo dõi phản ánh' }).click();
  await expect(citizen.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await checkPage(citizen, `/phan-anh/${code}`, 'feedback-report-sent');
  await checkPage(citizen, '/phan-anh-cua-toi', 'feedback-mine');
  await expect(citizen.getByRole('link', { name: title })).toBeVisible();

  // (3) The commune's specialist finds it in the work list, accepts it and drafts the answer.
  const specialist = await person(browser, SPECIALIST);
  await checkPage(specialist, '/phan-anh/xu-ly', 'feedback-work');
  await specialist.getByLabel('Tìm phản ánh').fill(tag);
  await specialist.getByLabel('Tìm phản ánh').press('Enter');
  await specialist.getByRole('link', { name: title }).click();
  await expect(specialist).toHaveURL(/\/phan-anh\/xu-ly\/\d+$/);
  const casePath = new URL(specialist.url()).pathname;
  // Staff see who sent it, even though the public does not.
  await expect(specialist.getByText('Nguyễn Văn An', { exact: false }).first()).toBeVisible();
  await checkPage(specialist, casePath, 'feedback-case');
  await act(specialist, 'Tiếp nhận');
  await act(specialist, 'Soạn trả lời', async (dialog) => {
    await dialog.getByLabel('Nội dung trả lời').fill(answer);
  });
  await expect(specialist.getByText('Chờ lãnh đạo duyệt').first()).toBeVisible();

  // (4) The public does not see the draft.
  const visitor = await person(browser);
  await visitor.goto(`/phan-anh/${code}`);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText(answer)).toHaveCount(0);

  // (5) The leader approves.
  const leader = await person(browser, LEADER);
  await leader.goto(casePath);
  await expect(leader.getByText(answer)).toBeVisible();
  await leader.getByRole('main').getByRole('button', { name: 'Duyệt trả lời', exact: true }).click();
  const confirm = leader.getByRole('dialog');
  await confirm.getByRole('button', { name: 'Duyệt trả lời', exact: true }).click();
  await expect(leader.getByText('Đã thực hiện: Duyệt trả lời')).toBeVisible();
  await expect(leader.getByText('Đã duyệt, đã công khai')).toBeVisible();

  // (6) The public page shows the answer and the photo; the reporter is "Ẩn danh", their name and contact nowhere.
  await checkPage(visitor, `/phan-anh/${code}`, 'feedback-report-answered');
  await expect(visitor.getByText(answer)).toBeVisible();
  await expect(visitor.getByRole('img', { name: 'Ảnh hiện trường 1' })).toBeVisible();
  await expect(visitor.getByText('Ẩn danh')).toBeVisible();
  const text = await visitor.getByRole('main').textContent();
  expect(text).not.toContain('Nguyễn Văn An');
  expect(text).not.toContain('@');
  // It is on the public list too, linked to its page.
  await visitor.goto('/phan-anh');
  await expect(visitor.getByRole('link', { name: title })).toBeVisible();

  // (7) The citizen rates the answer.
  await citizen.goto(`/phan-anh/${code}`);
  // Each score is a radio button drawn as stars: its label takes the tap.
  await citizen.getByRole('radio', { name: '4 trên 5 sao' }).locator('xpath=..').click();
  await expect(citizen.getByRole('radio', { name: '4 trên 5 sao' })).toBeChecked();
  await citizen.getByLabel('Ý kiến của bạn (không bắt buộc)').fill('Xử lý nhanh.');
  await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(citizen.getByText('Người gửi đánh giá 4/5 sao — Xử lý nhanh.')).toBeVisible();
});

/**
 * The officials' other tools: the reception accepts and assigns, the specialist hides a phone number from
 * the public text and a photo from the public, the leader returns the draft answer with a comment, and
 * the report is re-routed to the neighbouring ward, which the public page then names.
 */
test('staff redact the public text, hide a photo, return a draft and re-route a report', async ({ browser }) => {
  test.setTimeout(240_000);
  const tag = Date.now().toString(36).slice(-5).toUpperCase();
  const title = `Cống thoát nước bị tắc ở ngõ 5 (${tag})`;

  const visitor = await person(browser);
  await visitor.goto('/phan-anh/gui');
  await visitor.getByLabel('Lĩnh vực').selectOption({ label: CATEGORY });
  await visitor.getByLabel('Tiêu đề').fill(title);
  await visitor.getByLabel('Nội dung phản ánh').fill('Cống ở ngõ 5 bị tắc, nước bẩn tràn ra đường. Cần gặp thì gọi tôi số 0987654321.');
  const map = visitor.getByRole('region', { name: 'Bản đồ chọn vị trí phản ánh' });
  await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible();
  await map.tap();
  const chooser = visitor.waitForEvent('filechooser');
  await visitor.getByRole('button', { name: /Thêm ảnh/ }).click();
  await (await chooser).setFiles(await photo('cong.jpg'));
  await visitor.getByLabel('Họ và tên').fill('Vi Văn Tùng');
  await visitor.getByRole('textbox', { name: 'Email' }).fill('tung.vi@example.vn');
  await visitor.getByRole('button', { name: 'Gửi phản ánh' }).click();
  const code = (await visitor.locator('.fb-code').textContent({ timeout: 30_000 }))!.trim();

  // (1) The reception accepts it and gives it to the specialist.
  const reception = await person(browser, 'tiepnhan.chilang');
  await reception.goto('/phan-anh/xu-ly');
  await reception.getByLabel('Tìm phản ánh').fill(tag);
  await reception.getByLabel('Tìm phản ánh').press('Enter');
  await reception.getByRole('link', { name: title }).click();
  await expect(reception).toHaveURL(/\/phan-anh\/xu-ly\/\d+$/);
  const casePath = new URL(reception.url()).pathname;
  await act(reception, 'Tiếp nhận', async (dialog) => choose(reception, dialog, 'Chuyên viên xử lý', 'Chu Văn Sơn'));
  await expect(reception.getByRole('row', { name: /Cán bộ xử lý/ })).toContainText('Chu Văn Sơn');

  // (2) The specialist takes the phone number out of the public text, hides the photo and drafts an answer.
  const specialist = await person(browser, 'chuyenvien.chilang');
  await specialist.goto(casePath);
  await act(specialist, 'Biên tập nội dung công khai', async (dialog) => {
    await dialog.getByLabel('Nội dung phản ánh').fill('Cống ở ngõ 5 bị tắc, nước bẩn tràn ra đường.');
  });
  await specialist.getByRole('button', { name: 'Ẩn ảnh 1 với công chúng' }).click();
  await expect(specialist.getByText('Đã ẩn với công chúng')).toBeVisible();
  await act(specialist, 'Soạn trả lời', async (dialog) => {
    await dialog.getByLabel('Nội dung trả lời').fill('Phường sẽ nạo vét cống trong tuần.');
  });

  // (3) The leader returns the draft with a comment; the specialist sees why.
  const leader = await person(browser, LEADER);
  await leader.goto(casePath);
  await act(leader, 'Trả lại dự thảo', async (dialog) => {
    await dialog.getByLabel('Ý kiến của lãnh đạo').fill('Ngõ 5 thuộc phường Hoàng Văn Thụ, đề nghị chuyển.');
  });
  await specialist.reload();
  await expect(specialist.getByText('Lãnh đạo trả lại', { exact: true })).toBeVisible();

  // (4) The specialist re-routes it to the ward it belongs to, and is back at the list.
  await specialist.getByRole('main').getByRole('button', { name: 'Chuyển cơ quan khác', exact: true }).click();
  const reroute = specialist.getByRole('dialog');
  await choose(specialist, reroute, 'Cơ quan có thẩm quyền', 'UBND phường Hoàng Văn Thụ', { search: 'Hoàng Văn' });
  await reroute.getByLabel('Lý do').fill('Vị trí thuộc địa bàn phường Hoàng Văn Thụ.');
  await reroute.getByRole('button', { name: 'Chuyển cơ quan khác', exact: true }).click();
  await expect(specialist).toHaveURL(/\/phan-anh\/xu-ly$/);

  // (5) The public sees the redacted text, no photo, the new agency, and the sender's name but never their email.
  await checkPage(visitor, `/phan-anh/${code}`, 'feedback-report-rerouted');
  await expect(visitor.getByText('Cống ở ngõ 5 bị tắc, nước bẩn tràn ra đường.', { exact: true })).toBeVisible();
  await expect(visitor.getByText('0987654321')).toHaveCount(0);
  await expect(visitor.getByRole('img', { name: /Ảnh hiện trường/ })).toHaveCount(0);
  await expect(visitor.getByText('UBND phường Hoàng Văn Thụ', { exact: true })).toBeVisible();
  await expect(visitor.getByText('tung.vi@example.vn')).toHaveCount(0);
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  /** The map beside the list; a keyboard user reaches a report's marker, opens its popup and follows its link. */
  test('the public pages, and the map by keyboard', async ({ page }) => {
    await checkPage(page, '/phan-anh', 'feedback-public-desktop');
    // Searched without diacritics, the list and the map keep the matching report only.
    await page.getByRole('searchbox', { name: 'Tìm phản ánh' }).fill('o ga tran dang ninh');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Rác thải tập kết sai nơi quy định' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Ổ gà lớn trên đường Trần Đăng Ninh' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^PA-DEM0-0002/ })).toHaveCount(0);
    const marker = page.getByRole('button', { name: 'PA-DEM0-0001: Ổ gà lớn trên đường Trần Đăng Ninh' });
    await marker.focus();
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: 'PA-DEM0-0001: Ổ gà lớn trên đường Trần Đăng Ninh' });
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/phan-anh\/PA-DEM0-0001$/);
    await expect(page.getByText('UBND thành phố đã giao Ban Quản lý dự án vá ổ gà', { exact: false })).toBeVisible();
    await checkPage(page, '/phan-anh/PA-DEM0-0001', 'feedback-report-desktop');
    await checkPage(page, '/phan-anh/gui', 'feedback-send-desktop');
  });
});

test.describe('a visitor standing in xã Hợp Thành', () => {
  test.use({ geolocation: { latitude: 21.945, longitude: 106.895 }, permissions: ['geolocation'] });

  /** Without an account: a name and a contact, the phone's position; the report reaches the commune where they stand. */
  test('reports from where they stand, without an account', async ({ page }) => {
    await checkPage(page, '/phan-anh/gui', 'feedback-send-visitor');
    await page.getByLabel('Lĩnh vực').selectOption({ label: CATEGORY });
    await page.getByLabel('Tiêu đề').fill('Khói đốt rác gần trường tiểu học');
    await page.getByLabel('Nội dung phản ánh').fill('Chiều nào cũng có người đốt rác cạnh cổng trường, khói bay vào lớp học.');
    await page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
    await expect(page.getByText('Đã chọn vị trí: vĩ độ 21,945, kinh độ 106,895.')).toBeVisible();
    // The email channel needs an email: said next to the channels, nothing sent.
    await page.getByLabel('Họ và tên').fill('Hoàng Thị Mai');
    await page.getByLabel('Số điện thoại').fill('0912 345 679');
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await expect(page.getByText('Để nhận qua email, hãy nhập email.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Email' }).fill('mai.hoang@example.vn');
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Đã gửi phản ánh' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Cơ quan xử lý: UBND xã Hợp Thành.', { exact: false })).toBeVisible();
    await expect(page.getByText('Khóa đánh giá', { exact: false })).toBeVisible();
    await page.getByRole('link', { name: 'Theo dõi phản ánh' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Khói đốt rác gần trường tiểu học' })).toBeVisible();
    // Not accepted yet: on the page by its code, not on the public list; the name shown (not hidden) is theirs alone.
    await expect(page.getByText('Hoàng Thị Mai')).toBeVisible();
    await expect(page.getByText('mai.hoang@example.vn')).toHaveCount(0);
  });
});

test('the province admin\'s feedback settings', async ({ page }) => {
  await signIn(page, 'admin');
  await checkPage(page, '/quan-tri/phan-anh', 'feedback-admin');
  await expect(page.getByText(CATEGORY).first()).toBeVisible();
  // A category's deadline in working days.
  await page.getByRole('button', { name: 'Sửa: Giáo dục' }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('Thời hạn trả lời (ngày làm việc)').fill('12');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('giao-duc · trả lời trong 12 ngày làm việc', { exact: false })).toBeVisible();
  // The boundaries as a GeoJSON file: the demo's own areas, loaded again (they replace what was there).
  await page.getByRole('tab', { name: 'Ranh giới hành chính' }).click();
  const code = (key: string) => demoAgencies.find((a) => a.key === key)!.code;
  const geojson = {
    type: 'FeatureCollection',
    features: demoAreas.map((a) => ({ type: 'Feature', properties: { agencyCode: code(a.agency), name: a.name }, geometry: { type: 'Polygon', coordinates: a.coordinates } })),
  };
  const districts = demoAreas.filter((a) => a.level === 'district').length;
  const files = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nạp tệp GeoJSON' }).click();
  await (await files).setFiles({ name: 'ranh-gioi.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(geojson)) });
  await expect(page.getByText(`Đã nạp ${demoAreas.length} địa bàn (${districts} huyện, ${demoAreas.length - districts} xã)`)).toBeVisible();
  await expect(page.getByText('Phường Chi Lăng', { exact: true })).toBeVisible();
  // A file that is not JSON is refused before it leaves the browser.
  const bad = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nạp tệp GeoJSON' }).click();
  await (await bad).setFiles({ name: 'khong-phai.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('<kml/>') });
  await expect(page.getByText('khong-phai.geojson không phải tệp JSON hợp lệ.')).toBeVisible();
  // An Open311 key is shown once, then only its prefix.
  await page.getByRole('tab', { name: 'Khóa API Open311' }).click();
  await page.getByRole('button', { name: 'Cấp khóa mới' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên ứng dụng').fill('Ứng dụng kiểm thử');
  await dialog.getByRole('button', { name: 'Cấp khóa mới' }).click();
  await expect(page.getByText('Sao chép và lưu khóa này ngay: sẽ không hiện lại.')).toBeVisible();
  await expect(page.getByText('Ứng dụng kiểm thử', { exact: true })).toBeVisible();
  // Revoked, it says so and offers no second revocation.
  await page.getByRole('button', { name: 'Thu hồi: Ứng dụng kiểm thử' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Thu hồi' }).click();
  await expect(page.getByText('Đã thu hồi khóa')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thu hồi: Ứng dụng kiểm thử' })).toHaveCount(0);
});

/** Clicks an action on the report's page, fills its dialog and confirms it with the dialog's own button. */
async function act(page: Page, action: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('main').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect(page.getByText(`Đã thực hiện: ${action}`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

test('the link in an email update asks before it stops the updates, and says when the link is no longer valid', async ({ page }) => {
  await checkPage(page, `/phan-anh/huy-theo-doi?ma=${'x'.repeat(32)}`, 'feedback-unsubscribe');
  await page.getByRole('button', { name: 'Hủy theo dõi' }).click();
  await expect(page.getByRole('alert')).toContainText(/theo dõi|không/i);
});
