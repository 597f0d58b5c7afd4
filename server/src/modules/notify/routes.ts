import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { errors } from '../../platform/errors.js';
import { errorResponses, IdParams, Ok } from '../../platform/schemas.js';
import { notifyRepository } from './repository.js';
import { NotificationList } from './schemas.js';

export const notifyRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps: { db } }) => {
  const tags = ['Thông báo'];

  app.get('/notifications', {
    schema: { tags, summary: 'Thông báo của tôi (mới nhất trước)', response: { 200: NotificationList, ...errorResponses(401) } },
  }, async (request) => notifyRepository.latest(db, requireUser(request).id));

  app.post('/notifications/:id/read', {
    schema: { tags, summary: 'Đánh dấu đã đọc', params: IdParams, response: { 200: Ok, ...errorResponses(401, 404) } },
  }, async (request) => {
    // Reading is the user's own bookkeeping, not a change of record: no audit entry.
    if (!(await notifyRepository.markRead(db, request.params.id, requireUser(request).id))) throw errors.notFound();
    return { ok: true as const };
  });
};
