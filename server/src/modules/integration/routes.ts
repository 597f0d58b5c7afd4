import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { errorResponses, Ok } from '../../platform/schemas.js';
import {
  CertificateBody, ChainStatus, Created, Credentials, GrantBody, GrantCreated, GrantQuery, Grants, IdParams, IssuedCertificate, MemberBody, Members, MessageQuery, Messages, ServiceBody,
  Services, ServiceUpdateBody, StateBody, Traffic, TrafficQuery, Verification,
} from './schemas.js';
import * as service from './service.js';

const tags = ['Nền tảng tích hợp (LGSP)'];

/** The province admin's administration of the integration platform, under /api/integration. */
export const integrationRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const ok = { ok: true as const };
  const admin = async (request: Parameters<typeof requireUser>[0]) => {
    const user = requireUser(request);
    await service.requireProvinceAdmin(deps.db, user);
    return user;
  };

  app.get('/integration/members', {
    schema: { tags, summary: 'Hệ thống thành viên (mã định danh, cơ quan chủ quản, trạng thái, chứng thư)', response: { 200: Members, ...errorResponses(401, 403) } },
  }, async (request) => (await admin(request), { items: await service.listMembers(deps) as never }));

  app.post('/integration/members', {
    schema: { tags, summary: 'Đăng ký hệ thống thành viên: trả về mã định danh và khóa bí mật OAuth2 (chỉ hiển thị một lần)', body: MemberBody, response: { 201: Credentials, ...errorResponses(400, 401, 403, 409) } },
  }, async (request, reply) => reply.code(201).send(await service.registerMember(deps, requireUser(request), request.body)));

  app.post('/integration/members/:id/secret', {
    schema: { tags, summary: 'Cấp lại khóa bí mật (khóa cũ và các mã truy cập đã cấp hết hiệu lực ngay)', params: IdParams, response: { 200: Credentials, ...errorResponses(401, 403, 404) } },
  }, async (request) => service.rotateSecret(deps, requireUser(request), request.params.id));

  app.post('/integration/members/:id/state', {
    schema: { tags, summary: 'Tạm dừng hoặc cho kết nối lại một hệ thống thành viên', params: IdParams, body: StateBody, response: { 200: Ok, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => (await service.setMemberState(deps, requireUser(request), request.params.id, request.body), ok));

  app.put('/integration/members/:id/certificate', {
    schema: { tags, summary: 'Đăng ký (ghim) hoặc gỡ chứng thư số TLS hai chiều của hệ thống thành viên', params: IdParams, body: CertificateBody, response: { 200: Ok, ...errorResponses(400, 401, 403, 404) } },
  }, async (request) => (await service.setCertificate(deps, requireUser(request), request.params.id, request.body.certificate), ok));

  app.post('/integration/members/:id/demo-certificate', {
    schema: { tags, summary: 'Chế độ trình diễn: CA thử nghiệm cấp chứng thư TLS cho hệ thống, ghim ngay; khóa bí mật chỉ hiển thị một lần', params: IdParams, response: { 200: IssuedCertificate, ...errorResponses(401, 403, 404, 409) } },
  }, async (request) => service.issueDemoCertificate(deps, requireUser(request), request.params.id));

  app.get('/integration/services', {
    schema: { tags, summary: 'Dịch vụ đã công bố (địa chỉ, thao tác theo OpenAPI, lưu nội dung, thời gian chờ)', response: { 200: Services, ...errorResponses(401, 403) } },
  }, async (request) => (await admin(request), { items: await service.listServices(deps) as never }));

  app.post('/integration/services', {
    schema: { tags, summary: 'Công bố dịch vụ (kèm mô tả OpenAPI dạng JSON)', body: ServiceBody, response: { 201: Created, ...errorResponses(400, 401, 403, 409) } },
  }, async (request, reply) => reply.code(201).send({ id: await service.publishService(deps, requireUser(request), request.body) }));

  app.patch('/integration/services/:id', {
    schema: { tags, summary: 'Sửa dịch vụ: tên, địa chỉ, OpenAPI, lưu nội dung, thời gian chờ, tạm ngừng', params: IdParams, body: ServiceUpdateBody, response: { 200: Ok, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => (await service.updateService(deps, requireUser(request), request.params.id, request.body), ok));

  app.get('/integration/grants', {
    schema: { tags, summary: 'Quyền truy cập đang hiệu lực (cả dịch vụ hoặc từng thao tác)', querystring: GrantQuery, response: { 200: Grants, ...errorResponses(400, 401, 403) } },
  }, async (request) => (await admin(request), { items: await service.listGrants(deps, request.query) as never }));

  app.post('/integration/grants', {
    schema: { tags, summary: 'Cấp quyền cho hệ thống thành viên dùng dịch vụ hoặc một số thao tác', body: GrantBody, response: { 201: GrantCreated, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => reply.code(201).send({ ids: await service.grant(deps, requireUser(request), request.body) }));

  app.delete('/integration/grants/:id', {
    schema: { tags, summary: 'Thu hồi quyền truy cập', params: IdParams, response: { 200: Ok, ...errorResponses(401, 403, 404) } },
  }, async (request) => (await service.revoke(deps, requireUser(request), request.params.id), ok));

  app.get('/integration/traffic', {
    schema: { tags, summary: 'Lưu lượng từng dịch vụ: số lượt gọi, lỗi, độ trễ p50/p99 theo thời gian', querystring: TrafficQuery, response: { 200: Traffic, ...errorResponses(400, 401, 403) } },
  }, async (request) => (await admin(request), service.traffic(deps, request.query.hours ?? 24)));

  app.get('/integration/messages', {
    schema: { tags, summary: 'Nhật ký thông điệp gần nhất (không gồm nội dung)', querystring: MessageQuery, response: { 200: Messages, ...errorResponses(400, 401, 403) } },
  }, async (request) => (await admin(request), { items: await service.recentMessages(deps, request.query) as never }));

  app.get('/integration/chain', {
    schema: { tags, summary: 'Trạng thái chuỗi nhật ký thông điệp: đầu chuỗi, điểm kiểm tra đã ký gần nhất', response: { 200: ChainStatus, ...errorResponses(401, 403) } },
  }, async (request) => (await admin(request), service.chainStatus(deps)));

  app.get('/integration/chain/verification', {
    schema: { tags, summary: 'Kiểm tra toàn vẹn nhật ký thông điệp: phát hiện mục bị sửa, xóa, chèn', response: { 200: Verification, ...errorResponses(401, 403) } },
  }, async (request) => (await admin(request), service.verifyNow(deps)));
};
