import { createHash } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { gatewayErrors as e } from './errors.js';
import { LogWriter, sha256Hex, type NewEntry } from './message-log.js';
import { registryOf, type Member, type Service } from './registry.js';
import { EMPTY_SHA256, matchOperation } from './rules.js';

/** The gateway's limits, read from the environment at each call (LGSP_*; see the module's README lines in index.ts). */
export function gatewaySettings() {
  const int = (name: string, fallback: number) => {
    const v = Number(process.env[name]);
    return Number.isInteger(v) && v > 0 ? v : fallback;
  };
  return {
    /** Largest request or response body that crosses the gateway. */
    maxBodyBytes: int('LGSP_MAX_BODY_BYTES', 64 * 1024 * 1024),
    /** Largest body the log keeps under full retention (larger ones: the hash only). */
    maxLoggedBodyBytes: int('LGSP_MAX_LOGGED_BODY_BYTES', 1024 * 1024),
    /** Responses up to this size (by Content-Length) are buffered so their hash goes in a header; longer ones stream with the hash in a trailer. */
    bufferBytes: int('LGSP_BUFFER_BYTES', 1024 * 1024),
    tokenTtlSeconds: int('LGSP_TOKEN_TTL_SECONDS', 600),
  };
}

const writers = new WeakMap<object, LogWriter>();
export function logWriterOf(deps: Pick<ModuleDeps, 'db'>, log?: FastifyBaseLogger): LogWriter {
  let writer = writers.get(deps.db);
  if (!writer) {
    writer = new LogWriter(deps.db, (error) => (log ? log.error({ err: error }, 'lgsp message log write failed') : console.error('[tinh-so] lgsp message log write failed', error)));
    writers.set(deps.db, writer);
  }
  return writer;
}

// Connections to upstreams are kept open and reused (node:http with keep-alive: measured faster than fetch here, see bench/gateway.ts).
const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 256, noDelay: true } as http.AgentOptions);
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 256, noDelay: true } as https.AgentOptions);

/** Hashes, counts and (up to a limit) keeps what flows through; fails the stream past `max` bytes. */
export class Tap extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;
  kept: Buffer[] | null;
  tooLarge = false;
  digest: string | null = null;
  constructor(private readonly max: number, private readonly keepUpTo: number) {
    super();
    this.kept = keepUpTo > 0 ? [] : null;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.size += chunk.length;
    if (this.size > this.max) {
      this.tooLarge = true;
      return done(e.bodyTooLarge());
    }
    this.hash.update(chunk);
    if (this.kept) {
      if (this.size <= this.keepUpTo) this.kept.push(chunk);
      else this.kept = null;
    }
    done(null, chunk);
  }
  override _flush(done: TransformCallback) {
    this.digest = this.hash.digest('hex');
    done();
  }
  /** The kept bytes, or null when nothing is kept or they were too many. */
  body(): Buffer | null {
    return this.kept ? Buffer.concat(this.kept) : null;
  }
}

export type Exchange = {
  member: Member;
  serviceCode: string;
  method: string;
  /** The path under the service, starting with "/", as sent (still percent-encoded). */
  path: string;
  /** The query string without "?", as sent ('' for none). */
  query: string;
  headers: Record<string, string>;
  /** The request body: a stream (the HTTP gateway), bytes (in-platform callers) or none. */
  body: Readable | Buffer | null;
  contentLength: number | null;
  context: Record<string, unknown>;
  forwarded?: { for: string; host: string; proto: string };
};

/** An authorised exchange's service, operation, and the provider member's identifier (null when the service names none). */
export type Authorised = { service: Service; operation: string | null; provider: string | null };

/** Grant check: the service exists and is on, the member may call it, and this operation of it. */
export async function authorise(deps: Pick<ModuleDeps, 'db'>, member: Member, serviceCode: string, method: string, path: string): Promise<Authorised> {
  const registry = registryOf(deps);
  const snapshot = registry.cached() ?? await registry.current();
  const current = snapshot.members.get(member.id);
  if (!current) throw e.unknownMember();
  if (current.state !== 'active') throw e.memberSuspended();
  const service = snapshot.services.get(serviceCode);
  if (!service) throw e.serviceUnknown();
  const provider = service.providerMemberId ? snapshot.members.get(service.providerMemberId)?.identifier ?? null : null;
  const refuse = (error: AppError, operation: string | null = null): never => {
    throw Object.assign(error, { lgsp: { service, operation, provider } });
  };
  if (service.state !== 'active') refuse(e.serviceDisabled());
  const granted = snapshot.grants.get(`${member.id}:${service.id}`);
  if (!granted) refuse(e.serviceNotGranted());
  let operation: string | null = null;
  if (service.operations.length > 0) {
    const match = matchOperation(service.operations, method, path.split('?')[0]!);
    if (!match) refuse(e.operationUnknown());
    operation = match!.id;
  }
  if (!granted!.has('*') && (operation === null || !granted!.has(operation))) refuse(e.operationNotGranted(), operation);
  return { service, operation, provider };
}

