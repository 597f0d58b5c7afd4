import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type Provider from 'oidc-provider';
import { Type } from 'typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { errorResponses, Nullable } from '../../platform/schemas.js';
import { adminScope, requireProvinceAdmin } from './policies.js';
import { identityRepository as repo, type OidcClientRow } from './repository.js';
import { OIDC_PATH, SCOPES } from './oidc.js';

/**
 * oidc-provider is a Koa application: its paths (/oidc/...) are handed to it untouched, bodies
 * included (its token endpoint reads form-encoded bodies itself).
 */
export function oidcMount(provider: Provider): FastifyPluginAsync {
  const handle = provider.callback();
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const serve = async (request: FastifyRequest, reply: FastifyReply) => {
      reply.hijack();
      const raw = request.raw as typeof request.raw & { originalUrl?: string };
      raw.originalUrl = raw.url;
      raw.url = raw.url!.slice(OIDC_PATH.length) || '/';
      await handle(raw, reply.raw);
    };
    app.all(OIDC_PATH, { schema: { hide: true } }, serve);
    app.all(`${OIDC_PATH}/*`, { schema: { hide: true } }, serve);
  };
}

const oidcErrors = {
  interactionNotFound: () => new AppError('SSO_INTERACTION_NOT_FOUND', 404, 'Phiên đăng nhập của ứng dụng đã hết hạn hoặc không tồn tại: vui lòng mở lại ứng dụng và đăng nhập.'),
  otherAccount: () => new AppError('SSO_OTHER_ACCOUNT', 409, 'Bạn đang đăng nhập cổng bằng một tài khoản khác với tài khoản đã xác thực cho ứng dụng: vui lòng mở lại ứng dụng.'),
  badClient: (detail: string) => new AppError('SSO_CLIENT_INVALID', 400, `Thông tin ứng dụng không hợp lệ: ${detail}`),
  clientExists: () => new AppError('SSO_CLIENT_EXISTS', 409, 'Đã có ứng dụng với mã này.'),
  clientNotFound: () => new AppError('SSO_CLIENT_NOT_FOUND', 404, 'Không tìm thấy ứng dụng.'),
};

