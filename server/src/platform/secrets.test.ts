import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOrCreateSecret } from './secrets.js';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-secrets-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('readOrCreateSecret', () => {
  it('gives nodes starting together on a fresh folder one and the same secret', async () => {
    const file = path.join(dir, 'oidc-cookie-key');
    // Six processes, as six nodes on one machine, each asking twenty times at once.
    const script = `import { readOrCreateSecret } from ${JSON.stringify(path.join(here, 'secrets.ts'))};
      const all = await Promise.all(Array.from({ length: 20 }, () => readOrCreateSecret(${JSON.stringify(file)}, 32)));
      console.log(JSON.stringify([...new Set(all)]));`;
    const outputs = await Promise.all(Array.from({ length: 6 }, () =>
      run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: here })));
    const seen = new Set(outputs.flatMap(({ stdout }) => JSON.parse(stdout) as string[]));
    expect(seen.size).toBe(1);
    expect([...seen][0]).toBe((await fs.readFile(file, 'utf8')).trim());
    expect([...seen][0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    // No candidate left behind.
    expect(await fs.readdir(dir)).toEqual(['oidc-cookie-key']);
    expect(await readOrCreateSecret(file, 32)).toBe([...seen][0]);
  });
});
