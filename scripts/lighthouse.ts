/**
 * Lighthouse (mobile profile, simulated slow 4G and a 4× slower CPU) on the citizen's pages: home, search,
 * a procedure, applying (a draft of the demo citizen) and lookup. Starts the platform on a fresh demo
 * database as the browser journeys do, prints the scores, and keeps each report under test-results/lighthouse.
 *
 *   npm run lighthouse      # builds the web client first; CHROME_PATH defaults to Debian's chromium
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3300);
const base = `http://127.0.0.1:${port}`;
const out = path.resolve('test-results/lighthouse');

const server = spawn('npx', ['tsx', 'e2e/serve.ts'], { env: { ...process.env, E2E_PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);

async function waitForServer() {
  for (let i = 0; i < 360; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the platform did not start within 3 minutes');
}

/** Signs the demo citizen in and opens a draft: the cookie and the draft's page. */
async function citizenDraft(procedureId: number): Promise<{ cookie: string; url: string }> {
  const jar = new Map<string, string>();
  const call = async (method: string, url: string, body?: unknown, csrf?: string) => {
    const response = await fetch(base + url, {
      method, body: body === undefined ? undefined : JSON.stringify(body),
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(csrf ? { 'x-csrf-token': csrf } : {}), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      jar.set(pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1));
    }
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
    return response.json() as Promise<any>;
  };
  let { token } = await call('GET', '/api/auth/csrf');
  await call('POST', '/api/auth/login', { username: 'citizen', password: 'TinhSo@2026' }, token);
  ({ token } = await call('GET', '/api/auth/csrf'));
  const draft = await call('POST', '/api/dossiers', { procedureId }, token);
  return { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), url: `/ho-so/${draft.id}` };
}

try {
  await waitForServer();
  const procedures = await (await fetch(`${base}/api/procedures?pageSize=1`)).json() as { items: { id: number }[] };
  const procedureId = procedures.items[0]!.id;
  const draft = await citizenDraft(procedureId);
  const pages: { name: string; url: string; cookie?: string }[] = [
    { name: 'home', url: '/' },
    { name: 'search', url: '/?q=ban%20sao' },
    { name: 'procedure', url: `/thu-tuc/${procedureId}` },
    { name: 'apply', url: draft.url, cookie: draft.cookie },
    { name: 'lookup', url: '/tra-cuu' },
  ];
  await fs.mkdir(out, { recursive: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: string[] = [];
  try {
    for (const page of pages) {
      const result = await lighthouse(base + page.url, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
      });
      if (!result) throw new Error(`no result for ${page.url}`);
      await fs.writeFile(path.join(out, `${page.name}.json`), result.report as string);
      const score = (id: string) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => result.lhr.audits[id]?.displayValue ?? '—';
      rows.push(`| ${page.name} \`${page.url}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${metric('first-contentful-paint')} | ${metric('largest-contentful-paint')} | ${metric('total-blocking-time')} |`);
    }
  } finally {
    await chrome.kill();
  }
  console.log('\nLighthouse 12.2.3, mobile profile (simulated slow 4G, 4× CPU slowdown), Chromium from Debian.\n');
  console.log('| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT |');
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const row of rows) console.log(row);
  console.log(`\nReports: ${path.relative(process.cwd(), out)}/*.json`);
} finally {
  stopServer();
}
