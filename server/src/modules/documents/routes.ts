import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { sendFile, sendPdf } from '../../platform/replies.js';
import { readUpload } from '../../platform/uploads.js';
import { Binary, errorResponses, Ok } from '../../platform/schemas.js';
import { localDay } from '../../platform/time.js';
import { edxmlOf, quarantine } from './exchange.js';
import type { DocumentRow } from './repository.js';
import { assignmentLate, CONFIDENTIALITY, DOCUMENT_TYPES, URGENCY } from './rules.js';
import {
  AssignmentParams, AttachmentParams, CompleteBody, Created, DirectBody, DocumentAttachment, DocumentDetail, DocumentPage, DocumentParams,
  DocumentQuery, DocumentTypes, DraftBody, DraftUpdateBody, IncomingBody, Issued, Quarantine, ReassignBody, RegisterBody, Registers, ReturnBody,
  ReviewBody, Statistics, StatisticsQuery, SubmitBody, VersionBody, Directory, RegisterParams, RegisterUpdateBody,
} from './schemas.js';
import {
  attach, attachmentFile, completeAssignment, createDraft, directDocument, directory, documentDetail, documentFile, issueDocument, listDocuments, monthlyStatistics,
  reassign, registerArrived, registerIncoming, registersOf, returnArrived, reviewDocument, signDocument, submitForReview, updateDraft, updateRegister,
} from './service.js';

const tags = ['Văn bản, điều hành'];

const present = ({ fileSha256, stampBoxes: _s, registerId: _r, ...d }: DocumentRow) => ({ ...d, hasFile: fileSha256 !== null });

