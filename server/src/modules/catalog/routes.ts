import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser, type CurrentUser } from '../../platform/auth.js';
import { agenciesWithRole } from '../../platform/principal.js';
import type { ModuleDeps } from '../../platform/context.js';
import { sendPdf } from '../../platform/replies.js';
import { Binary, errorResponses, IdParams } from '../../platform/schemas.js';
import { renderBlankForm } from './blank-form.js';
import { adminScope } from '../identity/index.js';
import { catalogRepository } from './repository.js';
import {
  AdministrativeUnitQuery, AdministrativeUnits, FormDesign, FormDraftBody,
  Procedure, ProcedureFieldList, ProcedureInput, ProcedurePage, ProcedurePatch, ProcedureSearchQuery, Workflow, WorkflowBody,
} from './schemas.js';
import { administrativeUnits } from './administrative-units.js';
import type { FormField } from './eform.js';
import * as service from './service.js';

export const catalogRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const { db } = deps;
  // Public reads come from the read replica when there is one (platform/read-replica.ts).
  const { read } = deps;
  const tags = ['Thủ tục hành chính'];
  // Published procedures are public; an unpublished one only to the administrators of its agency.
  const visibleProcedure = async (user: CurrentUser | null, id: number) =>
    service.getProcedure(read, id, user && agenciesWithRole(user, 'admin').length > 0 ? await adminScope(db, user) : null);

  app.get('/procedures', {
    schema: {
      tags, summary: 'Tra cứu thủ tục (gõ không dấu được), xếp theo mức độ phù hợp',
      querystring: ProcedureSearchQuery, response: { 200: ProcedurePage, ...errorResponses(400) },
    },
  }, async (request) => service.searchProcedures(read, request.query));

  app.get('/procedure-fields', {
    schema: { tags, summary: 'Danh mục lĩnh vực', response: { 200: ProcedureFieldList } },
  }, async () => ({ items: await catalogRepository.listFields(read) }));

  app.get('/procedures/:id', {
    schema: { tags, summary: 'Chi tiết thủ tục', params: IdParams, response: { 200: Procedure, ...errorResponses(404) } },
  }, async (request) => visibleProcedure(request.user, request.params.id));

  app.get('/procedures/:id/form.pdf', {
    schema: { tags, summary: 'Mẫu đơn đề nghị của thủ tục, để in và điền tay', params: IdParams, produces: ['application/pdf'], response: { 200: Binary, ...errorResponses(404) } },
  }, async (request, reply) => {
    const procedure = await visibleProcedure(request.user, request.params.id);
    return sendPdf(reply.header('cache-control', 'public, max-age=300'), `don-de-nghi-${procedure.nationalCode}.pdf`, await renderBlankForm(procedure));
  });

  app.post('/admin/procedures', {
    schema: {
      tags: ['Quản trị'], summary: 'Thêm thủ tục cho cơ quan trong phạm vi quản trị', body: ProcedureInput,
      response: { 201: Procedure, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => reply.code(201).send(await service.createProcedure(deps, await adminScope(db, requireUser(request)), request.body)));

  app.patch('/admin/procedures/:id', {
    schema: {
      tags: ['Quản trị'], summary: 'Sửa thủ tục', params: IdParams, body: ProcedurePatch,
      response: { 200: Procedure, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => service.updateProcedure(deps, await adminScope(db, requireUser(request)), request.params.id, request.body));

  app.get('/procedures/:id/workflow', {
    schema: { tags, summary: 'Quy trình xử lý của thủ tục', params: IdParams, response: { 200: Workflow, ...errorResponses(404) } },
  }, async (request) => {
    await visibleProcedure(request.user, request.params.id);
    return { steps: await service.workflowOf(db, request.params.id) };
  });

  app.put('/admin/procedures/:id/workflow', {
    schema: { tags: ['Quản trị'], summary: 'Sửa quy trình xử lý (các bước, vai trò, cơ quan, tỷ lệ thời gian)', params: IdParams, body: WorkflowBody, response: { 200: Workflow, ...errorResponses(400, 401, 403, 404) } },
  }, async (request) => ({ steps: await service.replaceWorkflow(deps, await adminScope(db, requireUser(request)), request.params.id, request.body.steps) }));

  // ---- the e-form designer ----

  app.get('/admin/procedures/:id/form', {
    schema: { tags, summary: 'Tờ khai điện tử: phiên bản đang áp dụng, bản nháp đang thiết kế, các phiên bản đã công bố', params: IdParams, response: { 200: FormDesign, ...errorResponses(401, 403, 404) } },
  }, async (request) => service.formDesign(db, await adminScope(db, requireUser(request)), request.params.id));

  app.put('/admin/procedures/:id/form/draft', {
    schema: { tags, summary: 'Lưu bản nháp tờ khai (chưa áp dụng cho hồ sơ)', params: IdParams, body: FormDraftBody, response: { 200: FormDesign, ...errorResponses(400, 401, 403, 404) } },
  }, async (request) => service.saveFormDraft(deps, await adminScope(db, requireUser(request)), request.params.id, request.body.fields as FormField[]));

  app.post('/admin/procedures/:id/form/publish', {
    schema: { tags, summary: 'Công bố bản nháp thành phiên bản mới: hồ sơ mới dùng phiên bản này, hồ sơ cũ giữ phiên bản của mình', params: IdParams, response: { 200: FormDesign, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => service.publishForm(deps, await adminScope(db, requireUser(request)), request.params.id));

  app.get('/administrative-units', {
    schema: { tags: ['Danh mục'], summary: 'Danh mục đơn vị hành chính: các tỉnh, hoặc các huyện của một tỉnh (parent=01), các xã của một huyện (parent=01/001)', querystring: AdministrativeUnitQuery, response: { 200: AdministrativeUnits, ...errorResponses(400, 404) } },
  }, async (request, reply) => {
    reply.header('cache-control', 'public, max-age=86400');
    return { items: administrativeUnits(request.query.parent) };
  });
};
