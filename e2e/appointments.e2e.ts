import { expect, test } from '@playwright/test';
import { checkPage, signIn } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/**
 * On a phone: a citizen books a time at the Department of Justice's counter; on the day, the desk gives
 * them a number by their appointment code and calls it; the waiting-room screen shows it.
 */
test('a citizen books an appointment, gets a number at the counter, and is called on the screen', async ({ page, browser }) => {
  await signIn(page, 'citizen');
  await page.goto('/?q=ly%20lich%20tu%20phap');
  await page.getByRole('link', { name: /^Cấp Phiếu lý lịch tư pháp/ }).click();
  await page.getByRole('link', { name: 'Đặt lịch hẹn nộp tại quầy' }).click();
  await expect(page.getByRole('heading', { name: 'Đặt lịch hẹn nộp hồ sơ tại quầy' })).toBeVisible();
  await checkPage(page, new URL(page.url()).pathname, 'booking');
  // The next working day with a free slot.
  for (let days = 1; days < 10; days++) {
    const day = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Ngày hẹn').fill(day);
    await page.waitForLoadState('networkidle');
    if (await page.getByRole('radio').count() > 0) break;
  }
  await page.getByText(/^còn \d+ chỗ$/).first().click();
  await page.getByRole('button', { name: /^Đặt lịch lúc/ }).click();
  await expect(page.getByRole('heading', { name: 'Đã đặt lịch hẹn' })).toBeVisible();
  const code = (await page.getByText(/^LH-[A-Z2-9]{8}$/).textContent())!;
  await page.getByRole('link', { name: 'Lịch hẹn của tôi' }).click();
  await expect(page.getByText(`Mã lịch hẹn: ${code}`, { exact: false })).toBeVisible();
  await checkPage(page, '/lich-hen', 'my-appointments');

  // The desk: a walk-in gets a number; an appointment code is checked against the day (not today: refused).
  const desk = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signIn(desk, 'tiepnhan.stp');
  await checkPage(desk, '/quay', 'counter-desk');
  await desk.getByLabel('Mã lịch hẹn').fill(code);
  await desk.getByRole('button', { name: 'Cấp số' }).click();
  await expect(desk.getByText('Lịch hẹn không phải hôm nay.')).toBeVisible();
  await desk.getByLabel('Mã lịch hẹn').fill('');
  await desk.getByRole('button', { name: 'Cấp số' }).click();
  const issued = desk.getByRole('status').filter({ hasText: /^Đã cấp số \d{3}\.$/ });
  await expect(issued).toBeVisible();
  const number = (await issued.textContent())!.match(/\d{3}/)![0];
  await desk.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await expect(desk.getByText(number, { exact: true })).toBeVisible();

  // The waiting room's screen of the department (public, no sign-in).
  const agencyId = await desk.evaluate(async () => ((await (await fetch('/api/counters/mine')).json()) as { items: { agencyId: number }[] }).items[0]!.agencyId);
  const screen = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await checkPage(screen, `/man-hinh/${agencyId}`, 'queue-screen');
  await expect(screen.getByText(number, { exact: true }).first()).toBeVisible();
  await expect(screen.getByText(/^đến Quầy 1/)).toBeVisible();
});
