/**
 * The processes of a run: each server under test in a process of its own, and the load generator in
 * yet another, so that no figure is measured from inside the event loop it measures.
 */
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// The children run TypeScript through the same loader as `npm run bench`.
const execArgv = ['--import', import.meta.resolve('tsx')];

const children = new Set<ChildProcess>();

function track<T extends ChildProcess>(child: T): T {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Ends a child: SIGTERM, then SIGKILL when it is still there after `graceMs`. */
async function stop(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Where the load generator's files go, made once; removed by stopAll. */
let scratch: Promise<string> | undefined;
const scratchDir = () => (scratch ??= fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-load-')));

/** Stops every child still running and removes their files: on the way out, whatever happened. */
export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((child) => stop(child)));
  if (scratch) await fs.rm(await scratch, { recursive: true, force: true });
}

// ---- servers ----

export type Served = { url: string; pid: number; stop: () => Promise<void> };

/** Starts `script` (a file beside this one) in a process of its own; resolves once it listens. */
export function serve(script: string, env: Record<string, string>): Promise<Served> {
  // BENCH_CPU_PROFILE=<folder>: each server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`] : [];
  const child = track(fork(path.join(here, script), { execArgv: [...execArgv, ...profile], env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  return new Promise((resolve, reject) => {
    child.once('message', (message: { listening: string }) => resolve({ url: message.listening, pid: child.pid!, stop: () => stop(child) }));
    child.once('exit', (code, signal) => reject(new Error(`${script} exited (${signal ?? code}) before listening`)));
  });
}

/** In a server's process: tells the parent where it listens; closes on SIGTERM or SIGINT, or when the parent is gone. */
export function announce(url: string, close: () => Promise<void>): void {
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    close().catch((error: unknown) => console.error(error)).finally(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.on('disconnect', shutdown);
  process.send!({ listening: url });
}

// ---- CPU accounting ----

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) used so far by a process and all its threads; 0 when it cannot be read. */
async function cpuSeconds(pid: number | string): Promise<number> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by each PostgreSQL process of this machine (none when PostgreSQL runs elsewhere). */
async function postgresCpuSeconds(): Promise<Map<string, number>> {
  const pids = (await fs.readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  const used = new Map<string, number>();
  for (const pid of pids) {
    const comm = await fs.readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
    if (comm.trim() === 'postgres') used.set(pid, await cpuSeconds(pid));
  }
  return used;
}

export type CpuSnapshot = { server: number; postgres: Map<string, number> };

/** CPU seconds of the server and of PostgreSQL, to tell per request where a measurement's time went. */
export async function cpuSnapshot(serverPid: number): Promise<CpuSnapshot> {
  const [server, postgres] = await Promise.all([cpuSeconds(serverPid), postgresCpuSeconds()]);
  return { server, postgres };
}

/** CPU seconds used between two snapshots; a PostgreSQL process that ended in between is not counted. */
export function cpuUsed(before: CpuSnapshot, after: CpuSnapshot): { server: number; postgres: number } {
  let postgres = 0;
  for (const [pid, seconds] of after.postgres) postgres += seconds - (before.postgres.get(pid) ?? 0);
  return { server: after.server - before.server, postgres };
}

// ---- load generators ----

/** One measurement: `paths` are requested in turn (each once, unless the run outlasts them). */
export type Load = {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** One body per path (the same index), instead of `body`: a payment callback per payment. */
  bodies?: string[];
  paths: string[];
  connections: number;
  seconds: number;
  /** A request without an answer after this long counts as an error (10 s unless given). */
  timeoutSeconds?: number;
};
/** Latencies in milliseconds (NaN when nothing was answered); `socketErrors` counts connection errors and timeouts. */
export type LoadResult = { requests: number; rps: number; p50: number; p95: number; p99: number; non2xx: number; socketErrors: number; firstNon2xx?: string };

const WRK = '/usr/bin/wrk';
const WRK_THREADS = 2;
const TIMEOUT_SECONDS = 10;

/** The nearest-rank percentile of sorted values; NaN when there are none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

/** Debian's wrk when installed (BENCH_LOAD=autocannon to use autocannon anyway), otherwise autocannon in a child process. */
export const generator: 'wrk' | 'autocannon' = process.env.BENCH_LOAD !== 'autocannon' && existsSync(WRK) ? 'wrk' : 'autocannon';

export function describeGenerator(): string {
  if (generator === 'autocannon') return `autocannon (one Node.js ${process.version} process)`;
  const version = spawnSync(WRK, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]?.split(' [')[0] ?? 'wrk';
  return `${version} (${WRK_THREADS} threads)`;
}

export function generateLoad(load: Load): Promise<LoadResult> {
  return generator === 'wrk' ? runWrk(load) : runAutocannon(load);
}

function runAutocannon(load: Load): Promise<LoadResult> {
  const child = track(fork(path.join(here, 'autocannon-worker.ts'), { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  child.send({ ...load, timeoutSeconds: load.timeoutSeconds ?? TIMEOUT_SECONDS });
  return new Promise((resolve, reject) => {
    child.once('message', (result: LoadResult) => resolve(result));
    child.once('exit', (code, signal) => reject(new Error(`the autocannon worker exited (${signal ?? code}) without a result`)));
  });
}

async function runWrk(load: Load): Promise<LoadResult> {
  const pathsFile = path.join(await scratchDir(), 'paths');
  await fs.writeFile(pathsFile, `${load.paths.join('\n')}\n`);
  const bodiesFile = path.join(await scratchDir(), 'bodies');
  await fs.writeFile(bodiesFile, load.bodies ? `${load.bodies.join('\n')}\n` : '');
  const threads = Math.min(WRK_THREADS, load.connections);
  const child = track(spawn(WRK, [
    '-t', String(threads), '-c', String(load.connections), '-d', `${load.seconds}s`, '--timeout', `${load.timeoutSeconds ?? TIMEOUT_SECONDS}s`,
    '-s', path.join(here, 'wrk.lua'), ...Object.entries(load.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    load.url,
  ], {
    env: { ...process.env, BENCH_PATHS: pathsFile, BENCH_THREADS: String(threads), BENCH_METHOD: load.method, BENCH_BODY: load.body ?? '', BENCH_BODIES: load.bodies ? bodiesFile : '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  }));
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const ended = await new Promise<string>((resolve) => child.once('close', (code, signal) => resolve(String(signal ?? code))));
  const line = output.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`wrk ended (${ended}) without a result:\n${output}`);
  const r = JSON.parse(line.slice('BENCH_RESULT '.length)) as { requests: number; durationUs: number; p50Us: number; p95Us: number; p99Us: number; non2xx: number; socketErrors: number; firstNon2xx: string };
  // With no response at all, wrk reports percentiles of 0: none are known.
  const latency = (us: number) => (r.requests > 0 ? us / 1000 : Number.NaN);
  return {
    requests: r.requests, rps: r.requests / (r.durationUs / 1e6), p50: latency(r.p50Us), p95: latency(r.p95Us), p99: latency(r.p99Us),
    non2xx: r.non2xx, socketErrors: r.socketErrors, ...(r.firstNon2xx ? { firstNon2xx: r.firstNon2xx } : {}),
  };
}

/** A positive whole number from the environment (BENCH_SECONDS and the like), or the default. */
export function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

// ---- a load balancer ----

const NGINX = '/usr/sbin/nginx';

/** Peak resident memory (VmHWM) of a process in MiB; NaN when it cannot be read. */
export async function peakMemoryMiB(pid: number): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return kib ? Number(kib) / 1024 : Number.NaN;
}

/**
 * Debian's nginx in front of `upstreams`, as a province runs it (deploy/): its own configuration and prefix
 * in a scratch folder, round robin over kept-alive connections, listening on a free port.
 */
export async function loadBalancer(upstreams: string[]): Promise<Served> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx`);
  const dir = await fs.mkdtemp(path.join(await scratchDir(), 'nginx-'));
  const port = await freePort();
  const servers = upstreams.map((u) => `    server ${new URL(u).host} max_fails=0;`).join('\n');
  await fs.writeFile(path.join(dir, 'nginx.conf'), `
daemon off;
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  upstream nodes {
${servers}
    keepalive 256;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://nodes;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_buffering off;
    }
  }
}
`);
  const child = track(spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] }));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${await fs.readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '')}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    if (tries > 100) throw new Error('nginx did not answer within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, pid: child.pid!, stop: () => stop(child) };
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
