/**
 * Starts the document axis simulator in a process of its own (as the real axis is another system), for
 * the demo and the tests. The child ends with its parent: it stops when its stdin closes.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type DocumentAxisProcess = {
  url: string;
  /** Registers (or replaces) an endpoint: its id, bearer token and the organs it serves. */
  registerEndpoint: (endpoint: { endpointId: string; token: string; organIds: string[] }) => Promise<void>;
  /** Calls a control endpoint (`/__external`, `/__inbox/:organId`, `/__inject`, `/__switches`, `/__sent`, `/__reset`):
   * GET without a body, POST JSON with one; throws on a non-2xx answer. */
  control: <T = unknown>(path: string, body?: unknown) => Promise<T>;
  stop: () => Promise<void>;
};

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

export async function startDocumentAxisProcess(options: { port?: number } = {}): Promise<DocumentAxisProcess> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), main], {
    env: { ...process.env, PORT: String(options.port ?? 0) }, stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code, signal) => reject(new Error(`document axis simulator exited (${signal ?? code}) before listening`)));
  });
  const control = async <T>(controlPath: string, body?: unknown): Promise<T> => {
    const response = await fetch(url + controlPath, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`document axis ${controlPath}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    url,
    control,
    registerEndpoint: async (endpoint) => void (await control('/__endpoints', endpoint)),
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
