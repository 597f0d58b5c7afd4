import fs from 'node:fs';
import path from 'node:path';
import http, { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import multipart from '@fastify/multipart';
import fastifyMetrics from 'fastify-metrics';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import { loggerOptions, type LogStream } from './platform/log-masking.js';
import { initPersonalData, resolvePersonalDataKeys, sealExistingRows } from './platform/personal-data.js';
import { createPool, isDatabaseUnavailable, type Db } from './platform/db.js';
import { AppError, DATABASE_RETRY_AFTER_SECONDS, errors } from './platform/errors.js';
import { LSN_COOKIE, lsnCookieOptions, noteCommit, readPool, withRequestLsn, writtenLsn } from './platform/read-replica.js';
import { CSRF_COOKIE, CSRF_HMAC_KEY, csrfCookieOptions, csrfUserInfo, sessionPlugin } from './platform/auth.js';
import { createValidatorCompiler, describeValidation, parseQueryString } from './platform/validation.js';
import { calendarRoutes } from './modules/calendar/index.js';
import { catalogRoutes } from './modules/catalog/index.js';
import { dossierPersonalData, dossierRoutes, formRenderer, startDeadlineScan } from './modules/dossiers/index.js';
import { createOidcProvider, identity, identityRoutes, oidcMount, oidcRoutes, sessionResolver } from './modules/identity/index.js';
import { notifyRoutes, notifySubscriptions, startDigests } from './modules/notify/index.js';
import { operationsRoutes, startNodeHeartbeat, startOperationsJobs } from './modules/operations/index.js';
import { appointmentPersonalData, appointmentRoutes, startAppointmentReminders } from './modules/appointments/index.js';
import { paymentPersonalData, paymentRoutes, receiptIssuer, startPaymentJobs } from './modules/payments/index.js';
import { documentRoutes, documentSubscriptions, startAxisPolling } from './modules/documents/index.js';
import { feedbackPersonalData, feedbackRoutes, feedbackSubscriptions, open311Routes, startFeedbackJobs } from './modules/feedback/index.js';
import { contentRoutes, contentSubscriptions, startContentJobs } from './modules/content/index.js';
import { openDataRoutes, openDataSubscriptions, startOpenDataJobs } from './modules/opendata/index.js';
import { gatewayCalls, gatewayRoutes, integrationRoutes, integrationSubscriptions, startIntegrationJobs } from './modules/integration/index.js';
import { interopRoutes, interopSubscriptions, startInteropJobs } from './modules/interop/index.js';
import { meetingPersonalData, meetingRoutes } from './modules/meetings/index.js';
import { mailRoutes, mailSubscriptions, startMailJobs } from './modules/mail/index.js';
import type { ModuleDeps } from './platform/context.js';
import { createFileStore, startFileSweeper } from './platform/files.js';
import { JobRegistry } from './platform/jobs.js';
import { ChangeListener } from './platform/change-listener.js';
import { smtpMail } from './platform/mail.js';
import { loggingTextProvider } from './platform/messaging.js';
import { payGovProvider } from './platform/payment-platform.js';
import { documentAxisClient } from './platform/document-axis.js';
import { agencyKeyProvider, platformSigningKey } from './platform/pki.js';
import { personalSigningDevices } from './platform/signing.js';
import { startAuditSealer } from './platform/audit.js';
import { unitOfWork } from './platform/unit-of-work.js';
import { pgRateLimitStore, startRateLimitSweeper } from './platform/rate-limit-store.js';
import { originOf, RAW_SECURITY_HEADER_LINES, registerSecurityHeaders, setGatewaySecurityHeaders } from './platform/security-headers.js';
import { feedbackSettings } from './modules/feedback/index.js';

export type AppDeps = {
  config: Config; db: Db;
  /** Where log lines go (standard output by default); tests read them to check what they carry. */
  logStream?: LogStream;
  /** Builds the routes only, for the OpenAPI document: no database work (no personal-data keys loaded). */
  documentOnly?: boolean;
};

declare module 'fastify' {
  interface FastifyInstance {
    /** The modules' shared dependencies, for background work and tests. */
    deps: ModuleDeps;
    /** The node's request listener: the integration gateway's calls first, then Fastify's routing (for another listener, e.g. mutual TLS). */
    handle: (req: IncomingMessage, res: ServerResponse) => void;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the whole application without listening, so tests and `main.ts` share it. */
export async function buildApp({ config, db, logStream, documentOnly = false }: AppDeps): Promise<FastifyInstance> {
  // Calls through the integration gateway (/lgsp/{service}/…) are taken before Fastify routes anything: a member
  // system needs none of the web application's hooks, and the gateway must add as little as it can (bench/gateway.ts).
  let gateway: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined;
  const app = Fastify({
    serverFactory: (handler) => {
      const server = http.createServer((req, res) => {
        if (!gatewayWithHeaders(req, res)) handler(req, res);
      });
      // What Fastify sets on a server it makes itself.
      server.keepAliveTimeout = 72_000;
      server.requestTimeout = 0;
      return server;
    },
    // Personal data (ID numbers, phones, addresses) is masked in every log line: platform/log-masking.ts.
    logger: loggerOptions(config.logLevel, logStream),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true, querystringParser: parseQueryString },
    // Errors raised before routing (a malformed percent-encoding, an overlong parameter) get the catalog's body too.
    frameworkErrors: (error, request, reply) => sendError(reply, toAppError(error, request)),
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // The gateway's answers carry the security headers too; set before it decides (when it declines, Fastify's own replace them).
  const gatewayWithHeaders = (req: IncomingMessage, res: ServerResponse) => {
    if (!gateway || !req.url?.startsWith('/lgsp/')) return gateway?.(req, res) ?? false;
    setGatewaySecurityHeaders(res, isTls(req, config));
    return gateway(req, res);
  };

  // Personal data is sealed at rest: the keys first, then whatever an older version left in clear (one node at a time).
  if (!documentOnly) {
    await initPersonalData(db, await resolvePersonalDataKeys({ encryptionKey: config.dataEncryption.keys, hashKey: config.dataEncryption.hashKey, demo: config.demo, dataDir: config.dataDir }));
    await sealExistingRows(db, [...identity.personalData, ...dossierPersonalData, ...appointmentPersonalData, ...feedbackPersonalData, ...meetingPersonalData, ...paymentPersonalData]);
  }

  app.setValidatorCompiler(createValidatorCompiler());
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && config.webDist && hasIndex(config.webDist);
    if (isPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    throw errors.routeNotFound();
  });

  // API replies over 1 KB are compressed for clients that ask (phones on slow networks); static files come precompressed.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['gzip', 'deflate'] });
  // CSP, frame-ancestors, nosniff, referrer policy, HSTS over TLS: on every answer (platform/security-headers.ts).
  registerSecurityHeaders(app, {
    frameOrigins: [originOf(config.jitsi.baseUrl)].filter((o): o is string => !!o),
    imageOrigins: [originOf(feedbackSettings().map.tileUrl)].filter((o): o is string => !!o),
    alwaysTls: config.cookieSecure,
  });
  await app.register(cookie);
  // The streaming replica, when configured, and read-your-writes: the client's last change's WAL position in a cookie.
  const replica = config.databaseRead.url ? createPool(config.databaseRead.url, 10, { connectTimeoutMs: config.databaseConnectTimeoutMs }) : null;
  const read = readPool(db, replica, app.log, { maxLagSeconds: config.databaseRead.maxLagSeconds });
  if (replica) {
    app.addHook('onRequest', (request, _reply, done) => withRequestLsn(request.cookies[LSN_COOKIE], done));
    app.addHook('onSend', async (_request, reply) => {
      const lsn = writtenLsn();
      if (lsn) reply.setCookie(LSN_COOKIE, lsn, lsnCookieOptions(config.cookieSecure));
    });
    app.addHook('onClose', () => replica.end());
  }
  await app.register(csrf, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: csrfCookieOptions(config.cookieSecure),
    // A token is valid only with the session it was issued to (see platform/auth.ts).
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: CSRF_HMAC_KEY, userInfo: true },
  });
  // Counted in PostgreSQL, so that a limit holds across all the nodes behind the load balancer.
  await app.register(rateLimit, { global: false, store: pgRateLimitStore(db) });
  const stopRateLimitSweeper = startRateLimitSweeper(db, app.log);
  app.addHook('onClose', () => stopRateLimitSweeper());
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5, fieldSize: 2000 } });
  // Who is signed in is asked on every request: kept on the node while it hears of every change (see sessions.ts).
  const changes = new ChangeListener(db, app.log);
  const resolveSession = sessionResolver(db, changes);
  await changes.start();
  app.addHook('onClose', () => changes.stop());
  await app.register(sessionPlugin, { resolve: resolveSession });
  // Synchronizer token: every state-changing API call carries the token from GET /api/auth/csrf.
  // Attached to the routes themselves, decided on the routed path: a request reaches a route only
  // through its check, however the URL is spelled (`/%61pi/...`, a trailing slash).
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!route.url.startsWith('/api/') || !methods.some((m) => STATE_CHANGING.has(m))) return;
    // Server-to-server callbacks authenticate their message instead (the payment platform's checksum).
    if ((route.config as { csrf?: boolean } | undefined)?.csrf === false) return;
    const own = route.onRequest ? (Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest]) : [];
    const checkCsrf = (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) =>
      STATE_CHANGING.has(request.method) ? app.csrfProtection(request, reply, done) : done();
    route.onRequest = [checkCsrf, ...own] as typeof route.onRequest;
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tỉnh Số API',
        version: '0.1.0',
        description: 'API của nền tảng chính quyền điện tử Tỉnh Số. Lỗi trả về dạng { "error": { "code", "message" } }.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tinhso_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
  });
  // No validator badge: it is an image from swagger.io, outside the CSP.
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });
  // fastify-metrics is CommonJS with `exports.default`.
  await app.register(fastifyMetrics.default, {
    endpoint: { url: '/metrics', method: 'GET', schema: { hide: true }, handler: () => undefined },
    clearRegisterOnInit: true,
    // Histograms aggregate across nodes; per-node summaries would compute quantiles on every request.
    routeMetrics: { enabled: { histogram: true, summary: false } },
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    const replicaState = replica ? { replica: read.state() } : {};
    try {
      await db.query('SELECT 1');
      return { status: 'ok', ...replicaState };
    } catch {
      return reply.code(503).header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS)).send({ status: 'unavailable', database: 'unreachable', ...replicaState });
    }
  });

  const jobs = new JobRegistry();
  const deps: ModuleDeps = {
    db, read, config, jobs, uow: unitOfWork(db, jobs, replica ? noteCommit : undefined),
    files: createFileStore(config),
    mail: smtpMail(config.smtpUrl, config.mailFrom),
    sms: loggingTextProvider('sms', app.log),
    appMessage: loggingTextProvider('app_message', app.log),
    payment: config.payment.url && config.payment.secret
      ? payGovProvider({ url: config.payment.url, partnerCode: config.payment.partnerCode, secret: config.payment.secret }) : null,
    documentAxis: config.documentAxis.url && config.documentAxis.token ? documentAxisClient({ url: config.documentAxis.url, token: config.documentAxis.token }) : null,
    agencyKey: agencyKeyProvider({ dir: config.pkiDir, passphrase: config.pkiPassphrase, demo: config.demo }),
    personalKey: personalSigningDevices({ dir: config.pkiDir, passphrase: config.pkiPassphrase, demo: config.demo }),
  };
  app.decorate('deps', deps);
  for (const subscription of [formRenderer(deps), receiptIssuer(deps), ...notifySubscriptions(deps), ...documentSubscriptions(deps), ...feedbackSubscriptions(deps), ...contentSubscriptions(deps), ...openDataSubscriptions(deps), ...integrationSubscriptions(deps), ...interopSubscriptions(deps), ...mailSubscriptions(deps)]) jobs.subscribe(subscription);
  // The province's OpenID Connect provider: its protocol paths under /oidc, sign-in and consent under /api.
  const oidc = await createOidcProvider({
    db, issuer: `${config.publicUrl}/oidc`, pkiDir: config.pkiDir, dataDir: config.dataDir, secureCookies: config.cookieSecure, findAccount: identity.oidcAccount,
  });
  await app.register(oidcMount(oidc));
  await app.register(oidcRoutes(oidc), { prefix: '/api', deps });
  await app.register(identityRoutes, { prefix: '/api', deps, sso: oidc });
  for (const routes of [calendarRoutes, catalogRoutes, dossierRoutes, appointmentRoutes, paymentRoutes, documentRoutes, feedbackRoutes, contentRoutes, openDataRoutes, integrationRoutes, interopRoutes, meetingRoutes, notifyRoutes, operationsRoutes, mailRoutes]) {
    await app.register(routes, { prefix: '/api', deps });
  }
  await app.register(open311Routes, { prefix: '/open311/v2', deps });
  await app.register(gatewayRoutes, { prefix: '/lgsp', deps });
  gateway = gatewayCalls(deps, app.log);
  app.decorate('handle', (req: IncomingMessage, res: ServerResponse) => {
    if (!gatewayWithHeaders(req, res)) app.routing(req, res);
  });
  // This process says it is alive every ~10 s (the operations page); marked gone on a clean shutdown.
  const heartbeat = await startNodeHeartbeat(db, { runsJobs: config.jobs, log: app.log });
  app.addHook('onClose', () => heartbeat.stop());
  // Background work runs on every node that has JOBS on; each piece is safe on several nodes.
  if (config.jobs) {
    const stopWorker = jobs.start(db, app.log);
    const stopScan = startDeadlineScan(deps, app.log);
    const stopPayments = startPaymentJobs(deps, app.log);
    const stopDigests = startDigests(deps, app.log);
    const stopReminders = startAppointmentReminders(deps, app.log);
    const stopAxis = startAxisPolling(deps, app.log);
    const stopFeedback = startFeedbackJobs(deps, app.log);
    const stopContent = startContentJobs(deps, app.log);
    const stopOpenData = startOpenDataJobs(deps, app.log);
    const stopIntegration = startIntegrationJobs(deps, app.log);
    const stopInterop = startInteropJobs(deps, app.log);
    const stopOperations = startOperationsJobs(deps, app.log);
    const stopMail = startMailJobs(deps, app.log);
    // Audit rows are chained within a second of their commit; the chain head is signed periodically.
    const key = await platformSigningKey({ dir: config.pkiDir, passphrase: config.pkiPassphrase, demo: config.demo });
    const stopSealer = startAuditSealer(db, { key, log: app.log });
    // Bytes stored for an upload whose transaction then rolled back are removed a day later.
    const stopSweeper = startFileSweeper(deps.files, db, app.log);
    app.addHook('onClose', async () => {
      stopSealer();
      await stopSweeper();
      stopScan();
      await stopPayments();
      await stopDigests();
      await stopReminders();
      await stopAxis();
      await stopFeedback();
      await stopContent();
      await stopOpenData();
      await stopIntegration();
      await stopInterop();
      stopOperations();
      await stopMail();
      await stopWorker();
    });
  }

  if (config.webDist && hasIndex(config.webDist)) {
    await app.register(fastifyStatic, {
      root: config.webDist, wildcard: false, index: 'index.html',
      // The build writes .br and .gz beside each asset (web/scripts/compress.mjs).
      preCompressed: true,
      // Assets are named by their content: kept a year. The page itself is asked again each time.
      cacheControl: false,
      setHeaders: (reply, filePath) => reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  return app;
}

/** Over TLS: on this socket, or as the trusted proxy's X-Forwarded-Proto says (its last entry, as Fastify reads it). */
function isTls(req: IncomingMessage, config: Config): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  const forwarded = config.trustProxy ? req.headers['x-forwarded-proto'] : undefined;
  const proto = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').pop()?.trim().toLowerCase();
  return proto === 'https';
}

const hasIndex = (dir: string) => fs.existsSync(path.join(dir, 'index.html'));

// Maps Fastify's and its plugins' error codes to the platform's catalog.
const frameworkErrors: Record<string, () => AppError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => errors.payloadTooLarge(),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => errors.unsupportedMediaType(),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => errors.validation(),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => errors.badJson(),
  FST_ERR_CTP_INVALID_JSON_BODY: () => errors.badJson(),
  FST_CSRF_INVALID_TOKEN: () => errors.csrf(),
  FST_CSRF_MISSING_SECRET: () => errors.csrf(),
  FST_ERR_BAD_URL: () => errors.badUrl(),
  FST_ERR_MAX_PARAM_LENGTH: () => errors.urlTooLong(),
  // @fastify/multipart
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => errors.unsupportedMediaType(),
  FST_PARTS_LIMIT: () => errors.tooManyParts(),
  FST_FILES_LIMIT: () => errors.tooManyParts(),
  FST_FIELDS_LIMIT: () => errors.tooManyParts(),
  FST_REQ_FILE_TOO_LARGE: () => errors.payloadTooLarge(),
  FST_PROTO_VIOLATION: () => errors.badMultipart(),
  FST_INVALID_JSON_FIELD_ERROR: () => errors.badMultipart(),
  FST_MP_PREMATURE_CLOSE: () => errors.badMultipart(),
};

