import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const freePort = () => new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as net.AddressInfo;
    probe.close(() => resolve(port));
  });
});

/** Runs `npm start`'s server as a user would, without DATABASE_URL, until it says it is ready. */
async function start(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string }> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: serverDir, env: { ...inherited, ...env, LOG_LEVEL: 'warn' } });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), 90_000);
    child.stdout!.on('data', () => output.includes('ready at') && (clearTimeout(timer), resolve()));
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`exited with ${code}:\n${output}`))));
  });
  return { child, output: () => output };
}

const stop = (child: ChildProcess) => new Promise<number | null>((resolve) => {
  child.once('exit', resolve);
  child.kill('SIGTERM');
});

describe('npm start with no database installed', () => {
  // Like a checkout's .data: a folder the postgres system user can enter when the tests run as root.
  const dataDir = fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-start-')).then(async (dir) => (await fs.chmod(dir, 0o755), dir));
  afterAll(async () => fs.rm(await dataDir, { recursive: true, force: true }));

  it('starts an embedded PostgreSQL with the demo province, stops it on exit, and reuses the data next time', async () => {
    const env = { DATA_DIR: await dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), HOST: '127.0.0.1', WEB_DIST: '' };
    const first = await start(env);
    expect(first.output()).toContain('demo province seeded');
    const base = `http://127.0.0.1:${env.PORT}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const search = await (await fetch(`${base}/api/procedures?q=cap%20ban%20sao`)).json() as { items: { name: string }[] };
    expect(search.items[0]!.name).toBe('Cấp bản sao từ sổ gốc');
    expect(await stop(first.child)).toBe(0);
    expect(existsSync(path.join(env.DATA_DIR, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await start(env);
    expect(second.output()).not.toContain('demo province seeded');
    expect(second.output()).not.toContain('migration applied');
    const again = await (await fetch(`${base}/api/procedures?q=khai%20sinh`)).json() as { total: number };
    expect(again.total).toBeGreaterThan(0);
    expect(await stop(second.child)).toBe(0);
  }, 240_000);
});

describe('npm start as root in a folder closed to others', () => {
  // Like a clone in /root or in a `mktemp -d` folder: the postgres system user cannot enter it.
  const dataDir = fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-closed-')).then(async (dir) => (await fs.chmod(dir, 0o700), dir));
  let cluster: string | undefined;
  afterAll(async () => {
    await fs.rm(await dataDir, { recursive: true, force: true });
    if (cluster) await fs.rm(path.dirname(cluster), { recursive: true, force: true });
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the database under /var/lib/tinhso, says so, and reuses it next time', async () => {
    const env = { DATA_DIR: await dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), HOST: '127.0.0.1', WEB_DIST: '' };
    const first = await start(env);
    cluster = /embedded PostgreSQL data in (\S+)/.exec(first.output())?.[1];
    expect(cluster).toMatch(/^\/var\/lib\/tinhso\/.+\/postgres$/);
    expect(first.output()).toContain('demo province seeded');
    expect((await fetch(`http://127.0.0.1:${env.PORT}/healthz`)).status).toBe(200);
    expect(await stop(first.child)).toBe(0);
    expect(existsSync(path.join(cluster!, 'PG_VERSION'))).toBe(true);
    expect(existsSync(path.join(cluster!, 'postmaster.pid'))).toBe(false);

    const second = await start(env);
    expect(second.output()).toContain(`embedded PostgreSQL data in ${cluster}`);
    expect(second.output()).not.toContain('demo province seeded');
    expect((await fetch(`http://127.0.0.1:${env.PORT}/healthz`)).status).toBe(200);
    expect(await stop(second.child)).toBe(0);
  }, 240_000);
});
