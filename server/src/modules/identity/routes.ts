import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import {
  clearSessionCookie, issueCsrfToken, requireUser, rotateCsrfSecret, SESSION_COOKIE, setSessionCookie,
} from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { errorResponses, IdParams, Ok } from '../../platform/schemas.js';
import { identityErrors } from './errors.js';
import { adminScope, requireProvinceAdmin } from './policies.js';
import { identityRepository } from './repository.js';
import { createSession, deleteSession, revokeSession, sessionsOf } from './sessions.js';
import { requestPasswordReset, resetPassword } from './password-reset.js';
import {
  Agency, AgencyInput, AgencyList, AgencyListQuery, AgencyPatch, CsrfResponse, LoginBody, MeResponse, OfficialInput,
  PasswordReset, PasswordResetRequest, RegisterBody, RoleInput, RoleParams, SessionList, SessionParams, UserList, UserListQuery, UserPatch, UserSummary,
  LoginResponse, EidStartQuery, EidCallbackQuery, EidLinkBody, TotpLoginBody, TotpStatus, TotpSetup, TotpCode, RecoveryCodes, RolePolicies, RolePolicyParams, RolePolicyBody,
} from './schemas.js';
import * as service from './service.js';
import { finishEidLogin, linkEid, startEidLogin } from './eid.js';
import { endProviderSession } from './oidc.js';
import {
  answerChallenge, challengeAfterPassword, confirmEnrolment, disableTotp, requiredFor, rolePolicies, setRolePolicy, startEnrolment, totpStatus,
} from './two-factor.js';

