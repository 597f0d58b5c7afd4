import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';

/*
 * The integration platform's pure rules: member identifiers, operations read from an OpenAPI description,
 * which headers cross the gateway, and the message log's chain hash.
 */

// ---- member identifiers (X-Road: instance / member class / member code / subsystem) ----

export type MemberIdentifier = { instance: string; memberClass: string; memberCode: string; subsystem: string };

const PART = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** `VN/GOV/000.00.00.H37/MOTCUA` → its four parts; null when it is not one. */
export function parseIdentifier(text: string): MemberIdentifier | null {
  const parts = text.split('/');
  if (parts.length !== 4 || !parts.every((p) => PART.test(p))) return null;
  const [instance, memberClass, memberCode, subsystem] = parts as [string, string, string, string];
  if (!/^[A-Z]{2}(-[A-Z0-9]+)?$/.test(instance) || !/^[A-Z]{2,8}$/.test(memberClass)) return null;
  return { instance, memberClass, memberCode, subsystem };
}

export const formatIdentifier = (id: MemberIdentifier) => `${id.instance}/${id.memberClass}/${id.memberCode}/${id.subsystem}`;

// ---- operations ----

export type Operation = { id: string; method: string; path: string };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** An OpenAPI 3.x (or Swagger 2.0) description's operations; throws an Error naming what is wrong. */
export function operationsOf(description: unknown): Operation[] {
  if (!description || typeof description !== 'object' || Array.isArray(description)) throw new Error('không phải một đối tượng JSON');
  const d = description as Record<string, unknown>;
  const version = typeof d.openapi === 'string' ? d.openapi : typeof d.swagger === 'string' ? d.swagger : null;
  if (!version || !/^(3\.[01]\.\d+|2\.0)$/.test(version)) throw new Error('thiếu trường "openapi" (3.0.x, 3.1.x) hoặc "swagger" (2.0)');
  if (!d.info || typeof d.info !== 'object' || typeof (d.info as Record<string, unknown>).title !== 'string') throw new Error('thiếu "info.title"');
  if (!d.paths || typeof d.paths !== 'object' || Array.isArray(d.paths)) throw new Error('thiếu "paths"');
  const operations: Operation[] = [];
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(d.paths as Record<string, unknown>)) {
    if (!path.startsWith('/') || /[\s?#]/.test(path)) throw new Error(`đường dẫn "${path.slice(0, 80)}" phải bắt đầu bằng "/" và không có khoảng trắng, "?", "#"`);
    if (!item || typeof item !== 'object') throw new Error(`đường dẫn "${path.slice(0, 80)}" không mô tả thao tác nào`);
    for (const method of METHODS) {
      const op = (item as Record<string, unknown>)[method];
      if (op === undefined) continue;
      if (!op || typeof op !== 'object') throw new Error(`thao tác ${method.toUpperCase()} ${path.slice(0, 80)} không hợp lệ`);
      const declared = (op as Record<string, unknown>).operationId;
      if (declared !== undefined && (typeof declared !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(declared))) {
        throw new Error(`operationId của ${method.toUpperCase()} ${path.slice(0, 80)} không hợp lệ`);
      }
      const id = (declared as string | undefined) ?? `${method.toUpperCase()} ${path}`;
      if (ids.has(id)) throw new Error(`operationId "${id}" bị trùng`);
      ids.add(id);
      operations.push({ id, method: method.toUpperCase(), path });
    }
  }
  if (operations.length === 0) throw new Error('không có thao tác nào');
  if (operations.length > 500) throw new Error('quá 500 thao tác');
  return operations;
}

const templateCache = new Map<string, RegExp>();
function templateRegex(template: string): RegExp {
  let re = templateCache.get(template);
  if (!re) {
    const source = template.split(/(\{[^}/]+\})/).map((part) => (/^\{[^}/]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
    re = new RegExp(`^${source}/?$`);
    if (templateCache.size > 5000) templateCache.clear();
    templateCache.set(template, re);
  }
  return re;
}

/**
 * The operation a call is: its method and a path template that matches its path. A literal segment beats a
 * parameter (`/a/mine` before `/a/{id}`), as OpenAPI says. HEAD matches a GET operation.
 */
export function matchOperation(operations: readonly Operation[], method: string, path: string): Operation | null {
  const m = method.toUpperCase();
  const candidates = operations.filter((o) => (o.method === m || (m === 'HEAD' && o.method === 'GET')) && templateRegex(o.path).test(path));
  if (candidates.length <= 1) return candidates[0] ?? null;
  const literal = (o: Operation) => o.path.split('/').filter((s) => s && !s.startsWith('{')).length;
  return candidates.sort((a, b) => literal(b) - literal(a) || (b.method === m ? 1 : 0) - (a.method === m ? 1 : 0))[0]!;
}

/** A path under a service: decoded segments may not climb out of it (`..`), and it starts with "/". */
export function safeServicePath(path: string): string | null {
  const normalised = path === '' ? '/' : path;
  if (!normalised.startsWith('/')) return null;
  for (const segment of normalised.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (decoded === '..' || decoded === '.' || decoded.includes('/') || decoded.includes('\\')) return null;
  }
  return normalised;
}

// ---- headers ----

/** Hop-by-hop headers (RFC 9110 §7.6.1) and those the gateway sets itself: never forwarded. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length']);
const CONSUMED = new Set(['authorization', 'cookie', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'forwarded', 'x-lgsp-client']);

/** The consumer's headers the upstream gets: neither hop-by-hop ones, those named by Connection, nor its credentials. */
export function forwardedRequestHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const named = connectionNamed(headers.connection);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const n = name.toLowerCase();
    if (value === undefined || HOP_BY_HOP.has(n) || CONSUMED.has(n) || named.has(n) || n.startsWith('x-lgsp-')) continue;
    out[n] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** The upstream's headers the consumer gets back (a repeated one joined, as RFC 9110 §5.3 allows). */
export function returnedResponseHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const all = [...headers];
  const named = connectionNamed(all.filter(([n]) => n.toLowerCase() === 'connection').map(([, v]) => v));
  const out: Record<string, string> = {};
  for (const [name, value] of all) {
    const n = name.toLowerCase();
    if (HOP_BY_HOP.has(n) || named.has(n) || n === 'set-cookie' || n.startsWith('x-lgsp-') || n === 'content-encoding') continue;
    out[n] = n in out ? `${out[n]}, ${value}` : value;
  }
  return out;
}

function connectionNamed(value: string | string[] | undefined): Set<string> {
  const text = Array.isArray(value) ? value.join(',') : value ?? '';
  return new Set(text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
}

// ---- the message log's chain ----

export const GENESIS_HASH = '0'.repeat(64);
export const EMPTY_SHA256 = createHash('sha256').digest('hex');

/** What an entry's hash covers: everything about the exchange but the bodies, which are covered by their hashes. */
export type ChainedEntry = {
  messageId: string; consumer: string; provider: string | null; service: string; operation: string | null;
  method: string; path: string; query: string; status: number; errorCode: string | null;
  startedAt: Date; finishedAt: Date; requestHash: string; responseHash: string; requestSize: number; responseSize: number;
  retention: string; context: Record<string, unknown>;
};

/** hash = sha256(prev_hash, "\n", canonical JSON of the entry with its seq). */
export function entryHash(prevHash: string, seq: number, e: ChainedEntry): string {
  const canonical = stringify({
    seq, messageId: e.messageId, consumer: e.consumer, provider: e.provider, service: e.service, operation: e.operation,
    method: e.method, path: e.path, query: e.query, status: e.status, errorCode: e.errorCode,
    startedAt: e.startedAt.toISOString(), finishedAt: e.finishedAt.toISOString(),
    requestHash: e.requestHash, responseHash: e.responseHash, requestSize: e.requestSize, responseSize: e.responseSize,
    retention: e.retention, context: e.context,
  }) as string;
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** The exact text a checkpoint of the message log signs (UTF-8, "\n" between lines, no final newline). */
export const checkpointLine = (c: { seq: number; hash: string; at: Date }) =>
  `tinh-so lgsp message log checkpoint v1\nseq=${c.seq}\nhash=${c.hash}\nat=${c.at.toISOString()}`;

/** The value at quantile q (0…1) of ascending values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
