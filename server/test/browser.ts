import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/province.js';

/** A browser: its cookies, redirects followed by hand so that each step can be seen. */
export class Browser {
  constructor(private readonly base: string) {}

  private cookies = new Map<string, string>();
  private csrf: string | undefined;

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(new URL(url, this.base), { ...init, redirect: 'manual', headers: { ...init.headers as Record<string, string>, ...(cookie ? { cookie } : {}) } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const name = pair!.slice(0, pair!.indexOf('='));
      const value = pair!.slice(pair!.indexOf('=') + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects until a page answers, or one leaves for `stopAt` (another site: a relying party's callback). */
  async follow(url: string, stopAt = 'http://127.0.0.1:'): Promise<{ url: string; response: Response }> {
    let current = new URL(url, this.base).href;
    for (let i = 0; i < 12; i++) {
      if (current.startsWith(stopAt) && !current.startsWith(this.base)) return { url: current, response: new Response() };
      const response = await this.fetch(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      current = new URL(location, current).href;
    }
    throw new Error('too many redirects');
  }

  async post(path: string, body: unknown): Promise<Response> {
    this.csrf ??= ((await (await this.fetch('/api/auth/csrf')).json()) as { token: string }).token;
    const response = await this.fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': this.csrf }, body: JSON.stringify(body) });
    if (path.startsWith('/api/auth/')) this.csrf = undefined;
    return response;
  }

  async signIn(username: string) {
    expect((await this.post('/api/auth/login', { username, password: DEMO_PASSWORD })).status).toBe(200);
  }
}
