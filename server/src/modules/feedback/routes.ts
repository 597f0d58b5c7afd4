import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { sendFile } from '../../platform/replies.js';
import { Binary, errorResponses, Ok } from '../../platform/schemas.js';
import { blankTile, feedbackSettings } from './settings.js';
import {
  AcceptBody, AdminCategories, AnswerBody, AreaAt, AreaQuery, Areas, AreasBody, AreasLoaded, AssignBody, Categories, CategoryBody, CloseBody, CodeParams,
  IdParams, MapFeatures, MapQuery, MapSettings, MergeBody, MyReports, Open311KeyBody, Open311KeyIssued, Open311Keys, PhotoFileParams, PhotoParams,
  PhotoVisibilityBody, PublicQuery, PublicReport, PublicReportPage, RatingBody, ReasonBody, RedactBody, RerouteBody, ReturnBody, StaffDirectory,
  StaffQuery, StaffReport, StaffReportPage, Statistics, StatisticsQuery, Subscribed, SubscribeBody, Submitted, UnsubscribeBody,
} from './schemas.js';
import * as admin from './admin.js';
import * as publicSide from './public.js';
import * as staff from './service.js';
import { readSubmission } from './photos.js';

const tags = ['Phản ánh kiến nghị'];
const ok = { ok: true as const };

