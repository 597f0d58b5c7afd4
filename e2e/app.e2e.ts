import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/**
 * The citizen portal as one installable app: a valid manifest with its icons, a service worker that
 * controls the page, and the citizen's dossiers readable after a reload without network.
 */
test('the portal installs as an app and shows the citizen\'s dossiers offline', async ({ page, context, request }) => {
  // What Lighthouse's installability audit asks of the manifest.
  const manifest = await (await request.get('/manifest.webmanifest')).json() as {
    name: string; short_name: string; start_url: string; display: string; lang: string; icons: { sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ start_url: '/', display: 'standalone', lang: 'vi' });
  expect(manifest.name.length).toBeGreaterThan(0);
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) expect((await request.get(icon.sizes === '192x192' ? '/icons/icon-192.png' : '/icons/icon-512.png')).headers()['content-type']).toContain('image/png');

  await signIn(page, 'citizen');
  // A dossier of the citizen's own, made through the API as the apply page does.
  const { token } = await (await page.request.get('/api/auth/csrf')).json() as { token: string };
  const { items: [procedure] } = await (await page.request.get('/api/procedures?q=cap ban sao trich luc ho tich')).json() as { items: { id: number; name: string }[] };
  const created = await page.request.post('/api/dossiers', { headers: { 'x-csrf-token': token }, data: { procedureId: procedure!.id } });
  expect(created.status()).toBe(201);
  const dossier = await created.json() as { id: number };
  await page.goto('/ho-so-cua-toi');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  // The service worker takes the page over, then keeps what the page reads.
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active);
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The list is read after the heading shows ("Đang tải…" until then): compared once it is there.
  await expect(page.getByRole('link', { name: procedure!.name }).first()).toBeVisible();
  const online = await page.getByRole('main').innerText();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Bạn đang ngoại tuyến' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: procedure!.name }).first()).toBeVisible();
  expect(await page.getByRole('main').innerText()).toBe(online);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The dossier itself, once read online, opens offline too.
  await context.setOffline(false);
  await page.goto(`/ho-so/${dossier.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(procedure!.name);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(procedure!.name);
  await expect(page.getByRole('status').filter({ hasText: 'Bạn đang ngoại tuyến' })).toBeVisible();
  await context.setOffline(false);
});
