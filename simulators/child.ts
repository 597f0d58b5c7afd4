/**
 * A simulator in a process of its own (as the system it stands for is another one), for the demo and the
 * tests: started with tsx, it prints one line `{"url": ...}` once listening, and ends with its parent
 * (it stops when its stdin closes).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export type SimulatorProcess = {
  url: string;
  /** Calls a control endpoint: GET without a body, POST JSON with one; throws on a non-2xx answer. */
  control: <T = unknown>(path: string, body?: unknown) => Promise<T>;
  stop: () => Promise<void>;
};

export async function startSimulatorProcess(main: string, name: string, port = 0, env: Record<string, string> = {}): Promise<SimulatorProcess> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), main], {
    env: { ...process.env, ...env, PORT: String(port) }, stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code, signal) => reject(new Error(`${name} exited (${signal ?? code}) before listening`)));
  });
  return {
    url,
    async control<T>(controlPath: string, body?: unknown): Promise<T> {
      const response = await fetch(url + controlPath, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`${name} ${controlPath}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
