import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { gatewayErrors as e } from './errors.js';
import { authorise, entryOf, forward, gatewaySettings, logWriterOf, providerOf, refusalOf, type Exchange } from './gateway.js';
import { newMessageId, sha256Hex } from './message-log.js';
import { secretHash } from './provision.js';
import { receiptFor } from './receipts.js';
import { registryOf, tokenHash, type Member } from './registry.js';
import { EMPTY_SHA256, forwardedRequestHeaders, returnedResponseHeaders, safeServicePath } from './rules.js';

/** Paths under /lgsp that are not services. */
export const RESERVED_CODES = ['oauth', 'receipts', 'health'];

const bearerOf = (request: FastifyRequest) => {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+([A-Za-z0-9._~+/=-]{10,200})\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
};

/** The member a request's bearer token was issued to, after its state and its pinned certificate are checked. */
async function authenticate(deps: ModuleDeps, request: FastifyRequest): Promise<Member> {
  if (!request.headers.authorization) throw e.tokenMissing();
  const token = bearerOf(request);
  if (!token) throw e.tokenInvalid();
  const registry = registryOf(deps);
  const found = await registry.token(token);
  if (!found) throw e.tokenInvalid();
  if (found.expiresAt <= Date.now()) throw e.tokenExpired();
  const member = (await registry.current()).members.get(found.memberId);
  if (!member) throw e.unknownMember();
  if (member.state !== 'active') throw e.memberSuspended();
  // Tokens issued before the secret was rotated are void.
  if (found.issuedAt < member.secretRotatedAt.getTime()) throw e.tokenInvalid();
  checkCertificate(request, member);
  return member;
}

function checkCertificate(request: FastifyRequest, member: Member) {
  if (!member.certificateFingerprint) return;
  const socket = request.raw.socket as TLSSocket;
  const peer = typeof socket.getPeerCertificate === 'function' ? socket.getPeerCertificate() : null;
  if (!peer || !peer.fingerprint256) throw e.certificateRequired();
  if (!socket.authorized || peer.fingerprint256 !== member.certificateFingerprint) throw e.certificateMismatch();
}

const withChallenge = (reply: FastifyReply, error: AppError) => {
  if (error.statusCode === 401) reply.header('www-authenticate', `Bearer realm="lgsp", error="invalid_token", error_description="${error.code}"`);
};

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
      checkCertificate(request, member);
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
      const member = await authenticate(deps, request);
      const { messageId } = request.params as { messageId: string };
      const receipt = await receiptFor(deps, member, messageId);
      return reply.type('application/jose; charset=utf-8').header('cache-control', 'no-store').send(receipt);
    } catch (error) {
      if (error instanceof AppError) withChallenge(reply, error);
      throw error;
    }
  });

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      return await pass(deps, request, reply);
    } catch (error) {
      if (error instanceof AppError) withChallenge(reply, error);
      throw error;
    }
  };
  app.all('/:service', { schema: { hide: true }, config: { compress: false } }, handler);
  app.all('/:service/*', { schema: { hide: true }, config: { compress: false } }, handler);
};

