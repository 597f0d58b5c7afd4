import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { errorResponses, IdParams } from '../../platform/schemas.js';
import {
  AgencyQuery, Appointment, AppointmentList, BookBody, CalledTicket, Counter, CounterBody, CounterDay, CounterList, CounterPatch, QueueScreen, SlotQuery, Slots, Ticket, TicketBody,
} from './schemas.js';
import { book, callNext, cancel, counterToday, countersOf, createCounter, issueTicket, myAppointments, myCounters, queueScreen, slotsFor, updateCounter } from './service.js';

const tags = ['Lịch hẹn, xếp hàng'];

export const appointmentRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  app.get('/appointments/slots', {
    schema: { tags, summary: 'Các khung giờ còn chỗ trong một ngày, tại cơ quan giải quyết thủ tục', querystring: SlotQuery, response: { 200: Slots, ...errorResponses(400, 404) } },
  }, async (request) => slotsFor(deps, request.query.procedureId, request.query.day));

  app.post('/appointments', {
    schema: { tags, summary: 'Đặt lịch hẹn nộp hồ sơ tại quầy (không trùng chỗ khi nhiều người đặt cùng lúc)', body: BookBody, response: { 201: Appointment, ...errorResponses(400, 401, 404, 409) } },
  }, async (request, reply) => reply.code(201).send(await book(deps, requireUser(request), { ...request.body, startsAt: new Date(request.body.startsAt) })));

  app.get('/my/appointments', {
    schema: { tags, summary: 'Lịch hẹn của tôi', response: { 200: AppointmentList, ...errorResponses(401) } },
  }, async (request) => ({ items: await myAppointments(deps, requireUser(request)) }));

  app.post('/appointments/:id/cancel', {
    schema: { tags, summary: 'Hủy lịch hẹn', params: IdParams, response: { 200: Appointment, ...errorResponses(401, 404, 409) } },
  }, async (request) => cancel(deps, requireUser(request), request.params.id));

  // ---- at the one-stop unit ----

  app.get('/counters/mine', {
    schema: { tags, summary: 'Các quầy tiếp nhận của cán bộ một cửa', response: { 200: CounterList, ...errorResponses(401) } },
  }, async (request) => ({ items: await myCounters(deps, requireUser(request)) }));

  app.post('/queue/tickets', {
    schema: { tags, summary: 'Cấp số thứ tự: theo mã lịch hẹn, hoặc cho người đến không hẹn trước', body: TicketBody, response: { 201: Ticket, ...errorResponses(400, 401, 404, 409) } },
  }, async (request, reply) => reply.code(201).send(await issueTicket(deps, requireUser(request), request.body)));

  app.post('/counters/:id/call-next', {
    schema: { tags, summary: 'Gọi số tiếp theo đến quầy (người có lịch hẹn trước)', params: IdParams, response: { 200: CalledTicket, ...errorResponses(401, 404) } },
  }, async (request) => ({ ticket: await callNext(deps, requireUser(request), request.params.id) }));

  app.get('/counters/:id/today', {
    schema: { tags, summary: 'Lịch hẹn hôm nay, số người đang chờ và số đang phục vụ tại quầy', params: IdParams, response: { 200: CounterDay, ...errorResponses(401, 404) } },
  }, async (request) => counterToday(deps, requireUser(request), request.params.id));

  app.get('/public/agencies/:id/queue', {
    schema: { tags: ['Tra cứu công khai'], summary: 'Màn hình gọi số của bộ phận một cửa', params: IdParams, response: { 200: QueueScreen, ...errorResponses(404) } },
    compress: false,
  }, async (request) => queueScreen(deps, request.params.id));

  // ---- counters, for the agency's admin ----

  app.get('/admin/counters', {
    schema: { tags, summary: 'Các quầy tiếp nhận của một cơ quan', querystring: AgencyQuery, response: { 200: CounterList, ...errorResponses(401, 403, 404) } },
  }, async (request) => ({ items: await countersOf(deps, requireUser(request), request.query.agencyId) }));

  app.post('/admin/counters', {
    schema: { tags, summary: 'Thêm quầy tiếp nhận (số lịch hẹn mỗi khung giờ, độ dài khung giờ)', body: CounterBody, response: { 201: Counter, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => reply.code(201).send(await createCounter(deps, requireUser(request), request.body)));

  app.patch('/admin/counters/:id', {
    schema: { tags, summary: 'Sửa quầy tiếp nhận', params: IdParams, body: CounterPatch, response: { 200: Counter, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => updateCounter(deps, requireUser(request), request.params.id, request.body));
};