export const identityRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps; sso?: Provider }> = async (app, { deps, sso }) => {
  const { db, config } = deps;
  const auth = ['Tài khoản'];
  const admin = ['Quản trị'];

  const startSession = async (request: FastifyRequest, reply: FastifyReply, userId: number, restricted = false) => {
    const session = await deps.uow({ type: 'user', id: userId, fullName: '' }, async ({ tx, audit }) => {
      const created = await createSession(tx, userId, config.sessionTtlHours, { ip: request.ip, userAgent: request.headers['user-agent'] }, restricted);
      audit({ action: 'auth.login', entity: 'user', entityId: userId, data: { ip: request.ip, ...(restricted ? { restricted } : {}) } });
      return created;
    });
    setSessionCookie(reply, session.token, session.expiresAt, config.cookieSecure);
    rotateCsrfSecret(reply, config.cookieSecure);
  };
  const loginLimit = { rateLimit: { max: config.loginRateLimit.max, timeWindow: config.loginRateLimit.windowMinutes * 60_000 } };

  app.get('/auth/csrf', {
    schema: { tags: auth, summary: 'Lấy mã chống giả mạo (CSRF) để gửi kèm header x-csrf-token', response: { 200: CsrfResponse } },
  }, async (request, reply) => ({ token: issueCsrfToken(request, reply) }));

  app.get('/auth/me', {
    schema: { tags: auth, summary: 'Người dùng đang đăng nhập (null nếu chưa đăng nhập)', response: { 200: LoginResponse } },
  }, async (request) => ({ user: request.user ? await service.profileOf(db, request.user.id) : null, totpEnrolmentRequired: request.user?.restricted === true }));

  app.post('/auth/login', {
    schema: {
      tags: auth, summary: 'Đăng nhập; tài khoản có xác thực hai lớp nhận totpChallenge để gửi kèm mã ở bước sau',
      body: LoginBody, response: { 200: LoginResponse, ...errorResponses(400, 401, 403, 429) },
    },
  }, async (request, reply) => {
    const userId = await service.authenticate(db, { ...request.body, ip: request.ip }, config.loginRateLimit);
    const challenge = await challengeAfterPassword(db, userId);
    if (challenge) return { user: null, totpChallenge: challenge };
    // A role that requires the second factor, not enrolled yet: a session that may only enrol.
    const restricted = await requiredFor(db, userId);
    await startSession(request, reply, userId, restricted);
    return { user: await service.profileOf(db, userId), totpEnrolmentRequired: restricted };
  });

  app.post('/auth/login/totp', {
    schema: { tags: auth, summary: 'Bước hai của đăng nhập: mã 6 chữ số của ứng dụng xác thực, hoặc một mã khôi phục', body: TotpLoginBody, response: { 200: LoginResponse, ...errorResponses(400, 401, 429) } },
    config: loginLimit,
  }, async (request, reply) => {
    const userId = await answerChallenge(db, request.body.challenge, request.body.code);
    await startSession(request, reply, userId);
    return { user: await service.profileOf(db, userId), totpEnrolmentRequired: false };
  });

  app.get('/auth/totp', {
    schema: { tags: auth, summary: 'Trạng thái xác thực hai lớp của tôi', response: { 200: TotpStatus, ...errorResponses(401) } },
  }, async (request) => totpStatus(db, requireUser(request, { whileEnrolling: true }).id));

  app.post('/auth/totp/setup', {
    schema: { tags: auth, summary: 'Bắt đầu cài đặt xác thực hai lớp: mã QR cho ứng dụng xác thực (cán bộ)', response: { 200: TotpSetup, ...errorResponses(401, 403) } },
  }, async (request) => startEnrolment(deps, requireUser(request, { whileEnrolling: true })));

  app.post('/auth/totp/confirm', {
    schema: { tags: auth, summary: 'Xác nhận bằng mã 6 chữ số; nhận 10 mã khôi phục (chỉ hiện một lần)', body: TotpCode, response: { 200: RecoveryCodes, ...errorResponses(400, 401, 409) } },
  }, async (request) => ({ recoveryCodes: await confirmEnrolment(deps, requireUser(request, { whileEnrolling: true }), request.body.code) }));

  app.post('/auth/totp/disable', {
    schema: { tags: auth, summary: 'Tắt xác thực hai lớp (cần mã hiện tại; không tắt được khi vai trò bắt buộc)', body: TotpCode, response: { 200: Ok, ...errorResponses(400, 401, 409) } },
  }, async (request) => (await disableTotp(deps, requireUser(request), request.body.code), { ok: true as const }));

  app.get('/admin/security/roles', {
    schema: { tags: admin, summary: 'Vai trò bắt buộc xác thực hai lớp (quản trị tỉnh)', response: { 200: RolePolicies, ...errorResponses(401, 403) } },
  }, async (request) => {
    requireProvinceAdmin(await adminScope(db, requireUser(request)));
    return { items: await rolePolicies(db) };
  });

  app.put('/admin/security/roles/:role', {
    schema: { tags: admin, summary: 'Bắt buộc hoặc bỏ bắt buộc xác thực hai lớp cho một vai trò', params: RolePolicyParams, body: RolePolicyBody, response: { 200: Ok, ...errorResponses(400, 401, 403) } },
  }, async (request) => {
    const user = requireUser(request);
    requireProvinceAdmin(await adminScope(db, user));
    await setRolePolicy(deps, user, request.params.role, request.body.totpRequired);
    return { ok: true as const };
  });

  // ---- signing in with the national e-ID: the browser goes to VNeID and comes back to the callback ----
  const eidSettings = config.eid.issuer && config.eid.clientSecret
    ? { issuer: config.eid.issuer, clientId: config.eid.clientId, clientSecret: config.eid.clientSecret, redirectUri: `${config.publicUrl}/api/auth/eid/callback` } : null;

  app.get('/auth/eid', {
    // Pages the browser is sent to, not API calls: kept out of the API document, as the OpenID interactions are.
    schema: { hide: true, querystring: EidStartQuery },
  }, async (request, reply) => reply.redirect(await startEidLogin(db, eidSettings, request.query.tiep ?? null), 302));

  app.get('/auth/eid/callback', {
    schema: { hide: true, querystring: EidCallbackQuery },
  }, async (request, reply) => {
    try {
      const outcome = await finishEidLogin(deps, eidSettings, new URL(request.url, config.publicUrl));
      if ('linkToken' in outcome) return reply.redirect(`/dang-nhap/lien-ket-dinh-danh?ma=${outcome.linkToken}`, 303);
      await startSession(request, reply, outcome.userId);
      return reply.redirect(outcome.returnTo ?? '/ho-so-cua-toi', 303);
    } catch (error) {
      request.log.warn({ err: error }, 'e-ID sign-in failed');
      return reply.redirect('/dang-nhap?loi=dinh-danh', 303);
    }
  });

  app.post('/auth/eid/link', {
    schema: { tags: auth, summary: 'Liên kết định danh điện tử với tài khoản sẵn có cùng số định danh, bằng mật khẩu của tài khoản đó', body: EidLinkBody, response: { 200: LoginResponse, ...errorResponses(400, 401, 429) } },
    config: loginLimit,
  }, async (request, reply) => {
    const userId = await linkEid(deps, request.body.token, (id) => service.passwordMatches(db, id, request.body.password));
    await startSession(request, reply, userId);
    return { user: await service.profileOf(db, userId), totpEnrolmentRequired: false };
  });

  app.post('/auth/logout', {
    schema: { tags: auth, summary: 'Đăng xuất', response: { 200: Ok } },
  }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await deleteSession(db, token);
    clearSessionCookie(reply);
    if (sso) for (const name of await endProviderSession(sso, request.raw, reply.raw, request.log)) reply.clearCookie(name, { path: '/' });
    rotateCsrfSecret(reply, config.cookieSecure);
    return { ok: true as const };
  });

  app.get('/auth/sessions', {
    schema: { tags: auth, summary: 'Các phiên đăng nhập của tôi (thiết bị, địa chỉ, thời gian)', response: { 200: SessionList, ...errorResponses(401) } },
  }, async (request) => ({ items: await sessionsOf(db, requireUser(request, { whileEnrolling: true }).id, request.cookies[SESSION_COOKIE]) }));

  app.delete('/auth/sessions/:sessionId', {
    schema: { tags: auth, summary: 'Đăng xuất một phiên từ xa (thiết bị bị mất, máy dùng chung)', params: SessionParams, response: { 200: Ok, ...errorResponses(401, 404) } },
  }, async (request) => {
    const user = requireUser(request, { whileEnrolling: true });
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