async function pass(deps: ModuleDeps, request: FastifyRequest, reply: FastifyReply) {
  const member = await authenticate(deps, request);
  const raw = request.raw.url ?? request.url;
  const q = raw.indexOf('?');
  const rawPath = q < 0 ? raw : raw.slice(0, q);
  const query = q < 0 ? '' : raw.slice(q + 1);
  const afterPrefix = rawPath.replace(/^\/lgsp\/+/, '');
  const slash = afterPrefix.indexOf('/');
  const serviceCode = (request.params as { service: string }).service;
  const path = safeServicePath(slash < 0 ? '/' : afterPrefix.slice(slash));
  if (!path) throw e.operationUnknown();
  const headers = forwardedRequestHeaders(request.headers);
  const lengthHeader = request.headers['content-length'];
  const contentLength = lengthHeader !== undefined && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
  const body = (request.body as Readable | undefined) ?? null;
  const exchange: Exchange = {
    member, serviceCode, method: request.method, path, query, headers, body, contentLength, context: {},
    forwarded: { for: request.ip, host: request.host, proto: request.protocol },
  };
  const messageId = newMessageId();
  const writer = logWriterOf(deps, request.log);
  const log = (entry: Parameters<typeof entryOf>[0]) => void writer.write(entryOf(entry)).catch(() => undefined);
  const startedAt = new Date();
  const started = process.hrtime.bigint();
  reply.header('x-lgsp-message-id', messageId);
  let authorised;
  try {
    authorised = await authorise(deps, member, serviceCode, request.method, path);
  } catch (error) {
    const refused = refusalOf(error);
    if (refused && error instanceof AppError) {
      body?.resume();
      log({
        messageId, member, exchange, service: refused.service, serviceCode, operation: refused.operation, status: error.statusCode, errorCode: error.code, startedAt, started,
        requestHash: EMPTY_SHA256, responseHash: EMPTY_SHA256, requestSize: 0, responseSize: 0, requestBody: null, responseBody: null, responseContentType: null,
        provider: await providerOf(deps, refused.service), bodyNote: 'yêu cầu bị từ chối: nội dung không được chuyển tiếp',
      });
    } else {
      reply.removeHeader('x-lgsp-message-id');
    }
    throw error;
  }
  const provider = await providerOf(deps, authorised.service);
  let answer;
  try {
    answer = await forward(exchange, authorised, messageId);
  } catch (error) {
    const failed = error as AppError & { startedAt?: Date; started?: bigint; requestSize?: number };
    if (error instanceof AppError && failed.startedAt) {
      body?.resume();
      log({
        messageId, member, exchange, service: authorised.service, serviceCode, operation: authorised.operation, status: error.statusCode, errorCode: error.code,
        startedAt: failed.startedAt, started: failed.started!, requestHash: EMPTY_SHA256, responseHash: EMPTY_SHA256, requestSize: failed.requestSize ?? 0, responseSize: 0,
        requestBody: null, responseBody: null, responseContentType: null, provider, bodyNote: 'trao đổi không hoàn thành: không có giá trị băm nội dung yêu cầu',
      });
      if (error.code === 'LGSP_BODY_TOO_LARGE') reply.header('connection', 'close');
    }
    throw error;
  }
  const ans = answer;
  const settings = gatewaySettings();
  // The request's hash is known once its body has gone upstream (at once for a call without a body).
  let wait: NodeJS.Timeout | undefined;
  const requestHash = ans.requestTap
    ? await Promise.race([ans.requestHash(), new Promise<string>((resolve) => (wait = setTimeout(() => resolve(''), authorised.service.timeoutMs)))]).catch(() => '').finally(() => clearTimeout(wait))
    : EMPTY_SHA256;
  reply.code(ans.status);
  reply.headers(returnedResponseHeaders(ans.headers));
  reply.header('x-lgsp-message-id', messageId);
  if (requestHash) reply.header('x-lgsp-request-hash', requestHash);
  const finish = (responseHash: string, errorCode: string | null) => log({
    messageId, member, exchange, service: authorised.service, serviceCode, operation: authorised.operation, status: ans.status, errorCode, startedAt: ans.startedAt,
    started: ans.started, requestHash: requestHash || ans.requestTap?.digest || EMPTY_SHA256, responseHash, requestSize: ans.requestTap?.size ?? 0,
    responseSize: ans.body.size, requestBody: ans.requestTap?.body() ?? null, responseBody: ans.body.body(), responseContentType: ans.headers.get('content-type'), provider,
  });
  const length = Number(ans.headers.get('content-length') ?? NaN);
  if (request.method === 'HEAD' || (Number.isFinite(length) && length <= settings.bufferBytes)) {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of ans.body) chunks.push(chunk as Buffer);
    } catch (error) {
      finish(EMPTY_SHA256, 'LGSP_UPSTREAM_UNREACHABLE');
      throw Object.assign(e.upstreamUnreachable(), { cause: error });
    }
    const bytes = Buffer.concat(chunks);
    const responseHash = ans.body.digest ?? sha256Hex(bytes);
    reply.header('x-lgsp-response-hash', responseHash);
    finish(responseHash, null);
    return reply.send(bytes);
  }
  // Streamed: the response's hash follows the body as a trailer.
  reply.trailer('x-lgsp-response-hash', async () => ans.body.digest ?? '');
  ans.body.on('end', () => finish(ans.body.digest ?? EMPTY_SHA256, null));
  ans.body.on('error', (error) => finish(EMPTY_SHA256, (error as AppError).code ?? 'LGSP_UPSTREAM_ABORTED'));
  return reply.send(ans.body);
}
