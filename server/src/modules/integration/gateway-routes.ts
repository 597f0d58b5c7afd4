import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import { AppError, errors } from '../../platform/errors.js';
import { gatewayErrors as e } from './errors.js';
import { authorise, entryOf, forward, gatewaySettings, logWriterOf, readBody, refusalOf, tapBody, type Authorised, type Exchange, type ForwardFailure } from './gateway.js';
import { newMessageId } from './message-log.js';
import { secretHash } from './provision.js';
import { receiptFor } from './receipts.js';
import { registryOf, tokenHash, type Member } from './registry.js';
import { EMPTY_SHA256, forwardedRequestHeaders, returnedResponseHeaders, safeServicePath } from './rules.js';

/** Paths under /lgsp that are not services. */
export const RESERVED_CODES = ['oauth', 'receipts', 'health'];

const bearerOf = (req: IncomingMessage) => {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+([A-Za-z0-9._~+/=-]{10,200})\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
};

/** The member a request's bearer token was issued to, after its state and its pinned certificate are checked. */
async function authenticate(deps: ModuleDeps, req: IncomingMessage): Promise<Member> {
  if (!req.headers.authorization) throw e.tokenMissing();
  const token = bearerOf(req);
  if (!token) throw e.tokenInvalid();
  const registry = registryOf(deps);
  const found = registry.cachedToken(token) ?? await registry.token(token);
  if (!found) throw e.tokenInvalid();
  if (found.expiresAt <= Date.now()) throw e.tokenExpired();
  const member = (registry.cached() ?? await registry.current()).members.get(found.memberId);
  if (!member) throw e.unknownMember();
  if (member.state !== 'active') throw e.memberSuspended();
  // Tokens issued before the secret was rotated are void.
  if (found.issuedAt < member.secretRotatedAt.getTime()) throw e.tokenInvalid();
  checkCertificate(req, member);
  return member;
}

function checkCertificate(req: IncomingMessage, member: Member) {
  if (!member.certificateFingerprint) return;
  const socket = req.socket as TLSSocket;
  const peer = typeof socket.getPeerCertificate === 'function' ? socket.getPeerCertificate() : null;
  if (!peer || !peer.fingerprint256) throw e.certificateRequired();
  if (!socket.authorized || peer.fingerprint256 !== member.certificateFingerprint) throw e.certificateMismatch();
}

const challenge = (error: AppError) => `Bearer realm="lgsp", error="invalid_token", error_description="${error.code}"`;

async function readSmall(stream: Readable | undefined, limit: number): Promise<string> {
  if (!stream) return '';
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) throw e.bodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

type OAuthError = { status: number; error: string; description: string; code: string };
const oauthError = (status: number, error: string, code: string, description: string): OAuthError => ({ status, error, code, description });

/**
 * The gateway: POST /lgsp/oauth/token (RFC 6749 §4.4 client credentials, client authentication by HTTP
 * Basic or in the form), GET /lgsp/receipts/{messageId} (a signed receipt for an exchange the member took
 * part in) and /lgsp/{service}/{path…} forwarded to the service's upstream.
 */