export const documentRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const done = { 200: Ok, ...errorResponses(400, 401, 403, 404, 409) };
  const ok = { ok: true as const };

  app.get('/documents/types', {
    schema: { tags, summary: 'Loại văn bản (Phụ lục III Nghị định 30/2020), độ khẩn, độ mật', response: { 200: DocumentTypes, ...errorResponses(401) } },
  }, async (request) => {
    requireUser(request);
    return { types: DOCUMENT_TYPES.map(({ code, name, abbreviation }) => ({ code, name, abbreviation })), urgency: [...URGENCY], confidentiality: [...CONFIDENTIALITY] };
  });

  app.get('/documents/directory', {
    schema: { tags, summary: 'Đơn vị và cán bộ người dùng được trình, giao việc: cơ quan mình và các đơn vị trực thuộc', response: { 200: Directory, ...errorResponses(401, 403) } },
  }, async (request) => directory(deps, requireUser(request)));

  app.get('/documents/registers', {
    schema: { tags, summary: 'Sổ văn bản đến, đi của các cơ quan của người dùng (số cuối đã cấp)', response: { 200: Registers, ...errorResponses(401) } },
  }, async (request) => ({ items: await registersOf(deps, requireUser(request)) }));

  app.patch('/documents/registers/:id', {
    schema: {
      tags, summary: 'Văn thư đặt tên sổ và chữ viết tắt tên cơ quan dùng trong ký hiệu văn bản', params: RegisterParams, body: RegisterUpdateBody,
      response: { 200: Ok, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => (await updateRegister(deps, requireUser(request), request.params.id, request.body), ok));

  app.get('/documents', {
    schema: {
      tags, summary: 'Văn bản người dùng được xem: của cơ quan mình và được giao cho mình; tìm không dấu theo số, ký hiệu, trích yếu',
      querystring: DocumentQuery, response: { 200: DocumentPage, ...errorResponses(400, 401, 403) },
    },
  }, async (request) => {
    const page = await listDocuments(deps, requireUser(request), request.query);
    return { items: page.items.map((d) => ({ ...present(d), overdue: d.overdue })), total: page.total };
  });

  app.get('/documents/quarantine', {
    schema: { tags, summary: 'Gói tin edXML bị từ chối khi nhận qua trục (sai định dạng, không ký, bị sửa): lý do', response: { 200: Quarantine, ...errorResponses(401, 403) } },
  }, async (request) => ({ items: await quarantine(deps, requireUser(request)) as never }));

  app.get('/documents/statistics', {
    schema: {
      tags, summary: 'Thống kê tháng của một cơ quan: văn bản đến, đi, tỉ lệ gửi nhận điện tử, tỉ lệ ký số, việc hoàn thành đúng hạn',
      querystring: StatisticsQuery, response: { 200: Statistics, ...errorResponses(400, 401, 404) },
    },
  }, async (request) => monthlyStatistics(deps, requireUser(request), request.query.agencyId, request.query.month));

  app.post('/documents/incoming', {
    schema: { tags, summary: 'Văn thư vào sổ văn bản đến (văn bản giấy, đã quét) và trình lãnh đạo', body: IncomingBody, response: { 201: Created, ...errorResponses(400, 401, 403) } },
  }, async (request, reply) => reply.code(201).send({ id: await registerIncoming(deps, requireUser(request), request.body) }));

  app.post('/documents', {
    schema: { tags, summary: 'Soạn thảo văn bản đi (dự thảo) theo mẫu của loại văn bản', body: DraftBody, response: { 201: Created, ...errorResponses(400, 401, 403, 409) } },
  }, async (request, reply) => reply.code(201).send({ id: await createDraft(deps, requireUser(request), request.body) }));

  app.get('/documents/:id', {
    schema: { tags, summary: 'Văn bản: thông tin, tệp đính kèm, nơi nhận, ý kiến, việc được giao, quá trình xử lý', params: DocumentParams, response: { 200: DocumentDetail, ...errorResponses(401, 404) } },
  }, async (request) => {
    const detail = await documentDetail(deps, requireUser(request), request.params.id);
    const today = localDay(new Date());
    return { ...detail, document: present(detail.document), assignments: detail.assignments.map((a) => ({ ...a, late: assignmentLate(a, today) })) };
  });

  app.put('/documents/:id', {
    schema: { tags, summary: 'Người soạn thảo sửa dự thảo', params: DocumentParams, body: DraftUpdateBody, response: done },
  }, async (request) => (await updateDraft(deps, requireUser(request), request.params.id, request.body), ok));

  app.get('/documents/:id/file.pdf', {
    schema: {
      tags, summary: 'Tệp văn bản (PDF): dự thảo xem trước, bản đã ký, bản ban hành có chữ ký cơ quan', params: DocumentParams,
      produces: ['application/pdf'], response: { 200: Binary, ...errorResponses(401, 404) },
    },
  }, async (request, reply) => {
    const { d, pdf } = await documentFile(deps, requireUser(request), request.params.id);
    return sendPdf(reply, `van-ban-${(d.numberSymbol ?? `du-thao-${d.id}`).replace(/\//g, '_')}.pdf`, pdf);
  });

  app.post('/documents/:id/attachments', {
    schema: {
      tags, summary: 'Đính kèm tệp vào dự thảo, hoặc bản quét của văn bản giấy (multipart: file; PDF/JPEG/PNG, kiểm tra theo nội dung)',
      params: DocumentParams, consumes: ['multipart/form-data'], response: { 201: DocumentAttachment, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
    },
  }, async (request, reply) => {
    const user = requireUser(request);
    const { data, fileName: name } = await readUpload(request, deps.config.uploadLimitBytes);
    return reply.code(201).send(await attach(deps, user, request.params.id, { name, data }));
  });

  app.get('/documents/:id/attachments/:attachmentId', {
    schema: { tags, summary: 'Tải tệp đính kèm', params: AttachmentParams, produces: ['application/pdf', 'image/jpeg', 'image/png'], response: { 200: Binary, ...errorResponses(401, 404) } },
  }, async (request, reply) => {
    const { attachment, data } = await attachmentFile(deps, requireUser(request), request.params.id, request.params.attachmentId);
    return sendFile(reply, attachment.contentType, attachment.name, data, false);
  });

  app.post('/documents/:id/register', {
    schema: { tags, summary: 'Văn thư vào sổ văn bản đến đã nhận điện tử và trình lãnh đạo (báo nơi gửi: đã vào sổ)', params: DocumentParams, body: RegisterBody, response: done },
  }, async (request) => (await registerArrived(deps, requireUser(request), request.params.id, request.body), ok));

  app.post('/documents/:id/return', {
    schema: { tags, summary: 'Văn thư trả lại văn bản nhận nhầm, có lý do (báo nơi gửi: từ chối)', params: DocumentParams, body: ReturnBody, response: done },
  }, async (request) => (await returnArrived(deps, requireUser(request), request.params.id, request.body), ok));

  app.post('/documents/:id/direction', {
    schema: { tags, summary: 'Lãnh đạo bút phê và giao việc: một đơn vị/người chủ trì, các đơn vị phối hợp, hạn xử lý', params: DocumentParams, body: DirectBody, response: done },
  }, async (request) => (await directDocument(deps, requireUser(request), request.params.id, request.body), ok));

  app.post('/documents/:id/assignments/:assignmentId/complete', {
    schema: { tags, summary: 'Người, đơn vị được giao báo cáo hoàn thành', params: AssignmentParams, body: CompleteBody, response: done },
  }, async (request) => (await completeAssignment(deps, requireUser(request), request.params.id, request.params.assignmentId, request.body), ok));

  app.post('/documents/:id/assignments/:assignmentId/reassign', {
    schema: { tags, summary: 'Lãnh đạo giao lại việc cho đơn vị, người khác', params: AssignmentParams, body: ReassignBody, response: done },
  }, async (request) => (await reassign(deps, requireUser(request), request.params.id, request.params.assignmentId, request.body), ok));

  app.post('/documents/:id/submit', {
    schema: { tags, summary: 'Người soạn thảo trình dự thảo: cho ý kiến (người xem xét) hoặc trình ký', params: DocumentParams, body: SubmitBody, response: done },
  }, async (request) => (await submitForReview(deps, requireUser(request), request.params.id, request.body), ok));

  app.post('/documents/:id/review', {
    schema: { tags, summary: 'Người xem xét đồng ý hoặc trả lại dự thảo, có ý kiến', params: DocumentParams, body: ReviewBody, response: done },
  }, async (request) => (await reviewDocument(deps, requireUser(request), request.params.id, request.body), ok));

  app.post('/documents/:id/sign', {
    schema: { tags, summary: 'Người ký ký số văn bản bằng chứng thư cá nhân (PAdES); chứng thư hết hạn, không tin cậy bị từ chối', params: DocumentParams, body: VersionBody, response: done },
  }, async (request) => (await signDocument(deps, requireUser(request), request.params.id, request.body), ok));

  app.post('/documents/:id/issue', {
    schema: {
      tags, summary: 'Văn thư cấp số (sổ văn bản đi của năm), ký số của cơ quan và phát hành đến nơi nhận',
      params: DocumentParams, body: VersionBody, response: { 200: Issued, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => ({ numberSymbol: await issueDocument(deps, requireUser(request), request.params.id, request.body) }));

  app.get('/documents/:id/edxml', {
    schema: {
      tags, summary: 'Gói tin edXML (QCVN 102:2016) của văn bản đã ban hành, ký số XML-DSig của cơ quan', params: DocumentParams,
      produces: ['application/xml'], response: { 200: Binary, ...errorResponses(401, 404, 409) },
    },
  }, async (request, reply) => {
    const { d, xml } = await edxmlOf(deps, requireUser(request), request.params.id);
    return sendFile(reply, 'application/xml; charset=utf-8', `${d.numberSymbol!.replace(/\//g, '_')}.edxml`, Buffer.from(xml), false);
  });
};