export const feedbackRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const settings = feedbackSettings();
  const publicLimit = { rateLimit: { max: settings.publicPostsPerMinute, timeWindow: 60_000 } };
  const done = { 200: Ok, ...errorResponses(400, 401, 403, 404, 409) };

  // ---- the public ----

  app.get('/feedback/categories', {
    schema: { tags, summary: 'Lĩnh vực phản ánh đang nhận (mã, tên, thời hạn trả lời theo ngày làm việc)', response: { 200: Categories } },
  }, async () => ({ items: await publicSide.activeCategories(deps) }));

  app.get('/feedback/map/settings', {
    schema: { tags, summary: 'Cấu hình bản đồ: mẫu địa chỉ ô bản đồ (MAP_TILE_URL), ghi công (MAP_TILE_ATTRIBUTION), tâm và mức thu phóng ban đầu', response: { 200: MapSettings } },
  }, async () => settings.map);

  app.get('/feedback/map/blank-tile.png', {
    schema: { tags, summary: 'Ô bản đồ trống 256×256 (dùng khi MAP_TILE_URL=local: kiểm thử, không cần Internet)', produces: ['image/png'], response: { 200: Binary } },
  }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=86400');
    return sendFile(reply, 'image/png', 'blank-tile.png', await blankTile());
  });

  app.get('/feedback/areas/at', {
    schema: { tags, summary: 'Địa bàn (huyện, xã) chứa một điểm, theo ranh giới hành chính đã nạp', querystring: AreaQuery, response: { 200: AreaAt, ...errorResponses(400) } },
  }, async (request) => publicSide.areaAt(deps, request.query.lat, request.query.lng));

  app.post('/feedback/reports', {
    schema: {
      tags, consumes: ['multipart/form-data'],
      summary: 'Gửi phản ánh (multipart: trường report là JSON theo SubmissionBody, rồi tối đa 5 tệp ảnh JPEG/PNG/WebP tên photos; '
        + 'ảnh được kiểm tra theo nội dung và mã hóa lại, bỏ EXIF/GPS). Công dân đăng nhập hoặc khách (họ tên và email hoặc số điện thoại). '
        + 'Tự chuyển đến cơ quan có thẩm quyền theo lĩnh vực và địa bàn; trả mã theo dõi.',
      response: { 201: Submitted, ...errorResponses(400, 403, 413, 415, 429) },
    },
    config: publicLimit,
  }, async (request, reply) => {
    const submission = await readSubmission(deps, request);
    return reply.code(201).send(await publicSide.submitReport(deps, request.user, submission));
  });

  app.get('/feedback/public/reports', {
    schema: { tags, summary: 'Danh sách phản ánh công khai (lọc theo vùng bản đồ, lĩnh vực, trạng thái; tìm không dấu)', querystring: PublicQuery, response: { 200: PublicReportPage, ...errorResponses(400) } },
  }, async (request) => publicSide.publicList(deps, request.query));

  app.get('/feedback/public/map', {
    schema: { tags, summary: 'Phản ánh công khai có vị trí trong một khung bản đồ, dạng GeoJSON FeatureCollection (tối đa 1000 điểm)', querystring: MapQuery, response: { 200: MapFeatures, ...errorResponses(400) } },
  }, async (request) => publicSide.publicMap(deps, request.query));

  app.get('/feedback/public/reports/:code', {
    schema: {
      tags, summary: 'Theo dõi phản ánh theo mã: nội dung công khai (đã biên tập), ảnh được công khai, quá trình, trả lời đã duyệt; không bao giờ có liên hệ người gửi',
      params: CodeParams, response: { 200: PublicReport, ...errorResponses(400, 404, 429) },
    },
    config: { rateLimit: { max: deps.config.lookupRateLimitPerMinute, timeWindow: 60_000 } },
  }, async (request) => publicSide.publicDetail(deps, request.user, request.params.code));

  app.post('/feedback/public/reports/:code/subscriptions', {
    schema: {
      tags, summary: 'Theo dõi cập nhật của phản ánh: tài khoản đăng nhập (thông báo trong ứng dụng và email) hoặc một địa chỉ email (kèm đường dẫn hủy theo dõi)',
      params: CodeParams, body: SubscribeBody, response: { 200: Subscribed, ...errorResponses(400, 404, 409, 429) },
    },
    config: publicLimit,
  }, async (request) => publicSide.subscribe(deps, request.user, request.params.code, request.body));

  app.delete('/feedback/public/reports/:code/subscriptions', {
    schema: { tags, summary: 'Người dùng đăng nhập thôi theo dõi phản ánh', params: CodeParams, response: { 200: Ok, ...errorResponses(400, 401, 404) } },
  }, async (request) => (await publicSide.unsubscribeAccount(deps, requireUser(request), request.params.code), ok));

  app.post('/feedback/unsubscribe', {
    schema: { tags, summary: 'Hủy theo dõi bằng mã trong email', body: UnsubscribeBody, response: { 200: Ok, ...errorResponses(400, 404, 429) } },
    config: publicLimit,
  }, async (request) => (await publicSide.unsubscribeByToken(deps, request.body.token), ok));

  app.post('/feedback/public/reports/:code/rating', {
    schema: {
      tags, summary: 'Người gửi đánh giá câu trả lời (1–5 sao, ý kiến), một lần: đăng nhập đúng tài khoản đã gửi, hoặc gửi kèm reporterKey',
      params: CodeParams, body: RatingBody, response: { 200: Ok, ...errorResponses(400, 403, 404, 409, 429) },
    },
    config: publicLimit,
  }, async (request) => (await publicSide.rate(deps, request.user, request.params.code, request.body), ok));

  app.get('/feedback/photos/:photoId', {
    schema: {
      tags, summary: 'Ảnh của phản ánh (JPEG đã mã hóa lại): công khai khi phản ánh công khai và ảnh không bị ẩn; cán bộ xử lý và người gửi xem mọi ảnh',
      params: PhotoFileParams, produces: ['image/jpeg'], response: { 200: Binary, ...errorResponses(400, 404) },
    },
  }, async (request, reply) => {
    const data = await publicSide.photoFile(deps, request.user, request.params.photoId);
    reply.header('cache-control', 'private, max-age=300');
    return sendFile(reply, 'image/jpeg', `anh-${request.params.photoId}.jpg`, data);
  });

  app.get('/feedback/mine', {
    schema: { tags, summary: 'Phản ánh tôi đã gửi (công dân đăng nhập)', response: { 200: MyReports, ...errorResponses(401) } },
  }, async (request) => ({ items: await publicSide.myReports(deps, requireUser(request)) }));

  // ---- staff of the responsible agency ----

  app.get('/feedback/reports', {
    schema: {
      tags, summary: 'Phản ánh của cơ quan mình và các đơn vị trực thuộc (cán bộ cấp tỉnh: toàn tỉnh); lọc trạng thái, lĩnh vực, quá hạn; tìm không dấu',
      querystring: StaffQuery, response: { 200: StaffReportPage, ...errorResponses(400, 401, 403) },
    },
  }, async (request) => staff.listReports(deps, requireUser(request), request.query));

  app.get('/feedback/directory', {
    schema: { tags, summary: 'Cơ quan có thể chuyển phản ánh đến và chuyên viên của cơ quan mình (để giao xử lý)', response: { 200: StaffDirectory, ...errorResponses(401, 403) } },
  }, async (request) => staff.directory(deps, requireUser(request)));

  app.get('/feedback/statistics', {
    schema: {
      tags, summary: 'Thống kê theo cơ quan và tháng: tiếp nhận, trả lời đúng hạn, trễ hạn, đang mở, đang quá hạn (cơ quan mình và trực thuộc; cấp tỉnh: toàn tỉnh)',
      querystring: StatisticsQuery, response: { 200: Statistics, ...errorResponses(400, 401, 403, 404) },
    },
  }, async (request) => staff.statistics(deps, requireUser(request), request.query));

  app.get('/feedback/reports/:id', {
    schema: {
      tags, summary: 'Phản ánh (cán bộ): nội dung gốc và công khai, người gửi và liên hệ, ảnh, trả lời, quá trình xử lý có tên cán bộ, thao tác được phép',
      params: IdParams, response: { 200: StaffReport, ...errorResponses(400, 401, 404) },
    },
  }, async (request) => staff.reportDetail(deps, requireUser(request), request.params.id));

  app.post('/feedback/reports/:id/accept', {
    schema: { tags, summary: 'Tiếp nhận phản ánh (và giao chuyên viên xử lý nếu chọn)', params: IdParams, body: AcceptBody, response: done },
  }, async (request) => (await staff.accept(deps, requireUser(request), request.params.id, request.body), ok));

  app.post('/feedback/reports/:id/assign', {
    schema: { tags, summary: 'Lãnh đạo, tiếp nhận giao (lại) chuyên viên xử lý', params: IdParams, body: AssignBody, response: done },
  }, async (request) => (await staff.assign(deps, requireUser(request), request.params.id, request.body.assigneeId), ok));

  app.post('/feedback/reports/:id/reroute', {
    schema: { tags, summary: 'Chuyển phản ánh đến cơ quan có thẩm quyền khác, có lý do; hạn trả lời tính lại theo lịch làm việc của cơ quan mới', params: IdParams, body: RerouteBody, response: done },
  }, async (request) => (await staff.reroute(deps, requireUser(request), request.params.id, request.body), ok));

  app.post('/feedback/reports/:id/merge', {
    schema: { tags, summary: 'Gộp phản ánh trùng vào một phản ánh chính (người gửi, người theo dõi chuyển sang theo dõi phản ánh chính)', params: IdParams, body: MergeBody, response: done },
  }, async (request) => (await staff.merge(deps, requireUser(request), request.params.id, request.body), ok));

  app.put('/feedback/reports/:id/public-text', {
    schema: { tags, summary: 'Biên tập tiêu đề, nội dung công khai để ẩn thông tin cá nhân (bản gốc chỉ cán bộ xem)', params: IdParams, body: RedactBody, response: done },
  }, async (request) => (await staff.redact(deps, requireUser(request), request.params.id, request.body), ok));

  app.patch('/feedback/reports/:id/photos/:photoId', {
    schema: { tags, summary: 'Ẩn (hoặc hiện lại) một ảnh với công chúng', params: PhotoParams, body: PhotoVisibilityBody, response: done },
  }, async (request) => (await staff.setPhotoHidden(deps, requireUser(request), request.params.id, request.params.photoId, request.body.hidden), ok));

  app.post('/feedback/reports/:id/answer', {
    schema: { tags, summary: 'Chuyên viên soạn trả lời và trình lãnh đạo cơ quan duyệt', params: IdParams, body: AnswerBody, response: done },
  }, async (request) => (await staff.draftAnswer(deps, requireUser(request), request.params.id, request.body.text), ok));

  app.post('/feedback/reports/:id/answer/approve', {
    schema: { tags, summary: 'Lãnh đạo cơ quan duyệt trả lời: công khai, gửi người phản ánh theo kênh đã chọn và người theo dõi', params: IdParams, response: done },
  }, async (request) => (await staff.approveAnswer(deps, requireUser(request), request.params.id), ok));

  app.post('/feedback/reports/:id/answer/return', {
    schema: { tags, summary: 'Lãnh đạo trả lại dự thảo trả lời, có ý kiến', params: IdParams, body: ReturnBody, response: done },
  }, async (request) => (await staff.returnAnswer(deps, requireUser(request), request.params.id, request.body.comment), ok));

  app.post('/feedback/reports/:id/reject', {
    schema: { tags, summary: 'Không tiếp nhận phản ánh (spam, không hợp lệ), có lý do', params: IdParams, body: ReasonBody, response: done },
  }, async (request) => (await staff.reject(deps, requireUser(request), request.params.id, request.body.reason), ok));

  app.post('/feedback/reports/:id/close', {
    schema: { tags, summary: 'Đóng phản ánh', params: IdParams, body: CloseBody, response: done },
  }, async (request) => (await staff.close(deps, requireUser(request), request.params.id, request.body.note ?? null), ok));

  // ---- the province admin ----

  app.get('/feedback/admin/categories', {
    schema: { tags, summary: 'Quản trị tỉnh: mọi lĩnh vực phản ánh với cấp xử lý, cơ quan mặc định, thời hạn', response: { 200: AdminCategories, ...errorResponses(401, 403) } },
  }, async (request) => ({ items: await admin.listCategories(deps, requireUser(request)) }));

  app.post('/feedback/admin/categories', {
    schema: { tags, summary: 'Quản trị tỉnh thêm lĩnh vực phản ánh', body: CategoryBody, response: { 201: admin.Created, ...errorResponses(400, 401, 403, 409) } },
  }, async (request, reply) => reply.code(201).send({ id: await admin.createCategory(deps, requireUser(request), request.body) }));

  app.put('/feedback/admin/categories/:id', {
    schema: { tags, summary: 'Quản trị tỉnh sửa lĩnh vực phản ánh (áp dụng cho phản ánh gửi sau)', params: IdParams, body: CategoryBody, response: done },
  }, async (request) => (await admin.updateCategory(deps, requireUser(request), request.params.id, request.body), ok));

  app.get('/feedback/admin/areas', {
    schema: { tags, summary: 'Quản trị tỉnh: các địa bàn (huyện, xã) đã nạp, với cơ quan và khung bao', response: { 200: Areas, ...errorResponses(401, 403) } },
  }, async (request) => admin.listAreas(deps, requireUser(request)));

  app.put('/feedback/admin/areas', {
    schema: {
      tags, summary: 'Quản trị tỉnh nạp ranh giới hành chính (GeoJSON FeatureCollection, Polygon/MultiPolygon, properties.agencyCode là mã UBND huyện hoặc xã); thay thế toàn bộ',
      body: AreasBody, response: { 200: AreasLoaded, ...errorResponses(400, 401, 403, 413) },
    },
    bodyLimit: admin.AREAS_BODY_LIMIT,
  }, async (request) => admin.loadAreas(deps, requireUser(request), request.body));

  app.get('/feedback/open311-keys', {
    schema: { tags, summary: 'Quản trị tỉnh: khóa API Open311 (chỉ hiện tiền tố)', response: { 200: Open311Keys, ...errorResponses(401, 403) } },
  }, async (request) => ({ items: await admin.listKeys(deps, requireUser(request)) }));

  app.post('/feedback/open311-keys', {
    schema: { tags, summary: 'Quản trị tỉnh cấp khóa API Open311 cho một ứng dụng (khóa hiện một lần, lưu dạng băm)', body: Open311KeyBody, response: { 201: Open311KeyIssued, ...errorResponses(400, 401, 403) } },
  }, async (request, reply) => reply.code(201).send(await admin.issueKey(deps, requireUser(request), request.body.name)));

  app.delete('/feedback/open311-keys/:id', {
    schema: { tags, summary: 'Quản trị tỉnh thu hồi khóa API Open311', params: IdParams, response: { 200: Ok, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => (await admin.revokeKey(deps, requireUser(request), request.params.id), ok));
};
