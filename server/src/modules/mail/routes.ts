import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { errorResponses, Ok } from '../../platform/schemas.js';
import {
  agencyMailSettings, candidates, changeStatus, createAlias, createMailboxAsAdmin, getMailbox, listAliases, listMailboxes, myMailbox, removeAlias,
  removeMailbox, renameMailbox, setAgencyDomain, setMyPassword, setPassword, setQuota, updateAlias,
} from './service.js';
import {
  AgencyMailSettings, AgencyParams, Alias, AliasList, AliasQuery, Candidates, CreateAliasBody, CreateMailboxBody, DomainBody, Mailbox, MailboxPage,
  MailboxParams, MailboxQuery, MyMailbox, MyPasswordBody, PasswordBody, QuotaBody, RenameBody, UpdateAliasBody, VersionBody, VersionQuery,
} from './schemas.js';

const tags = ['Thư điện tử công vụ'];
const admin = errorResponses(400, 401, 403, 404, 409);

/**
 * Official mail. Administrators act within their administration scope (their agencies and those under
 * them; anything else is not found); an official reads their own mailbox and sets its password.
 */
export const mailRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  app.get('/admin/mail/agencies/:agencyId', {
    schema: { tags, summary: 'Tên miền thư và dung lượng mặc định của cơ quan (hoặc của cơ quan cấp trên)', params: AgencyParams, response: { 200: AgencyMailSettings, ...admin } },
  }, async (request) => agencyMailSettings(deps, requireUser(request), request.params.agencyId));

  app.put('/admin/mail/agencies/:agencyId', {
    schema: { tags, summary: 'Khai báo tên miền thư và dung lượng mặc định của cơ quan', params: AgencyParams, body: DomainBody, response: { 200: AgencyMailSettings, ...admin } },
  }, async (request) => setAgencyDomain(deps, requireUser(request), request.params.agencyId, request.body));

  app.get('/admin/mail/agencies/:agencyId/candidates', {
    schema: { tags, summary: 'Cán bộ của cơ quan chưa có hộp thư, với địa chỉ theo quy tắc đặt tên', params: AgencyParams, response: { 200: Candidates, ...admin } },
  }, async (request) => candidates(deps, requireUser(request), request.params.agencyId));

  app.get('/admin/mail/mailboxes', {
    schema: { tags, summary: 'Hộp thư công vụ trong phạm vi quản trị', querystring: MailboxQuery, response: { 200: MailboxPage, ...admin } },
  }, async (request) => listMailboxes(deps, requireUser(request), request.query));

  app.post('/admin/mail/mailboxes', {
    schema: { tags, summary: 'Tạo hộp thư cho cán bộ (địa chỉ ten.ho@tên-miền nếu không chọn)', body: CreateMailboxBody, response: { 201: Mailbox, ...admin } },
  }, async (request, reply) => reply.code(201).send(await createMailboxAsAdmin(deps, requireUser(request), request.body)));

  app.get('/admin/mail/mailboxes/:id', {
    schema: { tags, summary: 'Một hộp thư', params: MailboxParams, response: { 200: Mailbox, ...admin } },
  }, async (request) => getMailbox(deps, requireUser(request), request.params.id));

  app.post('/admin/mail/mailboxes/:id/rename', {
    schema: { tags, summary: 'Đổi địa chỉ hộp thư; địa chỉ cũ vẫn nhận thư', params: MailboxParams, body: RenameBody, response: { 200: Mailbox, ...admin } },
  }, async (request) => renameMailbox(deps, requireUser(request), request.params.id, request.body));

  app.put('/admin/mail/mailboxes/:id/quota', {
    schema: { tags, summary: 'Đổi dung lượng hộp thư', params: MailboxParams, body: QuotaBody, response: { 200: Mailbox, ...admin } },
  }, async (request) => setQuota(deps, requireUser(request), request.params.id, request.body));

  app.post('/admin/mail/mailboxes/:id/password', {
    schema: { tags, summary: 'Đặt lại mật khẩu hộp thư', params: MailboxParams, body: PasswordBody, response: { 200: Mailbox, ...admin } },
  }, async (request) => setPassword(deps, requireUser(request), request.params.id, request.body));

  app.post('/admin/mail/mailboxes/:id/suspend', {
    schema: { tags, summary: 'Tạm khóa hộp thư: không đăng nhập, không nhận thư, thư được giữ', params: MailboxParams, body: VersionBody, response: { 200: Mailbox, ...admin } },
  }, async (request) => changeStatus(deps, requireUser(request), request.params.id, 'suspend', request.body.version));

  app.post('/admin/mail/mailboxes/:id/resume', {
    schema: { tags, summary: 'Mở lại hộp thư đã tạm khóa', params: MailboxParams, body: VersionBody, response: { 200: Mailbox, ...admin } },
  }, async (request) => changeStatus(deps, requireUser(request), request.params.id, 'resume', request.body.version));

  app.delete('/admin/mail/mailboxes/:id', {
    schema: { tags, summary: 'Xóa hộp thư khỏi máy chủ thư (địa chỉ được giải phóng)', params: MailboxParams, querystring: VersionQuery, response: { 200: Ok, ...admin } },
  }, async (request) => {
    await removeMailbox(deps, requireUser(request), request.params.id, request.query.version);
    return { ok: true as const };
  });

  app.get('/admin/mail/aliases', {
    schema: { tags, summary: 'Địa chỉ nhóm (văn thư, lãnh đạo…) trong phạm vi quản trị', querystring: AliasQuery, response: { 200: AliasList, ...admin } },
  }, async (request) => listAliases(deps, requireUser(request), request.query));

  app.post('/admin/mail/aliases', {
    schema: { tags, summary: 'Tạo địa chỉ nhóm của cơ quan chuyển thư đến các hộp thư thành viên', body: CreateAliasBody, response: { 201: Alias, ...admin } },
  }, async (request, reply) => reply.code(201).send(await createAlias(deps, requireUser(request), request.body)));

  app.put('/admin/mail/aliases/:id', {
    schema: { tags, summary: 'Sửa mô tả, thành viên của địa chỉ nhóm', params: MailboxParams, body: UpdateAliasBody, response: { 200: Alias, ...admin } },
  }, async (request) => updateAlias(deps, requireUser(request), request.params.id, request.body));

  app.delete('/admin/mail/aliases/:id', {
    schema: { tags, summary: 'Xóa địa chỉ nhóm', params: MailboxParams, querystring: VersionQuery, response: { 200: Ok, ...admin } },
  }, async (request) => {
    await removeAlias(deps, requireUser(request), request.params.id, request.query.version);
    return { ok: true as const };
  });

  app.get('/mail/me', {
    schema: { tags, summary: 'Hộp thư công vụ của tôi', response: { 200: MyMailbox, ...errorResponses(401, 404) } },
  }, async (request) => myMailbox(deps, requireUser(request)));

  app.post('/mail/me/password', {
    schema: { tags, summary: 'Đặt mật khẩu hộp thư công vụ của tôi', body: MyPasswordBody, response: { 200: MyMailbox, ...errorResponses(400, 401, 404, 409) } },
  }, async (request) => setMyPassword(deps, requireUser(request), request.body));
};
