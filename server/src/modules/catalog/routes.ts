import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { agenciesWithRole } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { errorResponses, IdParams } from '../../platform/schemas.js';
import { adminScope } from '../identity/policies.js';
import { catalogRepository } from './repository.js';
import {
  Procedure, ProcedureFieldList, ProcedureInput, ProcedurePage, ProcedurePatch, ProcedureSearchQuery,
} from './schemas.js';
import * as service from './service.js';

export const catalogRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const tags = ['Thủ tục hành chính'];

  app.get('/procedures', {
    schema: {
      tags, summary: 'Tra cứu thủ tục (gõ không dấu được), xếp theo mức độ phù hợp',
      querystring: ProcedureSearchQuery, response: { 200: ProcedurePage, ...errorResponses(400) },
    },
  }, async (request) => service.searchProcedures(db, request.query));

  app.get('/procedure-fields', {
    schema: { tags, summary: 'Danh mục lĩnh vực', response: { 200: ProcedureFieldList } },
  }, async () => ({ items: await catalogRepository.listFields(db) }));

  app.get('/procedures/:id', {
    schema: { tags, summary: 'Chi tiết thủ tục', params: IdParams, response: { 200: Procedure, ...errorResponses(404) } },
  }, async (request) => {
    const isAdmin = request.user && agenciesWithRole(request.user, 'admin').length > 0;
    return service.getProcedure(db, request.params.id, isAdmin ? await adminScope(db, request) : null);
  });

  app.post('/admin/procedures', {
    schema: {
      tags: ['Quản trị'], summary: 'Thêm thủ tục cho cơ quan trong phạm vi quản trị', body: ProcedureInput,
      response: { 201: Procedure, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => reply.code(201).send(await service.createProcedure(db, await adminScope(db, request), request.body)));

  app.patch('/admin/procedures/:id', {
    schema: {
      tags: ['Quản trị'], summary: 'Sửa thủ tục', params: IdParams, body: ProcedurePatch,
      response: { 200: Procedure, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => service.updateProcedure(db, await adminScope(db, request), request.params.id, request.body));
};