/**
 * busboy, under @fastify/multipart, reports a cut-off or malformed body with plain errors that
 * carry neither a code nor a status: recognised by their messages, and only on multipart requests.
 */
const MULTIPART_FAULT = /unexpected end of (multipart data|form|file)|terminated early|boundary (not found|required)|malformed part header|unsupported content-type|missing content-type/i;

function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) {
    // A store away or full (503, 507) is the operators' to see, with the fault that lay under it.
    if (error.statusCode >= 500 && error.cause !== undefined) request.log.error({ err: error.cause, code: error.code }, error.message);
    return error;
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    return errors.databaseUnavailable();
  }
  if (error.validation) {
    const details = describeValidation(error.validation, error.validationContext ?? 'body');
    const first = details[0];
    return errors.validation(details, first ? `Dữ liệu không hợp lệ: "${first.field}" ${first.message}.` : undefined);
  }
  if (error.code && frameworkErrors[error.code]) return frameworkErrors[error.code]!();
  if (error.statusCode === 429) return errors.rateLimited();
  if (error instanceof SyntaxError && error.statusCode === 400) return errors.badJson();
  if (!error.statusCode && MULTIPART_FAULT.test(error.message) && /^multipart\//i.test(request.headers['content-type'] ?? '')) {
    request.log.warn({ err: error }, 'malformed multipart body');
    return errors.badMultipart();
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    request.log.warn({ err: error }, 'client error');
    return new AppError('BAD_REQUEST', error.statusCode, errors.badRequest().message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return errors.internal({ requestId: request.id });
}

function sendError(reply: FastifyReply, appError: AppError) {
  if (appError.retryAfterSeconds) reply.header('retry-after', String(appError.retryAfterSeconds));
  // Errors raised before routing (frameworkErrors) come before the onRequest hooks that set the security headers.
  if (!reply.raw.hasHeader('x-content-type-options')) {
    reply.header('x-content-type-options', 'nosniff').header('x-frame-options', 'DENY').header('referrer-policy', 'no-referrer')
      .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  }
  return reply.code(appError.statusCode).send({
    error: { code: appError.code, message: appError.message, ...(appError.details ? { details: appError.details } : {}) },
  });
}

function errorHandler(this: FastifyInstance, error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendError(reply, toAppError(error, request));
}

/** HTTP that Node cannot parse (bad request line, oversized headers) never reaches Fastify: answered here, in the catalog's shape. */
function clientErrorHandler(error: Error & { code?: string }, socket: Duplex) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const appError = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? errors.requestTimeout()
    : error.code === 'HPE_HEADER_OVERFLOW' ? errors.headersTooLarge()
      : errors.badRequest();
  const status = `${appError.statusCode} ${STATUS_CODES[appError.statusCode]}`;
  const body = JSON.stringify({ error: { code: appError.code, message: appError.message } });
  // As Node's own default does: answer, then close once the answer is flushed.
  if (!socket.writable) return socket.destroy(error);
  socket.end(`HTTP/1.1 ${status}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\n${RAW_SECURITY_HEADER_LINES}Connection: close\r\n\r\n${body}`);
}