export const gatewayRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  // Every node hears at once of a change of members, services, grants and tokens (registry.ts).
  const detach = await registryOf(deps).attach(app.log);
  app.addHook('onClose', () => detach());
  // Bodies pass through untouched, as streams.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  app.post('/oauth/token', { schema: { hide: true }, config: { compress: false } }, async (request, reply) => {
    reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
    const fail = (f: OAuthError) => {
      if (f.status === 401) reply.header('www-authenticate', 'Basic realm="lgsp"');
      return reply.code(f.status).send({ error: f.error, error_description: f.description, error_code: f.code });
    };
    if (!/^application\/x-www-form-urlencoded\b/i.test(request.headers['content-type'] ?? '')) {
      return fail(oauthError(400, 'invalid_request', 'LGSP_TOKEN_REQUEST_INVALID', 'Yêu cầu phải gửi dạng application/x-www-form-urlencoded.'));
    }
    let form: URLSearchParams;
    try {
      form = new URLSearchParams(await readSmall(request.body as Readable | undefined, 8192));
    } catch {
      return fail(oauthError(400, 'invalid_request', 'LGSP_TOKEN_REQUEST_INVALID', 'Yêu cầu lấy mã truy cập quá lớn.'));
    }
    let clientId = form.get('client_id');
    let clientSecret = form.get('client_secret');
    const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(request.headers.authorization ?? '');
    if (basic) {
      const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0 || (clientSecret !== null && form.get('client_secret') !== null)) {
        return fail(oauthError(400, 'invalid_request', 'LGSP_TOKEN_REQUEST_INVALID', 'Chỉ dùng một cách xác thực hệ thống thành viên.'));
      }
      try {
        clientId = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
        clientSecret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
      } catch {
        return fail(oauthError(401, 'invalid_client', 'LGSP_BAD_CREDENTIALS', e.badCredentials().message));
      }
    }
    if (form.get('grant_type') !== 'client_credentials') {
      return fail(form.get('grant_type')
        ? oauthError(400, 'unsupported_grant_type', 'LGSP_GRANT_TYPE_UNSUPPORTED', 'Nền tảng tích hợp chỉ cấp mã truy cập theo client_credentials.')
        : oauthError(400, 'invalid_request', 'LGSP_TOKEN_REQUEST_INVALID', 'Thiếu grant_type.'));
    }
    if (!clientId || !clientSecret) return fail(oauthError(401, 'invalid_client', 'LGSP_BAD_CREDENTIALS', 'Thiếu mã định danh hoặc khóa bí mật của hệ thống thành viên.'));
    const member = (await registryOf(deps).current()).byClientId.get(clientId);
    if (!member) return fail(oauthError(401, 'invalid_client', 'LGSP_UNKNOWN_MEMBER', e.unknownMember().message));
    const given = Buffer.from(secretHash(clientSecret), 'hex');
    if (!timingSafeEqual(given, Buffer.from(member.secretHash, 'hex'))) return fail(oauthError(401, 'invalid_client', 'LGSP_BAD_CREDENTIALS', e.badCredentials().message));
    if (member.state !== 'active') return fail(oauthError(400, 'unauthorized_client', 'LGSP_MEMBER_SUSPENDED', e.memberSuspended().message));
    try {
      checkCertificate(request.raw, member);
    } catch (error) {
      return fail(oauthError(401, 'invalid_client', (error as AppError).code, (error as AppError).message));
    }
    const token = `lgsp_${randomBytes(32).toString('base64url')}`;
    const ttl = gatewaySettings().tokenTtlSeconds;
    await deps.db.query("INSERT INTO lgsp_tokens (token_hash, member_id, expires_at) VALUES ($1, $2, now() + $3 * interval '1 second')", [tokenHash(token), member.id, ttl]);
    return { access_token: token, token_type: 'Bearer', expires_in: ttl };
  });

  app.get('/receipts/:messageId', { schema: { hide: true }, config: { compress: false } }, async (request, reply) => {
    try {
      const member = await authenticate(deps, request.raw);
      const { messageId } = request.params as { messageId: string };
      const receipt = await receiptFor(deps, member, messageId);
      return reply.type('application/jose; charset=utf-8').header('cache-control', 'no-store').send(receipt);
    } catch (error) {
      if (error instanceof AppError && error.statusCode === 401) reply.header('www-authenticate', challenge(error));
      throw error;
    }
  });

  // Calls reach the handler below before Fastify routes them (gatewayCalls, wired in app.ts); these routes take
  // those that come through Fastify all the same (app.inject, a listener given app.routing), with the same handler.
  const trustProxy = deps.config.trustProxy;
  const viaFastify = async (request: { raw: IncomingMessage; log: FastifyBaseLogger }, reply: { hijack(): void; raw: ServerResponse }) => {
    const target = targetOf(request.raw.url ?? '');
    reply.hijack();
    if (!target) return sendFailure(reply.raw, errors.badUrl(), request.log);
    await serveCall(deps, request.raw, reply.raw, target, trustProxy, request.log);
  };
  app.all('/:service', { schema: { hide: true }, config: { compress: false } }, viaFastify);
  app.all('/:service/*', { schema: { hide: true }, config: { compress: false } }, viaFastify);
};

type Target = { serviceCode: string; path: string; query: string };

/** `/lgsp/{service}{/path}?{query}` read from the URL as sent; null when it is not one. */
function targetOf(url: string): Target | null {
  if (!url.startsWith('/lgsp/')) return null;
  const q = url.indexOf('?');
  const rest = (q < 0 ? url : url.slice(0, q)).slice('/lgsp/'.length).replace(/^\/+/, '');
  const slash = rest.indexOf('/');
  const segment = slash < 0 ? rest : rest.slice(0, slash);
  if (segment === '' || segment.length > 100) return null;
  let serviceCode: string;
  try {
    serviceCode = decodeURIComponent(segment);
  } catch {
    return null;
  }
  return { serviceCode, path: slash < 0 ? '/' : rest.slice(slash), query: q < 0 ? '' : url.slice(q + 1) };
}

/**
 * The node's gateway: a request listener's first look at each request. A call of a service
 * (`/lgsp/{service}/…`) is answered here, without the web application's hooks (session, CSRF, cookies,
 * compression, per-route metrics, request logs: a member system needs none of them, and the message log
 * records every call); anything else returns false, for Fastify to route.
 */
