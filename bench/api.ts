/**
 * The few calls the benchmark makes through the API before measuring, the way a browser makes them:
 * signing in, and the template dossiers that the data of the measurements is copied from.
 */
import { DEMO_PASSWORD } from '../server/src/demo/province.js';
import { samplePdf } from '../server/test/samples.js';

/** A signed-in browser: every cookie kept, the CSRF token sent on state-changing calls. */
export class Browser {
  private readonly cookies = new Map<string, string>();
  private token = '';

  private constructor(readonly baseUrl: string) {}

  static async signIn(baseUrl: string, username: string): Promise<Browser> {
    const browser = new Browser(baseUrl);
    // The login is itself a state-changing call: it needs a token from before the session.
    await browser.refreshToken();
    await browser.call('POST', '/api/auth/login', { username, password: DEMO_PASSWORD });
    // The token may be bound to the session and rotated at login: take it again, with the session cookie.
    await browser.refreshToken();
    return browser;
  }

  /** What the load generator sends on each request: this browser's cookies and token, a JSON body. */
  headers(): Record<string, string> {
    return { cookie: this.cookieHeader(), 'x-csrf-token': this.token, 'content-type': 'application/json' };
  }

  async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = this.cookies.size > 0 ? { cookie: this.cookieHeader() } : {};
    if (method !== 'GET') headers['x-csrf-token'] = this.token;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return this.send(method, path, headers, body === undefined ? undefined : JSON.stringify(body));
  }

  /** A multipart upload, the fields first and the file last, as a browser form sends it. */
  async upload<T>(path: string, fields: Record<string, string>, file: { name: string; data: Uint8Array; type: string }): Promise<T> {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append('file', new Blob([Buffer.from(file.data)], { type: file.type }), file.name);
    return this.send('POST', path, { cookie: this.cookieHeader(), 'x-csrf-token': this.token }, form);
  }

  /**
   * One call as it came back, whatever its status (the fault script reads 503s and their Retry-After): a JSON
   * body, or with `file` a multipart form of `body`'s fields and the file.
   */
  async raw(method: 'GET' | 'POST', path: string, body?: Record<string, unknown>, file?: Uint8Array): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    if (method !== 'GET') headers['x-csrf-token'] = this.token;
    let payload: string | FormData | undefined;
    if (file) {
      payload = new FormData();
      for (const [key, value] of Object.entries(body ?? {})) payload.append(key, String(value));
      payload.append('file', new Blob([Buffer.from(file)], { type: 'application/pdf' }), 'don.pdf');
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(this.baseUrl + path, { method, headers, body: payload });
    this.keepCookies(response);
    return response;
  }

  private async refreshToken(): Promise<void> {
    this.token = (await this.call<{ token: string }>('GET', '/api/auth/csrf')).token;
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      const eq = pair.indexOf('=');
      const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1)];
      if (value === '' || /max-age=0\b|expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private async send<T>(method: string, path: string, headers: Record<string, string>, body?: string | FormData): Promise<T> {
    const response = await fetch(this.baseUrl + path, { method, headers, body });
    this.keepCookies(response);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

type Procedure = { documents: { name: string; optional?: boolean }[]; formFields: { name: string; type: string }[] };
type Dossier = { id: number };

/** Answers every field of a procedure's e-form with a plausible value. */
const answers = (fields: Procedure['formFields']) =>
  Object.fromEntries(fields.map((f) => [f.name, f.type === 'date' ? '2026-01-15' : f.type === 'number' ? '1' : 'Giấy khai sinh']));

/**
 * Three dossiers of one procedure made through the API, one per state the data needs: a complete draft,
 * a submitted dossier and a received one (by `desk`).
 */
export async function makeTemplates(citizen: Browser, desk: Browser, procedureId: number): Promise<{ draft: number; submitted: number; received: number }> {
  const procedure = await citizen.call<Procedure>('GET', `/api/procedures/${procedureId}`);
  const pdf = await samplePdf('Don de nghi');
  const completeDraft = async () => {
    const draft = await citizen.call<Dossier>('POST', '/api/dossiers', {
      procedureId, applicant: { address: 'Số 5 Trần Đăng Ninh, phường Chi Lăng' }, formData: answers(procedure.formFields),
    });
    for (const doc of procedure.documents.filter((d) => !d.optional)) {
      await citizen.upload(`/api/dossiers/${draft.id}/files`, { kind: 'submission', label: doc.name }, { name: 'don.pdf', data: pdf, type: 'application/pdf' });
    }
    return draft.id;
  };
  const draft = await completeDraft();
  const submitted = await completeDraft();
  await citizen.call('POST', `/api/dossiers/${submitted}/submit`, {});
  const received = await completeDraft();
  await citizen.call('POST', `/api/dossiers/${received}/submit`, {});
  await desk.call('POST', `/api/dossiers/${received}/receive`, {});
  return { draft, submitted, received };
}
