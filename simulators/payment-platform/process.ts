/**
 * Starts the payment platform simulator in a process of its own (as the real platform is another
 * system), for the demo and the tests. The child ends with its parent: it stops when its stdin closes.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type PaymentPlatformProcess = {
  url: string;
  /** Registers a partner (its code, shared secret and callback URL), as the platform's operator does. */
  register: (partner: { code: string; secret: string; callbackUrl: string }) => Promise<void>;
  /** Calls a control endpoint (`/__switches`, `/__pay/:ref`, `/__statement`, `/__transactions`). */
  control: <T = unknown>(path: string, body?: unknown) => Promise<T>;
  stop: () => Promise<void>;
};

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

export async function startPaymentPlatformProcess(options: { port?: number } = {}): Promise<PaymentPlatformProcess> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), main], {
    env: { ...process.env, PORT: String(options.port ?? 0) }, stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code, signal) => reject(new Error(`payment platform simulator exited (${signal ?? code}) before listening`)));
  });
  const control = async <T>(controlPath: string, body?: unknown): Promise<T> => {
    const response = await fetch(url + controlPath, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`payment platform ${controlPath}: ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    url,
    control,
    register: async ({ code, secret, callbackUrl }) => void (await control('/__partners', { MaDoiTac: code, secret, callbackUrl })),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
