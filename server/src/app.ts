import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
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
import type { Db } from './platform/db.js';
import { AppError, errors } from './platform/errors.js';
import { sessionPlugin } from './platform/auth.js';
import { createValidatorCompiler, describeValidation } from './platform/validation.js';
import { identityRoutes } from './modules/identity/routes.js';
import { catalogRoutes } from './modules/catalog/routes.js';
import { dossierRoutes } from './modules/dossiers/routes.js';
import { FileStore } from './platform/files.js';
import { agencyKeyProvider } from './platform/pki.js';

export type AppDeps = { config: Config; db: Db };

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the whole application without listening, so tests and `main.ts` share it. */
export async function buildApp({ config, db }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(createValidatorCompiler());
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && config.webDist && hasIndex(config.webDist);
    if (isPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    throw errors.routeNotFound();
  });

  await app.register(cookie);
  await app.register(csrf, {
    cookieKey: 'tinhso_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: config.cookieSecure },
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5, fieldSize: 2000 } });
  await app.register(sessionPlugin, { db });
  // Synchronizer token: every state-changing API call carries the token from GET /api/auth/csrf.
  app.addHook('onRequest', (request, reply, done) => {
    if (STATE_CHANGING.has(request.method) && request.url.startsWith('/api/')) {
      app.csrfProtection(request, reply, done);
    } else {
      done();
    }
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
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  // fastify-metrics is CommonJS with `exports.default`.
  await app.register(fastifyMetrics.default, {
    endpoint: { url: '/metrics', method: 'GET', schema: { hide: true }, handler: () => undefined },
    clearRegisterOnInit: true,
    // Histograms aggregate across nodes; per-node summaries would compute quantiles on every request.
    routeMetrics: { enabled: { histogram: true, summary: false } },
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  await app.register(identityRoutes, { prefix: '/api', config, db });
  await app.register(catalogRoutes, { prefix: '/api', db });
  const dossierDeps = {
    db,
    files: new FileStore(path.join(config.dataDir, 'files')),
    agencyKey: agencyKeyProvider({ dir: config.pkiDir, passphrase: config.pkiPassphrase, demo: config.demo }),
  };
  await app.register(dossierRoutes, {
    prefix: '/api', deps: dossierDeps, uploadLimit: config.uploadLimitBytes, lookupRateLimit: config.lookupRateLimitPerMinute,
  });

  if (config.webDist && hasIndex(config.webDist)) {
    await app.register(fastifyStatic, { root: config.webDist, wildcard: false, index: 'index.html' });
  }
  return app;
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
};

function errorHandler(this: FastifyInstance, error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  let appError: AppError;
  if (error instanceof AppError) {
    appError = error;
  } else if (error.validation) {
    const details = describeValidation(error.validation, error.validationContext ?? 'body');
    const first = details[0];
    appError = errors.validation(details, first ? `Dữ liệu không hợp lệ: "${first.field}" ${first.message}.` : undefined);
  } else if (error.code && frameworkErrors[error.code]) {
    appError = frameworkErrors[error.code]!();
  } else if (error.statusCode === 429) {
    appError = errors.rateLimited();
  } else if (error instanceof SyntaxError && error.statusCode === 400) {
    appError = errors.badJson();
  } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    request.log.warn({ err: error }, 'client error');
    appError = new AppError('BAD_REQUEST', error.statusCode, 'Yêu cầu không hợp lệ.');
  } else {
    request.log.error({ err: error }, 'unhandled error');
    appError = errors.internal({ requestId: request.id });
  }
  return reply.code(appError.statusCode).send({
    error: { code: appError.code, message: appError.message, ...(appError.details ? { details: appError.details } : {}) },
  });
}