/** The refused call's service and operation, when the refusal came after the service was known (it is logged). */
export const refusalOf = (error: unknown): Authorised | null => (error as { lgsp?: Authorised }).lgsp ?? null;

export type UpstreamAnswer = {
  status: number;
  /** The upstream's headers as received: name, value, name, value… */
  rawHeaders: string[];
  /** The response as it arrives: read it with `readBody`, or stream it through `tapBody`. */
  response: IncomingMessage;
  /** The request body's tap when it was a stream (its size, kept bytes and digest once it has ended). */
  requestTap: Tap | null;
  /** The request's hash: at once for bytes or no body, once a streamed body has gone upstream. */
  requestHash: () => Promise<string>;
  requestSize: () => number;
  startedAt: Date;
  started: bigint;
};

/** A failure of the exchange after it was authorised: what the log needs besides the error. */
export type ForwardFailure = AppError & { lgsp: Authorised; startedAt: Date; started: bigint; requestSize: number };

/**
 * Forwards an authorised exchange to the service's upstream (node:http, kept-alive connections): hop-by-hop headers are dropped by the caller
 * (rules.ts), X-Forwarded-* and the consumer's identity (X-LGSP-Client) are set, a streamed body goes through a
 * hashing tap (bytes are hashed at once), and the service's timeout bounds the wait for the upstream's answer
 * once the request is sent. Failures throw the gateway's errors (timeout 504, unreachable 502, too large 413)
 * as ForwardFailures.
 */
export async function forward(exchange: Exchange, authorised: Authorised, messageId: string, settings = gatewaySettings()): Promise<UpstreamAnswer> {
  const { service } = authorised;
  const startedAt = new Date();
  const started = process.hrtime.bigint();
  const fail = (error: AppError, requestSize: number, cause?: unknown): ForwardFailure => Object.assign(error, { lgsp: authorised, startedAt, started, requestSize, cause });
  if (exchange.contentLength !== null && exchange.contentLength > settings.maxBodyBytes) throw fail(e.bodyTooLarge(), exchange.contentLength);
  const keep = service.retention === 'full' ? settings.maxLoggedBodyBytes : 0;
  let requestTap: Tap | null = null;
  let bytes: Buffer | null = null;
  if (exchange.body instanceof Readable) {
    requestTap = new Tap(settings.maxBodyBytes, keep);
    const source = exchange.body;
    source.on('error', (error) => requestTap!.destroy(error));
    source.pipe(requestTap);
  } else if (exchange.body) {
    bytes = exchange.body;
    if (bytes.length > settings.maxBodyBytes) throw fail(e.bodyTooLarge(), bytes.length);
  }
  const requestHash = requestTap
    ? new Promise<string>((resolve, reject) => {
      requestTap!.on('end', () => resolve(requestTap!.digest!));
      requestTap!.on('error', reject);
    })
    : Promise.resolve(bytes && bytes.length > 0 ? sha256Hex(bytes) : EMPTY_SHA256);
  requestHash.catch(() => undefined);
  const requestSize = () => requestTap?.size ?? bytes?.length ?? 0;
  const headers: Record<string, string> = { ...exchange.headers, 'x-lgsp-client': exchange.member.identifier, 'x-lgsp-message-id': messageId };
  delete headers['accept-encoding'];
  if (exchange.forwarded) {
    headers['x-forwarded-for'] = exchange.forwarded.for;
    headers['x-forwarded-host'] = exchange.forwarded.host;
    headers['x-forwarded-proto'] = exchange.forwarded.proto;
  }
  if (exchange.contentLength !== null && (requestTap || bytes)) headers['content-length'] = String(exchange.contentLength);
  const { upstream } = service;
  let timedOut = false;
  let answered = false;
  let timer: NodeJS.Timeout | undefined;
  let response: IncomingMessage;
  try {
    response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = (upstream.secure ? https : http).request({
        hostname: upstream.hostname, port: upstream.port, path: `${upstream.basePath}${exchange.path}${exchange.query ? `?${exchange.query}` : ''}`,
        method: exchange.method, headers, agent: upstream.secure ? httpsAgent : httpAgent, auth: upstream.auth,
      }, resolve);
      req.on('error', reject);
      // The service's timeout bounds the wait for the upstream's answer once the request is sent (a long upload is not cut by it).
      const arm = () => {
        if (answered) return;
        timer = setTimeout(() => {
          timedOut = true;
          req.destroy(new Error('timeout'));
        }, service.timeoutMs);
      };
      if (requestTap) {
        requestTap.on('error', (error) => req.destroy(error));
        requestTap.once('end', arm);
        requestTap.pipe(req);
      } else {
        arm();
        req.end(bytes ?? undefined);
      }
    });
  } catch (error) {
    answered = true;
    clearTimeout(timer);
    requestTap?.destroy();
    throw fail(requestTap?.tooLarge ? e.bodyTooLarge() : timedOut ? e.upstreamTimeout() : e.upstreamUnreachable(), requestSize(), error);
  }
  answered = true;
  clearTimeout(timer);
  return { status: response.statusCode ?? 502, rawHeaders: response.rawHeaders, response, requestTap, requestHash: () => requestHash, requestSize, startedAt, started };
}

