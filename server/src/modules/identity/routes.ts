import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  clearSessionCookie, issueCsrfToken, requireUser, rotateCsrfSecret, SESSION_COOKIE, setSessionCookie,
} from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { errorResponses, IdParams, Ok } from '../../platform/schemas.js';
import { identityErrors } from './errors.js';
import { adminScope } from './policies.js';
import { identityRepository } from './repository.js';
import { createSession, deleteSession, revokeSession, sessionsOf } from './sessions.js';
import { requestPasswordReset, resetPassword } from './password-reset.js';
import {
  Agency, AgencyInput, AgencyList, AgencyListQuery, AgencyPatch, CsrfResponse, LoginBody, MeResponse, OfficialInput,
  PasswordReset, PasswordResetRequest, RegisterBody, RoleInput, RoleParams, SessionList, SessionParams, UserList, UserListQuery, UserPatch, UserSummary,
} from './schemas.js';
import * as service from './service.js';

export const identityRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const { db, config } = deps;
  const auth = ['Tài khoản'];
  const admin = ['Quản trị'];

  const startSession = async (request: FastifyRequest, reply: FastifyReply, userId: number) => {
    const session = await deps.uow({ type: 'user', id: userId, fullName: '' }, async ({ tx, audit }) => {
      const created = await createSession(tx, userId, config.sessionTtlHours, { ip: request.ip, userAgent: request.headers['user-agent'] });
      audit({ action: 'auth.login', entity: 'user', entityId: userId, data: { ip: request.ip } });
      return created;
    });
    setSessionCookie(reply, session.token, session.expiresAt, config.cookieSecure);
    rotateCsrfSecret(reply, config.cookieSecure);
  };

  app.get('/auth/csrf', {
    schema: { tags: auth, summary: 'Lấy mã chống giả mạo (CSRF) để gửi kèm header x-csrf-token', response: { 200: CsrfResponse } },
  }, async (request, reply) => ({ token: issueCsrfToken(request, reply) }));

  app.get('/auth/me', {
    schema: { tags: auth, summary: 'Người dùng đang đăng nhập (null nếu chưa đăng nhập)', response: { 200: MeResponse } },
  }, async (request) => ({ user: request.user ? await service.profileOf(db, request.user.id) : null }));

  app.post('/auth/login', {
    schema: { tags: auth, summary: 'Đăng nhập', body: LoginBody, response: { 200: MeResponse, ...errorResponses(400, 401, 403, 429) } },
  }, async (request, reply) => {
    const userId = await service.authenticate(db, { ...request.body, ip: request.ip }, config.loginRateLimit);
    await startSession(request, reply, userId);
    return { user: await service.profileOf(db, userId) };
  });

  app.post('/auth/logout', {
    schema: { tags: auth, summary: 'Đăng xuất', response: { 200: Ok } },
  }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await deleteSession(db, token);
    clearSessionCookie(reply);
    rotateCsrfSecret(reply, config.cookieSecure);
    return { ok: true as const };
  });

  app.get('/auth/sessions', {
    schema: { tags: auth, summary: 'Các phiên đăng nhập của tôi (thiết bị, địa chỉ, thời gian)', response: { 200: SessionList, ...errorResponses(401) } },
  }, async (request) => ({ items: await sessionsOf(db, requireUser(request).id, request.cookies[SESSION_COOKIE]) }));

  app.delete('/auth/sessions/:sessionId', {
    schema: { tags: auth, summary: 'Đăng xuất một phiên từ xa (thiết bị bị mất, máy dùng chung)', params: SessionParams, response: { 200: Ok, ...errorResponses(401, 404) } },
  }, async (request) => {
    const user = requireUser(request);
    await deps.uow(user, async ({ tx, audit }) => {
      if (!(await revokeSession(tx, user.id, request.params.sessionId))) throw identityErrors.sessionNotFound();
      audit({ action: 'auth.session.revoke', entity: 'user', entityId: user.id, data: { session: request.params.sessionId } });
    });
    return { ok: true as const };
  });

  app.post('/auth/password-reset/request', {
    schema: { tags: auth, summary: 'Quên mật khẩu: gửi đường dẫn đặt lại mật khẩu đến thư điện tử của tài khoản', body: PasswordResetRequest, response: { 202: Ok, ...errorResponses(400, 429) } },
    config: { rateLimit: { max: config.loginRateLimit.max, timeWindow: config.loginRateLimit.windowMinutes * 60_000 } },
  }, async (request, reply) => {
    await requestPasswordReset(deps, request.body.account);
    return reply.code(202).send({ ok: true as const });
  });

  app.post('/auth/password-reset', {
    schema: { tags: auth, summary: 'Đặt mật khẩu mới bằng đường dẫn đã gửi qua thư điện tử', body: PasswordReset, response: { 200: Ok, ...errorResponses(400, 429) } },
    config: { rateLimit: { max: config.loginRateLimit.max, timeWindow: config.loginRateLimit.windowMinutes * 60_000 } },
  }, async (request) => {
    await resetPassword(deps, request.body.token, request.body.password);
    return { ok: true as const };
  });

  app.post('/auth/register', {
    schema: {
      tags: auth, summary: 'Đăng ký tài khoản công dân hoặc doanh nghiệp', body: RegisterBody,
      response: { 201: MeResponse, ...errorResponses(400, 409) },
    },
  }, async (request, reply) => {
    const userId = await service.registerApplicant(deps, { ...request.body, username: request.body.username.toLowerCase() });
    await startSession(request, reply, userId);
    return reply.code(201).send({ user: await service.profileOf(db, userId) });
  });

  // ---- agencies: public read, scoped administration ----

  app.get('/agencies', {
    schema: { tags: ['Cơ quan'], summary: 'Danh sách cơ quan (cây theo parentId)', querystring: AgencyListQuery, response: { 200: AgencyList } },
  }, async (request) => ({ items: await identityRepository.listAgencies(db, request.query.includeExpired ?? false) }));

  app.get('/agencies/:id', {
    schema: { tags: ['Cơ quan'], summary: 'Thông tin một cơ quan', params: IdParams, response: { 200: Agency, ...errorResponses(404) } },
  }, async (request) => {
    const agency = await identityRepository.getAgency(db, request.params.id);
    if (!agency) throw identityErrors.agencyNotFound();
    return agency;
  });

  app.post('/admin/agencies', {
    schema: {
      tags: admin, summary: 'Tạo cơ quan trong phạm vi quản trị', body: AgencyInput,
      response: { 201: Agency, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const scope = await adminScope(db, requireUser(request));
    return reply.code(201).send(await service.createAgency(deps, scope, request.body));
  });

  app.patch('/admin/agencies/:id', {
    schema: {
      tags: admin, summary: 'Sửa cơ quan (tên, mã, cấp trên, hiệu lực)', params: IdParams, body: AgencyPatch,
      response: { 200: Agency, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => service.updateAgency(deps, await adminScope(db, requireUser(request)), request.params.id, request.body));

  // ---- users and roles ----

  app.get('/admin/users', {
    schema: { tags: admin, summary: 'Cán bộ trong phạm vi quản trị', querystring: UserListQuery, response: { 200: UserList, ...errorResponses(401, 403, 404) } },
  }, async (request) => service.listUsers(db, await adminScope(db, requireUser(request)), request.query));

  app.post('/admin/users', {
    schema: { tags: admin, summary: 'Tạo tài khoản cán bộ với vai trò', body: OfficialInput, response: { 201: UserSummary, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => reply.code(201).send(await service.createOfficial(deps, await adminScope(db, requireUser(request)), request.body)));

  app.get('/admin/users/:id', {
    schema: { tags: admin, summary: 'Một cán bộ', params: IdParams, response: { 200: UserSummary, ...errorResponses(401, 403, 404) } },
  }, async (request) => service.findUserInScope(db, await adminScope(db, requireUser(request)), request.params.id));

  app.patch('/admin/users/:id', {
    schema: { tags: admin, summary: 'Sửa, khóa/mở khóa, đặt lại mật khẩu', params: IdParams, body: UserPatch, response: { 200: UserSummary, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => service.updateUser(deps, await adminScope(db, requireUser(request)), request.params.id, request.body));

  app.post('/admin/users/:id/roles', {
    schema: { tags: admin, summary: 'Gán vai trò tại một cơ quan', params: IdParams, body: RoleInput, response: { 200: UserSummary, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => service.grantRole(deps, await adminScope(db, requireUser(request)), request.params.id, request.body));

  app.delete('/admin/users/:id/roles/:roleId', {
    schema: { tags: admin, summary: 'Gỡ vai trò', params: RoleParams, response: { 200: UserSummary, ...errorResponses(401, 403, 404, 409) } },
  }, async (request) => service.revokeRole(deps, await adminScope(db, requireUser(request)), request.params.id, request.params.roleId));
};
