import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { errorResponses, Ok } from '../../platform/schemas.js';
import * as endpoints from './endpoints.js';
import { jitsiProvider } from './jitsi.js';
import {
  AttendanceBody, AttendanceParams, CheckInBody, Directory, Endpoint, EndpointBody, EndpointKeyIssued, Endpoints, EndpointUpdate, IdParams, KeyBody,
  MeetingDetail, MeetingPage, MeetingQuery, MinutesBody, MinutesIssued, RoomView, ScheduleBody, Scheduled, Statistics, StatisticsQuery, TokenBody, TokenChecked,
} from './schemas.js';
import * as meetings from './service.js';

const tags = ['Họp trực tuyến'];
const ok = { ok: true as const };

export const meetingRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const jitsi = jitsiProvider(deps.config);
  // The room pages authenticate by the endpoint's key (no session, no CSRF token); many endpoints may share an address.
  const roomPage = { csrf: false, rateLimit: { max: deps.config.meetingRoomRateLimitPerMinute, timeWindow: 60_000 } };

  // ---- endpoints, by the administrators of their agencies ----

  app.get('/meeting-endpoints', {
    schema: { tags, summary: 'Điểm cầu của các cơ quan trong phạm vi quản trị, và điểm cầu nào đang trực tuyến (nhịp trong 2 phút)', response: { 200: Endpoints, ...errorResponses(401, 403) } },
  }, async (request) => ({ items: await endpoints.listEndpoints(deps, requireUser(request)) }));

  app.post('/meeting-endpoints', {
    schema: {
      tags, summary: 'Đăng ký điểm cầu (phòng họp, thiết bị, người liên hệ); trả đường dẫn trang phòng họp của điểm cầu, chỉ một lần',
      body: EndpointBody, response: { 201: EndpointKeyIssued, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => reply.code(201).send(await endpoints.registerEndpoint(deps, requireUser(request), {
    ...request.body, equipment: request.body.equipment.trim(), contactPhone: request.body.contactPhone ?? null, contactEmail: request.body.contactEmail ?? null,
  })));

  app.put('/meeting-endpoints/:id', {
    schema: { tags, summary: 'Sửa điểm cầu, ngừng hoặc cho hoạt động lại', params: IdParams, body: EndpointUpdate, response: { 200: Endpoint, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => endpoints.updateEndpoint(deps, requireUser(request), request.params.id, {
    ...request.body, contactPhone: request.body.contactPhone ?? null, contactEmail: request.body.contactEmail ?? null,
  }));

  app.post('/meeting-endpoints/:id/key', {
    schema: { tags, summary: 'Cấp lại khóa (đường dẫn) trang phòng họp của điểm cầu: đường dẫn cũ hết hiệu lực ngay', params: IdParams, response: { 200: EndpointKeyIssued, ...errorResponses(401, 403, 404) } },
  }, async (request) => endpoints.replaceKey(deps, requireUser(request), request.params.id));

  // ---- an endpoint's room page (no login: the endpoint's key) ----

  app.post('/meeting-room/heartbeat', {
    schema: { tags, summary: 'Nhịp của trang phòng họp (gọi mỗi 30 giây): điểm cầu được coi là trực tuyến trong 2 phút', body: KeyBody, response: { 200: Ok, ...errorResponses(400, 404, 429) } },
    config: roomPage,
  }, async (request) => endpoints.heartbeat(deps, request.body.key));

  app.post('/meeting-room', {
    schema: {
      tags, summary: 'Trang phòng họp của điểm cầu: các cuộc họp của điểm cầu, phòng đang mở kèm đường dẫn vào phòng họp có mã (JWT) của điểm cầu',
      body: KeyBody, response: { 200: RoomView, ...errorResponses(400, 404, 429, 503) },
    },
    config: roomPage,
  }, async (request) => endpoints.roomView(deps, jitsi, request.body.key));

  app.post('/meeting-room/check-in', {
    schema: { tags, summary: 'Điểm cầu điểm danh khi phòng họp mở', body: CheckInBody, response: { 200: Ok, ...errorResponses(400, 404, 409, 429) } },
    config: roomPage,
  }, async (request) => endpoints.checkIn(deps, request.body.key, request.body.meetingId));

  app.post('/meeting-room/verify', {
    schema: {
      tags, summary: 'Kiểm tra mã vào phòng họp (JWT của Jitsi): chữ ký, ứng dụng (aud, iss), tên miền (sub), thời hạn (nbf, exp) và đúng phòng (room); sai thì 401 MEETING_TOKEN_INVALID',
      body: TokenBody, response: { 200: TokenChecked, ...errorResponses(400, 401, 429, 503) },
    },
    config: roomPage,
  }, async (request) => meetings.verifyRoomToken(jitsi, request.body));

  // ---- meetings ----

  app.get('/meetings/endpoints', {
    schema: { tags, summary: 'Các điểm cầu đang hoạt động của tỉnh, theo cấp, để chọn khi tổ chức họp', response: { 200: Directory, ...errorResponses(401, 403) } },
  }, async (request) => ({ items: await meetings.endpointDirectory(deps, requireUser(request)) }));

  app.get('/meetings', {
    schema: { tags, summary: 'Cuộc họp do cơ quan mình (và cấp dưới) chủ trì hoặc tham dự, mới nhất trước', querystring: MeetingQuery, response: { 200: MeetingPage, ...errorResponses(400, 401, 403) } },
  }, async (request) => meetings.listMeetings(deps, requireUser(request), request.query));

  app.post('/meetings', {
    schema: {
      tags, summary: 'Lãnh đạo cơ quan tổ chức cuộc họp trực tuyến nhiều cấp (chọn cấp, cơ quan, điểm cầu); Giấy mời được ký số, cấp số, đóng dấu và gửi các cơ quan tham dự',
      body: ScheduleBody, response: { 201: Scheduled, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => reply.code(201).send(await meetings.scheduleMeeting(deps, requireUser(request), {
    ...request.body, startsAt: new Date(request.body.startsAt), endsAt: new Date(request.body.endsAt),
  })));

  app.get('/meetings/statistics', {
    schema: { tags, summary: 'Thống kê cuộc họp theo tháng, cơ quan chủ trì và số cấp (hai, ba, bốn cấp)', querystring: StatisticsQuery, response: { 200: Statistics, ...errorResponses(400, 401, 403, 404) } },
  }, async (request) => meetings.meetingStatistics(deps, requireUser(request), request.query));

  app.get('/meetings/:id', {
    schema: { tags, summary: 'Cuộc họp: điểm cầu, trực tuyến, điểm danh, Giấy mời, biên bản; người chủ trì thấy đường dẫn phòng họp của từng điểm cầu', params: IdParams, response: { 200: MeetingDetail, ...errorResponses(401, 403, 404) } },
  }, async (request) => meetings.meetingDetail(deps, jitsi, requireUser(request), request.params.id));

  app.put('/meetings/:id/attendance/:endpointId', {
    schema: { tags, summary: 'Người chủ trì ghi điểm danh một điểm cầu (có mặt, số người, vắng)', params: AttendanceParams, body: AttendanceBody, response: { 200: Ok, ...errorResponses(400, 401, 403, 404) } },
  }, async (request) => (await meetings.recordAttendance(deps, requireUser(request), request.params.id, request.params.endpointId, request.body), ok));

  app.post('/meetings/:id/minutes', {
    schema: {
      tags, summary: 'Người chủ trì lập biên bản cuộc họp: ký số, cấp số, đóng dấu và gửi các cơ quan tham dự như một văn bản đi',
      params: IdParams, body: MinutesBody, response: { 201: MinutesIssued, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => reply.code(201).send(await meetings.issueMinutes(deps, requireUser(request), request.params.id, request.body)));
};
