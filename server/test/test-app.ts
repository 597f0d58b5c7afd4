import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { createPool, type Db } from '../src/platform/db.js';
import { DEMO_PASSWORD } from '../src/demo/province.js';
import type { ModuleDeps } from '../src/platform/context.js';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './database.js';
import type { LogStream } from '../src/platform/log-masking.js';

export type TestApp = {
  baseUrl: string;
  db: Db;
  /** The test file's own database, for another process of the platform. */
  databaseUrl: string;
  config: Config;
  client: () => ApiClient;
  /** A client already signed in as a demo account. */
  login: (username: string, password?: string) => Promise<ApiClient>;
  agencyId: (code: string) => Promise<number>;
  /** The modules' dependencies (unit of work, job registry) as the app built them. */
  deps: ModuleDeps;
  /** Runs every due background delivery (rendered forms, notifications) until none is left. */
  settle: () => Promise<void>;
  /** Another node of the platform on the same database, as a second server of a cluster. */
  secondNode: () => Promise<{ baseUrl: string; close: () => Promise<void> }>;
  close: () => Promise<void>;
};

/** The real application on its own database, listening on a free port for real HTTP. */
/** `logStream`: where the app's log lines go (a test reading what they carry). */
export async function startTestApp(overrides: Partial<Config> = {}, options: { logStream?: LogStream } = {}): Promise<TestApp> {
  const serverUrl = inject('serverUrl');
  const name = await createDatabaseFromTemplate(serverUrl, inject('templateDb'));
  const db = createPool(databaseUrl(serverUrl, name), 10);
  // Files and keys of this test file only, starting from the keys made once by the global setup.
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-test-'));
  await fs.cp(inject('pkiTemplate'), path.join(dataDir, 'pki'), { recursive: true });
  const config: Config = {
    ...loadConfig({}), logLevel: 'warn', webDist: undefined, port: 0, host: '127.0.0.1', jobs: false,
    dataDir, pkiDir: path.join(dataDir, 'pki'), ...overrides,
  };
  const app = await buildApp({ config, db, logStream: options.logStream });
  await app.listen({ port: config.port, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const client = () => new ApiClient(baseUrl);
  const nodes: (() => Promise<void>)[] = [];
  return {
    baseUrl,
    db,
    databaseUrl: databaseUrl(serverUrl, name),
    config,
    client,
    deps: app.deps,
    async settle() {
      while ((await app.deps.jobs.runDue(db, 20)) > 0);
    },
    async secondNode() {
      const nodeDb = createPool(databaseUrl(serverUrl, name), 10);
      const node = await buildApp({ config, db: nodeDb });
      await node.listen({ port: 0, host: '127.0.0.1' });
      const close = async () => {
        await node.close();
        await nodeDb.end();
      };
      nodes.push(close);
      return { baseUrl: `http://127.0.0.1:${(node.server.address() as AddressInfo).port}`, close };
    },
    async login(username, password = DEMO_PASSWORD) {
      const c = client();
      const response = await c.post('/api/auth/login', { username, password });
      if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return c;
    },
    async agencyId(code) {
      const found = await db.query<{ id: number }>('SELECT id FROM agencies WHERE code = $1', [code]);
      if (!found.rows[0]) throw new Error(`no agency ${code}`);
      return found.rows[0].id;
    },
    async close() {
      for (const closeNode of nodes) await closeNode().catch(() => undefined);
      await app.close();
      await db.end();
      await dropDatabase(serverUrl, name);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers };

/** A browser-like HTTP client: keeps cookies and sends the CSRF token on state-changing calls. */
export class ApiClient {
  private cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  /** The same browser talking to another node: a copy of its cookies, sent to `baseUrl`. */
  at(baseUrl: string): ApiClient {
    const other = new ApiClient(baseUrl);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body);
  patch = <T = any>(path: string, body?: unknown) => this.request<T>('PATCH', path, body);
  put = <T = any>(path: string, body?: unknown) => this.request<T>('PUT', path, body);
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);

  async request<T>(method: string, path: string, body?: unknown, init: { csrf?: boolean; rawBody?: string; contentType?: string } = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (method !== 'GET' && init.csrf !== false) headers['x-csrf-token'] = await this.csrf();
    const payload = init.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
    const response = await this.send(method, path, headers, payload);
    // The server rotates the CSRF secret with the session: a token from before is useless after.
    if (response.ok && /^\/api\/auth\/(login|register|logout)\b/.test(path)) this.csrfToken = undefined;
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  /** A multipart upload, the fields first and the file last, as a browser form sends it. */
  async upload<T = any>(path: string, fields: Record<string, string>, file: { name: string; data: Uint8Array; type: string }): Promise<ApiResponse<T>> {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append('file', new Blob([Buffer.from(file.data)], { type: file.type }), file.name);
    // The token first: asking for it sets the cookie it is checked against.
    const token = await this.csrf();
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(this.baseUrl + path, { method: 'POST', headers: { 'x-csrf-token': token, cookie }, body: form });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
  }

  /** The raw bytes of a download. */
  async download(path: string): Promise<{ status: number; data: Buffer; headers: Headers }> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(this.baseUrl + path, { headers: cookie ? { cookie } : {} });
    return { status: response.status, data: Buffer.from(await response.arrayBuffer()), headers: response.headers };
  }

  private async csrf(): Promise<string> {
    if (!this.csrfToken) {
      const response = await this.send('GET', '/api/auth/csrf', {});
      this.csrfToken = ((await response.json()) as { token: string }).token;
    }
    return this.csrfToken;
  }

  private async send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(this.baseUrl + path, { method, headers: { ...headers, ...(cookie ? { cookie } : {}) }, body });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}