const Uid = Type.Object({ uid: Type.String({ pattern: '^[A-Za-z0-9_-]{10,64}$' }) });
const ClientIdParams = Type.Object({ clientId: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{2,63}$' }) });
const Url = Type.String({ maxLength: 500, pattern: '^https?://[^\\s]+$' });
const ClientBody = Type.Object({
  clientId: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{2,63}$', description: 'mã ứng dụng (client_id)' }),
  name: Type.String({ minLength: 2, maxLength: 200 }),
  applicationType: Type.Union([Type.Literal('web'), Type.Literal('native')], { description: 'native: ứng dụng cài trên máy, nhận địa chỉ loopback với mọi cổng (RFC 8252)' }),
  redirectUris: Type.Array(Url, { minItems: 1, maxItems: 10 }),
  postLogoutRedirectUris: Type.Array(Url, { maxItems: 10 }),
  backchannelLogoutUri: Type.Optional(Nullable(Url)),
  scopes: Type.Array(Type.Enum(Object.keys(SCOPES)), { minItems: 1, maxItems: 10 }),
}, { additionalProperties: false });
const ClientPatch = Type.Partial(Type.Object({ ...ClientBody.properties, active: Type.Boolean() }, { additionalProperties: false }));
const Client = Type.Object({
  clientId: Type.String(), name: Type.String(), applicationType: Type.String(), redirectUris: Type.Array(Type.String()),
  postLogoutRedirectUris: Type.Array(Type.String()), backchannelLogoutUri: Nullable(Type.String()), scopes: Type.Array(Type.String()),
  active: Type.Boolean(), createdAt: Type.Unsafe<Date>({ type: 'string', format: 'date-time' }), secretRotatedAt: Type.Unsafe<Date>({ type: 'string', format: 'date-time' }),
});
const Secret = Type.Object({ clientId: Type.String(), clientSecret: Type.String({ description: 'chỉ hiển thị một lần' }) });
const Consent = Type.Object({
  uid: Type.String(), client: Type.Object({ clientId: Type.String(), name: Type.String() }), accountName: Type.String(),
  scopes: Type.Array(Type.Object({ scope: Type.String(), label: Type.String() })),
});
const ConsentBody = Type.Object({ approve: Type.Boolean() }, { additionalProperties: false });
const Redirect = Type.Object({ redirectTo: Type.String() });

const present = (c: OidcClientRow) => ({
  clientId: c.clientId, name: c.name, active: c.active, createdAt: c.createdAt, secretRotatedAt: c.secretRotatedAt,
  applicationType: c.metadata.application_type ?? 'web', redirectUris: c.metadata.redirect_uris, postLogoutRedirectUris: c.metadata.post_logout_redirect_uris ?? [],
  backchannelLogoutUri: c.metadata.backchannel_logout_uri ?? null, scopes: (c.metadata.scope ?? '').split(' ').filter(Boolean),
});

/** What oidc-provider stores for a client, from what the admin typed. */
function metadataOf(body: { applicationType: 'web' | 'native'; redirectUris: string[]; postLogoutRedirectUris: string[]; backchannelLogoutUri?: string | null; scopes: string[] }) {
  return {
    application_type: body.applicationType, redirect_uris: body.redirectUris, post_logout_redirect_uris: body.postLogoutRedirectUris,
    ...(body.backchannelLogoutUri ? { backchannel_logout_uri: body.backchannelLogoutUri, backchannel_logout_session_required: true } : {}),
    scope: [...new Set(['openid', ...body.scopes])].join(' '), grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  };
}

export const newClientSecret = () => randomBytes(32).toString('base64url');

/** Sign-in and consent for the relying parties, and their registration by the province IT admin. */
export function oidcRoutes(provider: Provider): FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> {
  return async (app, { deps }) => {
    const tags = ['Đăng nhập một lần (SSO)'];

    /** The interaction of this browser, by its cookie; 404 when it is gone or another one. */
    const interactionOf = async (request: FastifyRequest, reply: FastifyReply, uid: string) => {
      try {
        const details = await provider.interactionDetails(request.raw, reply.raw);
        if (details.uid !== uid) throw oidcErrors.interactionNotFound();
        return details;
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw oidcErrors.interactionNotFound();
      }
    };

    // Where oidc-provider sends the browser: signed in on the portal, the login step completes at once.
    app.get('/oidc/interactions/:uid', { schema: { hide: true, params: Uid } }, async (request, reply) => {
      const details = await interactionOf(request, reply, request.params.uid);
      if (details.prompt.name === 'login') {
        if (!request.user) return reply.redirect(`/dang-nhap?tiep=${encodeURIComponent(request.url)}`, 303);
        const returnTo = await provider.interactionResult(request.raw, reply.raw, { login: { accountId: String(request.user.id) } }, { mergeWithLastSubmission: false });
        return reply.redirect(returnTo, 303);
      }
      if (!request.user || String(request.user.id) !== details.session?.accountId) throw oidcErrors.otherAccount();
      return reply.redirect(`/sso/dong-y/${details.uid}`, 303);
    });

    app.get('/oidc/interactions/:uid/consent', {
      schema: { tags, summary: 'Ứng dụng đang xin quyền gì (trang đồng ý): tên ứng dụng, các thông tin sẽ chia sẻ', params: Uid, response: { 200: Consent, ...errorResponses(401, 404, 409) } },
    }, async (request, reply) => {
      const user = requireUser(request);
      const details = await interactionOf(request, reply, request.params.uid);
      if (String(user.id) !== details.session?.accountId) throw oidcErrors.otherAccount();
      const client = await provider.Client.find(String(details.params.client_id));
      const requested = String(details.params.scope ?? 'openid').split(' ').filter((s) => SCOPES[s]);
      return {
        uid: details.uid, accountName: user.fullName,
        client: { clientId: String(details.params.client_id), name: client?.clientName ?? String(details.params.client_id) },
        scopes: requested.map((scope) => ({ scope, label: SCOPES[scope]!.label })),
      };
    });

    app.post('/oidc/interactions/:uid/consent', {
      schema: { tags, summary: 'Người dùng đồng ý hoặc từ chối chia sẻ thông tin với ứng dụng; trả về địa chỉ để trình duyệt tiếp tục', params: Uid, body: ConsentBody, response: { 200: Redirect, ...errorResponses(400, 401, 404, 409) } },
    }, async (request, reply) => {
      const user = requireUser(request);
      const details = await interactionOf(request, reply, request.params.uid);
      if (String(user.id) !== details.session?.accountId) throw oidcErrors.otherAccount();
      if (!request.body.approve) {
        const redirectTo = await provider.interactionResult(request.raw, reply.raw, { error: 'access_denied', error_description: 'Người dùng không đồng ý chia sẻ thông tin.' }, { mergeWithLastSubmission: false });
        return { redirectTo };
      }
      const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: user.id.toString(), clientId: String(details.params.client_id) });
      if (!grant) throw oidcErrors.interactionNotFound();
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
      const grantId = await grant.save();
      await deps.uow(user, async ({ audit }) => audit({ action: 'sso.consent', entity: 'oidc_client', entityId: String(details.params.client_id), data: { scopes: missing.missingOIDCScope ?? [] } }));
      const redirectTo = await provider.interactionResult(request.raw, reply.raw, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return { redirectTo };
    });

    // ---- the relying parties, registered by the province IT admin ----

    const validated = async (metadata: object, clientId: string) => {
      try {
        await provider.Client.validate({ ...metadata, client_id: clientId, client_secret: 'x'.repeat(43) } as never);
      } catch (error) {
        throw oidcErrors.badClient((error as { error_description?: string; message: string }).error_description ?? (error as Error).message);
      }
      return metadata;
    };

    app.get('/admin/oidc-clients', {
      schema: { tags, summary: 'Các ứng dụng dùng đăng nhập một lần của tỉnh (quản trị tỉnh)', response: { 200: Type.Object({ items: Type.Array(Client) }), ...errorResponses(401, 403) } },
    }, async (request) => {
      requireProvinceAdmin(await adminScope(deps.db, requireUser(request)));
      return { items: (await repo.oidcClients(deps.db)).map(present) };
    });

    app.post('/admin/oidc-clients', {
      schema: { tags, summary: 'Đăng ký ứng dụng: địa chỉ chuyển hướng, phạm vi; mật khẩu ứng dụng chỉ hiện một lần', body: ClientBody, response: { 201: Secret, ...errorResponses(400, 401, 403, 409) } },
    }, async (request, reply) => {
      const user = requireUser(request);
      requireProvinceAdmin(await adminScope(deps.db, user));
      const metadata = await validated(metadataOf(request.body), request.body.clientId);
      const secret = newClientSecret();
      await deps.uow(user, async ({ tx, audit }) => {
        try {
          await repo.insertOidcClient(tx, { clientId: request.body.clientId, name: request.body.name, metadata, secret, createdBy: user.id });
        } catch (error) {
          if ((error as { code?: string }).code === '23505') throw oidcErrors.clientExists();
          throw error;
        }
        audit({ action: 'sso.client.create', entity: 'oidc_client', entityId: request.body.clientId, data: { name: request.body.name } });
      });
      return reply.code(201).send({ clientId: request.body.clientId, clientSecret: secret });
    });

    app.patch('/admin/oidc-clients/:clientId', {
      schema: { tags, summary: 'Sửa ứng dụng (địa chỉ, phạm vi), tạm dừng hoặc kích hoạt lại', params: ClientIdParams, body: ClientPatch, response: { 200: Client, ...errorResponses(400, 401, 403, 404) } },
    }, async (request) => {
      const user = requireUser(request);
      requireProvinceAdmin(await adminScope(deps.db, user));
      const current = (await repo.oidcClients(deps.db)).find((c) => c.clientId === request.params.clientId);
      if (!current) throw oidcErrors.clientNotFound();
      const merged = { ...present(current), ...request.body };
      const metadata = await validated(metadataOf(merged), current.clientId);
      await deps.uow(user, async ({ tx, audit }) => {
        await repo.updateOidcClient(tx, current.clientId, { name: request.body.name, metadata, active: request.body.active });
        audit({ action: 'sso.client.update', entity: 'oidc_client', entityId: current.clientId, data: request.body });
      });
      return present((await repo.oidcClients(deps.db)).find((c) => c.clientId === current.clientId)!);
    });

    app.post('/admin/oidc-clients/:clientId/secret', {
      schema: { tags, summary: 'Cấp mật khẩu ứng dụng mới (mật khẩu cũ hết hiệu lực ngay); chỉ hiện một lần', params: ClientIdParams, response: { 200: Secret, ...errorResponses(401, 403, 404) } },
    }, async (request) => {
      const user = requireUser(request);
      requireProvinceAdmin(await adminScope(deps.db, user));
      const secret = newClientSecret();
      await deps.uow(user, async ({ tx, audit }) => {
        if (!(await repo.updateOidcClient(tx, request.params.clientId, { secret }))) throw oidcErrors.clientNotFound();
        audit({ action: 'sso.client.rotate-secret', entity: 'oidc_client', entityId: request.params.clientId });
      });
      return { clientId: request.params.clientId, clientSecret: secret };
    });

  };
}