/** A response body read whole (the gateway's usual case: small answers), hashed as it arrives; too large past `max`. */
export function readBody(response: IncomingMessage, max: number): Promise<{ bytes: Buffer; hash: string }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        response.destroy();
        return reject(e.bodyTooLarge());
      }
      hash.update(chunk);
      chunks.push(chunk);
    });
    response.on('end', () => resolve({ bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size), hash: hash.digest('hex') }));
    response.on('error', reject);
    response.on('aborted', () => reject(new Error('the upstream aborted its answer')));
  });
}

/** A response body streamed on: through a tap that hashes, counts and keeps (up to `keep` bytes) what passes. */
export function tapBody(response: IncomingMessage, max: number, keep: number): Tap {
  const tap = new Tap(max, keep);
  response.on('error', (error) => tap.destroy(error)).pipe(tap);
  return tap;
}

/** The upstream's headers as one record (lower-case names; repeated ones joined). */
export function headerRecord(rawHeaders: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    out[name] = name in out ? `${out[name]}, ${rawHeaders[i + 1]}` : rawHeaders[i + 1]!;
  }
  return out;
}

/** The log entry of a finished (or refused) exchange. */
export function entryOf(args: {
  messageId: string; member: Member; exchange: Pick<Exchange, 'method' | 'path' | 'query' | 'context' | 'headers'>; service: Service | null; serviceCode: string;
  operation: string | null; status: number; errorCode: string | null; startedAt: Date; started: bigint; requestHash: string; responseHash: string;
  requestSize: number; responseSize: number; requestBody: Buffer | null; responseBody: Buffer | null; responseContentType: string | null; bodyNote?: string | null;
  provider: string | null;
}): NewEntry {
  const retention = args.service?.retention ?? 'metadata';
  const full = retention === 'full';
  const tooBig = full && ((args.requestSize > 0 && !args.requestBody) || (args.responseSize > 0 && !args.responseBody));
  return {
    messageId: args.messageId, consumerMemberId: args.member.id, consumer: args.member.identifier, provider: args.provider, service: args.serviceCode,
    operation: args.operation, method: args.exchange.method, path: args.exchange.path.slice(0, 2000), query: args.exchange.query.slice(0, 2000), status: args.status,
    errorCode: args.errorCode, startedAt: args.startedAt, finishedAt: new Date(), latencyMs: Number(process.hrtime.bigint() - args.started) / 1e6,
    requestHash: args.requestHash, responseHash: args.responseHash, requestSize: args.requestSize, responseSize: args.responseSize, retention,
    requestContentType: args.exchange.headers['content-type'] ?? null, responseContentType: args.responseContentType,
    requestBody: full ? args.requestBody : null, responseBody: full ? args.responseBody : null,
    bodyNote: args.bodyNote ?? (tooBig ? 'nội dung quá lớn: chỉ lưu giá trị băm' : null), context: args.exchange.context,
  };
}
