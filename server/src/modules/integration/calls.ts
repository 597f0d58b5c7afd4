import type { ModuleDeps } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { gatewayErrors as e } from './errors.js';
import { authorise, entryOf, forward, gatewaySettings, headerRecord, logWriterOf, readBody, refusalOf } from './gateway.js';
import { newMessageId, sha256Hex } from './message-log.js';
import { registryOf } from './registry.js';
import { EMPTY_SHA256, forwardedRequestHeaders, safeServicePath } from './rules.js';

export type ServiceCall = {
  /** The calling member system's identifier, e.g. `VN/GOV/000.00.00.H37/MOTCUA`. */
  consumer: string;
  /** The published service's code, e.g. `danh-muc-thu-tuc`. */
  service: string;
  /** When given, the call must be this operation (operationId) of the service: otherwise LGSP_OPERATION_UNKNOWN. */
  operation?: string;
  method: string;
  /** The path under the service, starting with "/" (percent-encode what needs it). */
  path: string;
  query?: Record<string, string | number | boolean | undefined> | string;
  /** Bytes or text as they are; any other value is sent as JSON (content-type set unless given). */
  body?: Uint8Array | string | Record<string, unknown> | unknown[];
  headers?: Record<string, string>;
  /** Who in the platform the call is for: recorded in the log entry. */
  context?: { userId?: number; dossierId?: number; [key: string]: string | number | boolean | undefined };
};

export type ServiceResponse = {
  messageId: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  requestHash: string;
  responseHash: string;
  /** The body read as JSON (throws when it is not). */
  json: <T = unknown>() => T;
};

