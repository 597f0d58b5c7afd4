import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { errors } from '../../platform/errors.js';
import { errorResponses, IdParams, Ok } from '../../platform/schemas.js';
import { notifyRepository } from './repository.js';
import { NotificationList, Preferences, SentMessages } from './schemas.js';

export const notifyRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const { db } = deps;
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

  app.get('/my/notification-preferences', {
    schema: { tags, summary: 'Kênh nhận thông báo của tôi (thư điện tử, SMS, tin nhắn ứng dụng)', response: { 200: Preferences, ...errorResponses(401) } },
  }, async (request) => notifyRepository.preferences(db, requireUser(request).id));

  app.put('/my/notification-preferences', {
    schema: { tags, summary: 'Chọn kênh nhận thông báo', body: Preferences, response: { 200: Preferences, ...errorResponses(400, 401) } },
  }, async (request) => {
    const user = requireUser(request);
    await deps.uow(user, async ({ tx, audit }) => {
      await notifyRepository.savePreferences(tx, user.id, request.body);
      audit({ action: 'notify.preferences', entity: 'user', entityId: user.id, data: { ...request.body } });
    });
    return notifyRepository.preferences(db, user.id);
  });

  app.get('/my/messages', {
    schema: { tags, summary: 'Thư, tin nhắn hệ thống đã gửi cho tôi (mới nhất trước)', response: { 200: SentMessages, ...errorResponses(401) } },
  }, async (request) => ({ items: await notifyRepository.sentTo(db, requireUser(request).id) }));
};
