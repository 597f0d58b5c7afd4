import { expect, test } from '@playwright/test';
import { checkPage, choose, signIn } from './helpers';

/**
 * Online meetings on a 390×844 phone: the province admin registers an endpoint of Sở Tư pháp and gets
 * its room page's link; the Sở's leader schedules a meeting with every district (the Giấy mời is issued,
 * numbered and signed at once); the endpoint's room page, without a login, calls the heartbeat, offers
 * the Jitsi room with its token and checks in; the organiser sees it online and present, records another
 * endpoint absent, and finds the meeting in the statistics by levels. The Jitsi room is a link, never
 * embedded: nothing is fetched from outside.
 */
test.use({ viewport: { width: 390, height: 844 } });

test('an endpoint is registered, a meeting across levels scheduled, the room page checks in', async ({ page, browser }) => {
  test.setTimeout(300_000);
  // A retry runs on the same database: its endpoint needs a name of its own.
  const endpoint = `Điểm cầu Sở Tư pháp ${test.info().retry + 1}`;
  await signIn(page, 'admin');
  await checkPage(page, '/quan-tri/diem-cau', 'meeting-endpoints');
  await expect(page.getByText('Điểm cầu UBND huyện Cao Lộc')).toBeVisible();
  const form = page.locator('form[id="register-endpoint"]');
  await choose(page, form, 'Cơ quan', 'Sở Tư pháp tỉnh Lạng Sơn', { search: 'Tư pháp' });
  await form.getByLabel('Tên điểm cầu').fill(endpoint);
  await form.getByLabel('Phòng họp').fill('Phòng họp tầng 4');
  await form.getByLabel('Thiết bị').fill('Camera hội nghị, tivi 65 inch');
  await form.getByLabel('Người liên hệ').fill('Triệu Thị Hằng');
  await form.getByRole('button', { name: 'Đăng ký điểm cầu' }).click();
  const link = page.getByRole('link', { name: /\/diem-cau\/phong\// });
  await expect(link).toBeVisible();
  const roomPath = new URL((await link.getAttribute('href'))!).pathname;

  // The Sở's leader schedules a meeting with every district's endpoint; the Sở's own endpoint takes part.
  const leaderContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const leader = await leaderContext.newPage();
  await signIn(leader, 'lanhdao.stp');
  await checkPage(leader, '/hop-truc-tuyen/to-chuc', 'meeting-schedule');
  await leader.getByLabel('Tên cuộc họp').fill('Tập huấn nghiệp vụ hộ tịch trực tuyến');
  await leader.getByLabel('Nội dung').fill('Hướng dẫn đăng ký hộ tịch điện tử; giải đáp vướng mắc.');
  await leader.getByRole('checkbox', { name: 'Cấp huyện' }).check();
  await expect(leader.getByText(/Điểm cầu tham dự: \d+ · 2 cấp/)).toBeVisible();
  await leader.getByRole('button', { name: 'Tổ chức và phát hành Giấy mời' }).click();
  await expect(leader.getByText(/Đã tổ chức cuộc họp, Giấy mời số \d+\/GM-STP/)).toBeVisible({ timeout: 30_000 });
  await expect(leader.getByRole('heading', { level: 1, name: 'Tập huấn nghiệp vụ hộ tịch trực tuyến' })).toBeVisible();
  const meetingPath = new URL(leader.url()).pathname;
  await expect(leader.getByRole('link', { name: /\/GM-STP$/ })).toBeVisible();
  await expect(leader.getByRole('link', { name: 'Vào phòng họp (chủ trì)' })).toHaveAttribute('href', /\?jwt=[\w-]+\.[\w-]+\.[\w-]+$/);
  // Announced once: a reload of the meeting's page does not say it was just scheduled.
  await leader.reload();
  await expect(leader.getByRole('heading', { level: 1, name: 'Tập huấn nghiệp vụ hộ tịch trực tuyến' })).toBeVisible();
  await expect(leader.getByText(/Đã tổ chức cuộc họp/)).toHaveCount(0);

  // The endpoint's room page: no login.
  const roomContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const room = await roomContext.newPage();
  await checkPage(room, roomPath, 'meeting-room');
  await expect(room.getByRole('heading', { level: 1, name: endpoint })).toBeVisible();
  await expect(room.getByText('Điểm cầu đang kết nối với hệ thống')).toBeVisible();
  const meeting = room.locator('section').filter({ hasText: 'Tập huấn nghiệp vụ hộ tịch trực tuyến' });
  await expect(meeting.getByRole('link', { name: 'Vào phòng họp' })).toHaveAttribute('href', /^https?:\/\/[^/]+\/tinhso-[0-9a-f]{16}\?jwt=/);
  await meeting.getByRole('button', { name: 'Điểm danh' }).click();
  await expect(meeting.getByText('Đã điểm danh')).toBeVisible();

  // The organiser sees the endpoint online and present, and records another one absent.
  await checkPage(leader, meetingPath, 'meeting');
  const own = leader.getByRole('listitem').filter({ hasText: endpoint });
  await expect(own.getByText('Trực tuyến', { exact: true })).toBeVisible();
  await expect(own.getByText(/Có mặt \(tự điểm danh tại điểm cầu\)/)).toBeVisible();
  await leader.getByRole('button', { name: 'Vắng: Điểm cầu UBND huyện Hữu Lũng' }).click();
  await expect(leader.getByText('Đã ghi điểm danh')).toBeVisible();
  await expect(leader.getByRole('listitem').filter({ hasText: 'Điểm cầu UBND huyện Hữu Lũng' }).getByText(/Vắng \(người chủ trì ghi\)/)).toBeVisible();

  await checkPage(leader, '/hop-truc-tuyen', 'meetings');
  await expect(leader.getByRole('link', { name: 'Tập huấn nghiệp vụ hộ tịch trực tuyến' }).first()).toBeVisible();
  await checkPage(leader, '/hop-truc-tuyen/thong-ke', 'meeting-statistics');
  await expect(leader.getByText(/Họp 2 cấp: \d+/).first()).toBeVisible();
  await expect(leader.getByText(/Họp 3 cấp: \d+/).first()).toBeVisible();
  await leaderContext.close();
  await roomContext.close();
});