/** See index.ts for the contract. */
export async function callService(deps: ModuleDeps, call: ServiceCall): Promise<ServiceResponse> {
  const snapshot = await registryOf(deps).current();
  const member = snapshot.byIdentifier.get(call.consumer);
  if (!member) throw e.unknownMember();
  const path = safeServicePath(call.path);
  if (!path) throw e.operationUnknown();
  const query = typeof call.query === 'string' ? call.query.replace(/^\?/, '')
    : new URLSearchParams(Object.entries(call.query ?? {}).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
  const headers = forwardedRequestHeaders(call.headers ?? {});
  let body: Buffer | null = null;
  if (call.body !== undefined) {
    if (call.body instanceof Uint8Array) body = Buffer.from(call.body);
    else if (typeof call.body === 'string') body = Buffer.from(call.body, 'utf8');
    else {
      body = Buffer.from(JSON.stringify(call.body), 'utf8');
      headers['content-type'] ??= 'application/json';
    }
  }
  const exchange = { member, serviceCode: call.service, method: call.method.toUpperCase(), path, query, headers, body, contentLength: body?.length ?? null, context: { ...call.context } };
  const messageId = newMessageId();
  const writer = logWriterOf(deps);
  const startedAt = new Date();
  const started = process.hrtime.bigint();
  let authorised;
  try {
    authorised = await authorise(deps, member, call.service, exchange.method, path);
    if (call.operation !== undefined && authorised.operation !== call.operation) throw Object.assign(e.operationUnknown(), { lgsp: authorised });
  } catch (error) {
    const refused = refusalOf(error);
    if (refused && error instanceof AppError) {
      await writer.write(entryOf({
        messageId, member, exchange, service: refused.service, serviceCode: call.service, operation: refused.operation, status: error.statusCode, errorCode: error.code,
        startedAt, started, requestHash: body ? sha256Hex(body) : EMPTY_SHA256, responseHash: EMPTY_SHA256, requestSize: body?.length ?? 0, responseSize: 0,
        requestBody: body, responseBody: null, responseContentType: null, provider: refused.provider,
      }));
    }
    throw error;
  }
  const { provider } = authorised;
  try {
    const settings = gatewaySettings();
    const answer = await forward(exchange, authorised, messageId, settings);
    let read;
    try {
      read = await readBody(answer.response, settings.maxBodyBytes);
    } catch (error) {
      throw Object.assign(error instanceof AppError ? error : e.upstreamUnreachable(), { lgsp: authorised, startedAt: answer.startedAt, started: answer.started, requestSize: body?.length ?? 0, cause: error });
    }
    const { bytes: responseBody, hash: responseHash } = read;
    const requestHash = await answer.requestHash();
    const responseHeaders = headerRecord(answer.rawHeaders);
    await writer.write(entryOf({
      messageId, member, exchange, service: authorised.service, serviceCode: call.service, operation: authorised.operation, status: answer.status, errorCode: null,
      startedAt: answer.startedAt, started: answer.started, requestHash, responseHash, requestSize: body?.length ?? 0, responseSize: responseBody.length,
      requestBody: body, responseBody: responseBody.length <= settings.maxLoggedBodyBytes ? responseBody : null, responseContentType: responseHeaders['content-type'] ?? null, provider,
    }));
    return {
      messageId, status: answer.status, headers: responseHeaders, body: responseBody, requestHash, responseHash,
      json: <T>() => JSON.parse(responseBody.toString('utf8')) as T,
    };
  } catch (error) {
    const failed = error as AppError & { startedAt?: Date; started?: bigint; requestSize?: number };
    if (error instanceof AppError && failed.startedAt) {
      await writer.write(entryOf({
        messageId, member, exchange, service: authorised.service, serviceCode: call.service, operation: authorised.operation, status: error.statusCode, errorCode: error.code,
        startedAt: failed.startedAt, started: failed.started!, requestHash: body ? sha256Hex(body) : EMPTY_SHA256, responseHash: EMPTY_SHA256,
        requestSize: body?.length ?? 0, responseSize: 0, requestBody: body, responseBody: null, responseContentType: null, provider,
      }));
    }
    throw error;
  }
}

export type Exchanged = {
  /** The calling side, a member identifier (ours when the platform calls out, e.g. VN/GOV/000.00.00.H37/MOTCUA). */
  consumer: string;
  /** The other side, a member identifier or a name (e.g. `VN/GOV/000.00.00.G22/DVCQG`). */
  provider?: string | null;
  /** A code naming the exchange's kind, like a service code (e.g. `dvcqg-dong-bo-trang-thai`). */
  service: string;
  operation?: string | null;
  method: string;
  /** Where the request went: a path, or a full URL (its path and query are logged). */
  path: string;
  query?: string;
  /** HTTP status answered, or 0 when there was no answer. */
  status: number;
  /** The failure's code when there was no proper answer (e.g. LGSP_UPSTREAM_TIMEOUT). */
  errorCode?: string | null;
  startedAt: Date;
  finishedAt?: Date;
  requestBody?: Uint8Array | string | null;
  responseBody?: Uint8Array | string | null;
  requestContentType?: string | null;
  responseContentType?: string | null;
  /** Bodies kept in the log ('full') or their hashes only ('metadata', the default). */
  retention?: 'full' | 'metadata';
  context?: Record<string, string | number | boolean | null>;
};

/** See index.ts for the contract. */
export async function logExchange(deps: ModuleDeps, x: Exchanged): Promise<{ messageId: string; requestHash: string; responseHash: string }> {
  const snapshot = await registryOf(deps).current();
  const bytes = (b: Uint8Array | string | null | undefined) => (b === null || b === undefined ? Buffer.alloc(0) : typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b));
  const request = bytes(x.requestBody);
  const response = bytes(x.responseBody);
  let path = x.path;
  let query = x.query ?? '';
  if (/^https?:\/\//i.test(path)) {
    const url = new URL(path);
    path = url.pathname;
    query ||= url.search.replace(/^\?/, '');
  }
  const retention = x.retention ?? 'metadata';
  const limit = gatewaySettings().maxLoggedBodyBytes;
  const messageId = newMessageId();
  const finishedAt = x.finishedAt ?? new Date();
  const requestHash = sha256Hex(request);
  const responseHash = sha256Hex(response);
  const keep = (b: Buffer) => (retention === 'full' && b.length > 0 && b.length <= limit ? b : null);
  await logWriterOf(deps).write({
    messageId, consumerMemberId: snapshot.byIdentifier.get(x.consumer)?.id ?? null, consumer: x.consumer, provider: x.provider ?? null, service: x.service,
    operation: x.operation ?? null, method: x.method.toUpperCase(), path: path.slice(0, 2000), query: query.slice(0, 2000), status: x.status, errorCode: x.errorCode ?? null,
    startedAt: x.startedAt, finishedAt, latencyMs: finishedAt.getTime() - x.startedAt.getTime(), requestHash, responseHash,
    requestSize: request.length, responseSize: response.length, retention, requestContentType: x.requestContentType ?? null, responseContentType: x.responseContentType ?? null,
    requestBody: keep(request), responseBody: keep(response),
    bodyNote: retention === 'full' && (request.length > limit || response.length > limit) ? 'nội dung quá lớn: chỉ lưu giá trị băm' : null,
    context: { ...x.context },
  });
  return { messageId, requestHash, responseHash };
}
