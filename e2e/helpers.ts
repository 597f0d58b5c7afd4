import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const DEMO_PASSWORD = 'TinhSo@2026';

/**
 * Content-Security-Policy violations a page met since it was first watched: Chromium's console reports
 * ("Refused to execute inline script…", "Refused to load the image…") and the `securitypolicyviolation`
 * events the page itself saw (recorded by a script Playwright injects, which the CSP does not govern).
 */
const cspViolations = new WeakMap<Page, string[]>();

export async function watchCsp(page: Page): Promise<string[]> {
  let seen = cspViolations.get(page);
  if (seen) return seen;
  const found: string[] = [];
  seen = found;
  cspViolations.set(page, found);
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) found.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations?: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || location.href}:${e.lineNumber}`);
    });
  });
  return found;
}

async function expectNoCspViolation(page: Page, path: string) {
  const seen = await watchCsp(page);
  const inPage = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  expect([...seen, ...inPage], `${path}: Content-Security-Policy violations`).toEqual([]);
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await watchCsp(page);
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toHaveCount(0);
}

/** A one-page PDF to upload, as a scan would be. */
export async function pdfFile(name: string, text: string) {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(await doc.save()) };
}

/** Picks a file through the upload button named `button`, as a person would (the file input itself is hidden). */
export async function upload(page: Page, button: string, file: Awaited<ReturnType<typeof pdfFile>>) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

/** Clicks an action button on the dossier page and confirms it in its dialog. */
export async function act(page: Page, action: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('main').getByRole('button', { name: action, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect(page.getByText(`Đã thực hiện: ${action}`)).toBeVisible();
  await expect(dialog).toBeHidden();
}


/**
 * Chooses an option of a select (or a tree select) labelled `label` within `scope`, typing `search` first
 * if given, and checks that the field now shows it. Retried: the option list animates and re-renders
 * while it opens and filters, and a click during that is lost.
 */
export async function choose(page: Page, scope: Locator, label: string, option: string, options: { search?: string; tree?: boolean } = {}) {
  await expect(async () => {
    const field = scope.getByLabel(label, { exact: true });
    if (options.search) await field.fill(options.search);
    else await field.click();
    // An option carries the label as its title, like a field showing that value does; a field holds a combobox.
    const list = options.tree
      ? page.getByRole('tree').getByText(option, { exact: true })
      : page.getByTitle(option, { exact: true }).filter({ visible: true }).filter({ hasNot: page.getByRole('combobox') });
    await list.first().click({ timeout: 3000 });
    // Ant Design writes the chosen label as the title of the field's own box, the input's parent.
    await expect(field.locator('xpath=..')).toHaveAttribute('title', option, { timeout: 2000 });
    // The list closes on choosing, but has been seen open again over the dialog's buttons (a search select on a
    // slow run): Escape closes the list alone (the select keeps the key from the dialog).
    const openList = page.locator('.ant-select-dropdown').filter({ visible: true });
    if ((await openList.count()) > 0) await field.press('Escape');
    await expect(openList).toHaveCount(0, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * A page as a phone user and a screen reader meet it: one h1, a tab title of its own, no sideways scroll,
 * no serious or critical axe-core violation, and nothing refused by the Content-Security-Policy (since the
 * page was first signed in or checked). A screenshot under test-results/.
 */
export async function checkPage(page: Page, path: string, name: string) {
  await watchCsp(page);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('.kit-loading, .page-loading')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} scrolls sideways`).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(await page.title()).toContain('Cổng dịch vụ công');
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), path).toEqual([]);
  await expectNoCspViolation(page, path);
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}