export function gatewayCalls(deps: ModuleDeps, log: FastifyBaseLogger): (req: IncomingMessage, res: ServerResponse) => boolean {
  const trustProxy = deps.config.trustProxy;
  return (req, res) => {
    const target = targetOf(req.url ?? '');
    // The token endpoint and receipts are Fastify's routes.
    if (!target || RESERVED_CODES.includes(target.serviceCode)) return false;
    void serveCall(deps, req, res, target, trustProxy, log);
    return true;
  };
}

/**
 * Who called, as the upstream is told (X-Forwarded-*). Behind a trusted proxy, as Fastify reads it: the
 * client is the first address of X-Forwarded-For, the host and protocol the last entries of theirs.
 */
function forwardedOf(req: IncomingMessage, trustProxy: boolean): Exchange['forwarded'] {
  const socket = req.socket as TLSSocket;
  const own = { for: socket.remoteAddress ?? '', host: req.headers.host ?? '', proto: socket.encrypted ? 'https' : 'http' };
  if (!trustProxy) return own;
  const entries = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  return {
    for: entries(req.headers['x-forwarded-for'])[0] ?? own.for,
    host: entries(req.headers['x-forwarded-host']).at(-1) ?? own.host,
    proto: entries(req.headers['x-forwarded-proto']).at(-1) ?? own.proto,
  };
}

type Failure = AppError & { messageId?: string };

/** An error answer in the platform's shape ({ error: { code, message } }); a stream already begun is cut instead. */
function sendFailure(res: ServerResponse, error: unknown, log: FastifyBaseLogger, closeAfter = false) {
  let failure: Failure;
  if (error instanceof AppError) failure = error;
  else {
    const requestId = randomUUID();
    log.error({ err: error, requestId }, 'lgsp gateway: unhandled error');
    failure = errors.internal({ requestId });
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ error: { code: failure.code, message: failure.message, ...(failure.details ? { details: failure.details } : {}) } });
  const headers: Record<string, string | number> = { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) };
  if (failure.statusCode === 401) headers['www-authenticate'] = challenge(failure);
  if (failure.messageId) headers['x-lgsp-message-id'] = failure.messageId;
  if (failure.retryAfterSeconds) headers['retry-after'] = failure.retryAfterSeconds;
  if (closeAfter) headers.connection = 'close';
  res.writeHead(failure.statusCode, headers).end(body);
}

const NO_BODY_STATUS = new Set([204, 205, 304]);

/**
 * One call through the gateway: the member (token, state, certificate), the grant, forwarding, and the
 * answer sent once its log entry is committed (group commit, message-log.ts), with its message id and hashes.
 * Refusals after the service is known, failures and answers are all logged; when the log cannot be written
 * the member gets LGSP_LOG_UNAVAILABLE instead of the answer (a streamed answer is cut before its end).
 */
