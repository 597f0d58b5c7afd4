import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { errorResponses, IdParams, Ok } from '../../platform/schemas.js';
import { adminScope } from '../identity/index.js';
import { JobOverview, JobOverviewQuery } from './schemas.js';
import { jobOverview, retryDelivery } from './service.js';

export const operationsRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const tags = ['Vận hành'];

  app.get('/admin/jobs', {
    schema: { tags, summary: 'Hàng đợi công việc nền: số lượng theo trạng thái và danh sách lỗi (dead letters)', querystring: JobOverviewQuery, response: { 200: JobOverview, ...errorResponses(401, 403) } },
  }, async (request) => jobOverview(deps, await adminScope(deps.db, requireUser(request)), request.query.page, request.query.pageSize));

  app.post('/admin/jobs/deliveries/:id/retry', {
    schema: { tags, summary: 'Thử lại một công việc lỗi', params: IdParams, response: { 200: Ok, ...errorResponses(401, 403, 404) } },
  }, async (request) => {
    await retryDelivery(deps, await adminScope(deps.db, requireUser(request)), request.params.id);
    return { ok: true as const };
  });
};
