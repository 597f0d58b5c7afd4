import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { errorResponses, IdParams, Ok } from '../../platform/schemas.js';
import { adminScope } from '../identity/index.js';
import { calendarRepository } from './repository.js';
import { CalendarDay, CalendarDayBody } from './schemas.js';
import { declareDay, removeDay } from './service.js';

export const calendarRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const { db } = deps;

  app.get('/calendar/days', {
    schema: { tags: ['Lịch làm việc'], summary: 'Ngày nghỉ và ngày làm bù do quản trị khai báo', response: { 200: Type.Object({ items: Type.Array(CalendarDay) }) } },
  }, async () => ({ items: await calendarRepository.days(db) }));

  app.post('/admin/calendar/days', {
    schema: { tags: ['Quản trị'], summary: 'Khai báo ngày nghỉ hoặc ngày làm bù (toàn tỉnh)', body: CalendarDayBody, response: { 201: CalendarDay, ...errorResponses(400, 401, 403, 409) } },
  }, async (request, reply) => reply.code(201).send(await declareDay(deps, await adminScope(db, requireUser(request)), request.body)));

  app.delete('/admin/calendar/days/:id', {
    schema: { tags: ['Quản trị'], summary: 'Xóa ngày đã khai báo', params: IdParams, response: { 200: Ok, ...errorResponses(401, 403, 404) } },
  }, async (request) => {
    await removeDay(deps, await adminScope(db, requireUser(request)), request.params.id);
    return { ok: true as const };
  });
};