async function serveCall(deps: ModuleDeps, req: IncomingMessage, res: ServerResponse, target: Target, trustProxy: boolean, log: FastifyBaseLogger): Promise<void> {
  const hasBody = req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');
  // A refused call's body is read and dropped, so that the connection serves the next call.
  const drain = () => {
    if (hasBody && !req.readableEnded) req.resume();
  };
  try {
    const member = await authenticate(deps, req);
    const path = safeServicePath(target.path);
    if (!path) throw e.operationUnknown();
    const { serviceCode } = target;
    const lengthHeader = req.headers['content-length'];
    const exchange: Exchange = {
      member, serviceCode, method: req.method ?? 'GET', path, query: target.query, headers: forwardedRequestHeaders(req.headers),
      body: hasBody ? req : null, contentLength: lengthHeader !== undefined && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null, context: {},
      forwarded: forwardedOf(req, trustProxy),
    };
    const messageId = newMessageId();
    const writer = logWriterOf(deps, log);
    const settings = gatewaySettings();
    const logged = (entry: Omit<Parameters<typeof entryOf>[0], 'messageId' | 'member' | 'exchange' | 'serviceCode'>) =>
      writer.write(entryOf({ messageId, member, exchange, serviceCode, ...entry }));
    const failed = async (error: AppError, refused: Authorised, timing: { startedAt: Date; started: bigint; requestSize: number }, note: string): Promise<never> => {
      drain();
      await logged({
        service: refused.service, operation: refused.operation, provider: refused.provider, status: error.statusCode, errorCode: error.code, ...timing,
        requestHash: EMPTY_SHA256, responseHash: EMPTY_SHA256, responseSize: 0, requestBody: null, responseBody: null, responseContentType: null, bodyNote: note,
      });
      throw Object.assign(error, { messageId });
    };
    let authorised: Authorised;
    const startedAt = new Date();
    const started = process.hrtime.bigint();
    try {
      authorised = await authorise(deps, member, serviceCode, exchange.method, path);
    } catch (error) {
      const refused = refusalOf(error);
      if (!refused || !(error instanceof AppError)) throw error;
      return await failed(error, refused, { startedAt, started, requestSize: 0 }, 'yêu cầu bị từ chối: nội dung không được chuyển tiếp');
    }
    let answer;
    try {
      answer = await forward(exchange, authorised, messageId, settings);
    } catch (error) {
      const failure = error as ForwardFailure;
      if (!(error instanceof AppError) || !failure.startedAt) throw error;
      if (error.code === 'LGSP_BODY_TOO_LARGE') Object.assign(error, { close: true });
      return await failed(error, authorised, failure, 'trao đổi không hoàn thành: không có giá trị băm nội dung yêu cầu');
    }
    const { service, operation, provider } = authorised;
    const ans = answer;
    // The request's hash is known once its body has gone upstream (at once for a call without a body).
    let wait: NodeJS.Timeout | undefined;
    const requestHash = ans.requestTap
      ? await Promise.race([ans.requestHash(), new Promise<string>((resolve) => (wait = setTimeout(() => resolve(''), service.timeoutMs)))]).catch(() => '').finally(() => clearTimeout(wait))
      : await ans.requestHash();
    const headers: Record<string, string | number> = returnedResponseHeaders(pairsOf(ans.rawHeaders));
    headers['x-lgsp-message-id'] = messageId;
    if (requestHash) headers['x-lgsp-request-hash'] = requestHash;
    const entry = (responseHash: string, responseSize: number, responseBody: Buffer | null, errorCode: string | null) => ({
      service, operation, provider, status: ans.status, errorCode, startedAt: ans.startedAt, started: ans.started,
      requestHash: requestHash || ans.requestTap?.digest || EMPTY_SHA256, responseHash, requestSize: ans.requestSize(), responseSize,
      requestBody: ans.requestTap?.body() ?? null, responseBody, responseContentType: (headers['content-type'] as string | undefined) ?? null,
    });
    const length = Number(ans.response.headers['content-length'] ?? NaN);
    if (req.method === 'HEAD' || NO_BODY_STATUS.has(ans.status) || (Number.isFinite(length) && length <= settings.bufferBytes)) {
      let read;
      try {
        read = await readBody(ans.response, settings.bufferBytes);
      } catch (error) {
        await logged(entry(EMPTY_SHA256, 0, null, 'LGSP_UPSTREAM_UNREACHABLE'));
        throw Object.assign(e.upstreamUnreachable(), { messageId, cause: error });
      }
      await logged(entry(read.hash, read.bytes.length, service.retention === 'full' && read.bytes.length <= settings.maxLoggedBodyBytes ? read.bytes : null, null));
      headers['x-lgsp-response-hash'] = read.hash;
      headers['content-length'] = read.bytes.length;
      if (read.bytes.length > 0 && !headers['content-type']) headers['content-type'] = 'application/octet-stream';
      res.writeHead(ans.status, headers).end(read.bytes);
      return;
    }
    // Streamed: the response's hash follows the body as a trailer, and the body ends once the entry is committed.
    const tap = tapBody(ans.response, settings.maxBodyBytes, service.retention === 'full' ? settings.maxLoggedBodyBytes : 0);
    headers.trailer = 'x-lgsp-response-hash';
    res.writeHead(ans.status, headers);
    try {
      await new Promise<void>((resolve, reject) => {
        tap.on('data', (chunk: Buffer) => {
          if (!res.write(chunk)) tap.pause();
        });
        res.on('drain', () => tap.resume());
        res.on('close', () => {
          if (!res.writableEnded) tap.destroy(Object.assign(new Error('the member hung up'), { code: 'LGSP_CLIENT_GONE' }));
        });
        tap.on('end', resolve);
        tap.on('error', reject);
      });
    } catch (error) {
      ans.response.destroy();
      await logged(entry(EMPTY_SHA256, tap.size, null, (error as AppError).code?.startsWith('LGSP_') ? (error as AppError).code : 'LGSP_UPSTREAM_ABORTED')).catch(() => undefined);
      res.destroy();
      return;
    }
    await logged(entry(tap.digest!, tap.size, tap.body(), null));
    res.addTrailers({ 'x-lgsp-response-hash': tap.digest! });
    res.end();
  } catch (error) {
    drain();
    sendFailure(res, error, log, (error as { close?: boolean }).close === true);
  }
}

const pairsOf = function* (raw: readonly string[]): Iterable<[string, string]> {
  for (let i = 0; i < raw.length; i += 2) yield [raw[i]!, raw[i + 1]!];
};
