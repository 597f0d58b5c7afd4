import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import { errors } from '../../platform/errors.js';
import type { Principal } from '../../platform/principal.js';
import { sendPdf } from '../../platform/replies.js';
import { readUpload } from '../../platform/uploads.js';
import { Binary, errorResponses, IdParams, Ok } from '../../platform/schemas.js';
import { readableDossier } from './access.js';
import { attachFile, fileForDownload, removeDraftFile, reuseStoredDocument, storedDocuments } from './attachments.js';
import { createDraft, receiveAtCounter, updateDraft } from './drafts.js';
import type { UserAction } from './lifecycle.js';
import { controlSheet, counters, trackingBook } from './reports.js';
import {
  ActionBodies, ApplicantLookupQuery, CodeParams, CounterBody, Counters, DeliveryStatusBody, DossierDetail, DossierFile, DraftBody, DraftPatch,
  FileParams, PageQuery, ReuseBody, StoredDocuments, PublicLookup, PublicLookupList, QueuePage, QueueSummary, QueueQuery, RatingBody, ReportQuery,
} from './schemas.js';
import type { ModuleDeps } from '../../platform/context.js';
import { rate, recordDelivery, transition, type TransitionInput } from './transitions.js';
import { describeDossier, lookupByApplicant, lookupByCode, myDossiers, officialQueue, queueSummary, presentFile } from './views.js';

const tags = ['Hồ sơ một cửa'];
const kebab = (action: string) => action.replace(/_/g, '-');
const ACTION_SUMMARY: Record<UserAction, string> = {
  submit: 'Công dân nộp hồ sơ', receive: 'Tiếp nhận hồ sơ (cấp mã, tính hạn, in giấy tiếp nhận mẫu 01)',
  reject: 'Từ chối tiếp nhận (mẫu 03)', start_processing: 'Chuyển xử lý (bước đầu của quy trình)',
  forward: 'Chuyển bước tiếp theo (kể cả liên thông sang cơ quan khác)', send_back: 'Trả lại bước trước',
  request_supplement: 'Yêu cầu bổ sung (mẫu 02, dừng tính thời gian)', resubmit: 'Nộp bổ sung (tiếp tục tính thời gian)',
  approve: 'Lãnh đạo phê duyệt kết quả (ký số kết quả)', refuse: 'Lãnh đạo từ chối giải quyết (mẫu 03)',
  return: 'Trả kết quả', withdraw: 'Công dân rút hồ sơ', stop: 'Dừng giải quyết (mẫu 05)',
  extend: 'Xin lỗi và gia hạn (mẫu 04)',
};

export const dossierRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const { db, config } = deps;
  const detail = async (principal: Principal, id: number) => describeDossier(deps, principal, await readableDossier(db, principal, id));

  app.post('/dossiers', {
    schema: { tags, summary: 'Tạo hồ sơ nháp cho một thủ tục', body: DraftBody, response: { 201: DossierDetail, ...errorResponses(400, 401, 404) } },
  }, async (request, reply) => {
    const user = requireUser(request);
    const d = await createDraft(deps, user, request.body);
    return reply.code(201).send(await describeDossier(deps, user, d));
  });

  app.patch('/dossiers/:id', {
    schema: { tags, summary: 'Sửa hồ sơ nháp (tờ khai điện tử, địa chỉ)', params: IdParams, body: DraftPatch, response: { 200: DossierDetail, ...errorResponses(400, 401, 404, 409) } },
  }, async (request) => {
    const user = requireUser(request);
    const d = await updateDraft(deps, user, request.params.id, request.body);
    return describeDossier(deps, user, d);
  });

  app.get('/dossiers/:id', {
    schema: { tags, summary: 'Chi tiết hồ sơ: trạng thái, hạn, tệp, lịch sử, thao tác được phép', params: IdParams, response: { 200: DossierDetail, ...errorResponses(401, 404) } },
  }, async (request) => detail(requireUser(request), request.params.id));

  for (const action of Object.keys(ActionBodies) as UserAction[]) {
    app.post(`/dossiers/:id/${kebab(action)}`, {
      schema: { tags, summary: ACTION_SUMMARY[action], params: IdParams, body: ActionBodies[action], response: { 200: DossierDetail, ...errorResponses(400, 401, 403, 404, 409) } },
    }, async (request) => {
      const user = requireUser(request);
      const { dossier, ...known } = await transition(deps, user, request.params.id, action, request.body as TransitionInput);
      // The actor may no longer be an actor (e.g. after a transfer), but read access never ends with an action.
      return describeDossier(deps, user, dossier, known);
    });
  }

  app.post('/dossiers/:id/files', {
    schema: {
      tags, summary: 'Đính kèm tệp (multipart: trường kind, label, rồi file; PDF/JPEG/PNG, kiểm tra theo nội dung)',
      params: IdParams, consumes: ['multipart/form-data'], response: { 201: DossierFile, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
    },
  }, async (request, reply) => {
    const user = requireUser(request);
    const { data, fileName, field } = await readUpload(request, config.uploadLimitBytes);
    const kind = field('kind');
    const label = field('label');
    if (!['submission', 'supplement', 'result'].includes(kind) || label.length < 2 || label.length > 500) {
      throw errors.validation(undefined, 'Dữ liệu không hợp lệ: cần "kind" (submission, supplement, result) và "label" (tên giấy tờ), gửi trước tệp.');
    }
    const file = await attachFile(deps, user, request.params.id, { kind: kind as 'submission', label, fileName, data });
    return reply.code(201).send(presentFile(file));
  });

  app.get('/my/documents', {
    schema: { tags, summary: 'Kho dữ liệu của công dân: giấy tờ đã nộp và kết quả đã nhận, để dùng lại', response: { 200: StoredDocuments, ...errorResponses(401) } },
  }, async (request) => ({ items: await storedDocuments(deps, requireUser(request)) }));

  app.post('/dossiers/:id/files/reuse', {
    schema: {
      tags, summary: 'Dùng lại một giấy tờ trong kho dữ liệu cho hồ sơ nháp (không tải lên lại)', params: IdParams, body: ReuseBody,
      response: { 201: DossierFile, ...errorResponses(400, 401, 404, 409) },
    },
  }, async (request, reply) => reply.code(201).send(presentFile(await reuseStoredDocument(deps, requireUser(request), request.params.id, request.body))));

  app.delete('/dossiers/:id/files/:fileId', {
    schema: { tags, summary: 'Gỡ tệp khỏi hồ sơ nháp', params: FileParams, response: { 200: Ok, ...errorResponses(401, 404, 409) } },
  }, async (request) => {
    await removeDraftFile(deps, requireUser(request), request.params.id, request.params.fileId);
    return { ok: true as const };
  });

  app.get('/dossiers/:id/files/:fileId', {
    schema: { tags, summary: 'Tải tệp của hồ sơ (giấy tờ, phiếu, kết quả)', params: FileParams, produces: ['application/pdf', 'image/jpeg', 'image/png'], response: { 200: Binary, ...errorResponses(401, 404, 409) } },
  }, async (request, reply) => {
    const { file, data } = await fileForDownload(deps, requireUser(request), request.params.id, request.params.fileId);
    return reply.type(file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .send(data);
  });

  app.post('/dossiers/:id/rating', {
    schema: { tags, summary: 'Đánh giá mức độ hài lòng (một lần, sau khi nhận kết quả)', params: IdParams, body: RatingBody, response: { 200: DossierDetail, ...errorResponses(400, 401, 404, 409) } },
  }, async (request) => {
    const user = requireUser(request);
    await rate(deps, user, request.params.id, request.body.rating, request.body.comment);
    return detail(user, request.params.id);
  });

  app.post('/dossiers/:id/delivery', {
    schema: { tags, summary: 'Ghi nhận kết quả phát bưu gửi trả kết quả (đã phát, phát không thành công)', params: IdParams, body: DeliveryStatusBody, response: { 200: DossierDetail, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = requireUser(request);
    return describeDossier(deps, user, await recordDelivery(deps, user, request.params.id, request.body));
  });

  app.get('/dossiers/:id/control-sheet.pdf', {
    schema: { tags, summary: 'Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06)', params: IdParams, produces: ['application/pdf'], response: { 200: Binary, ...errorResponses(401, 404) } },
  }, async (request, reply) => {
    const { fileName, pdf } = await controlSheet(db, requireUser(request), request.params.id);
    return sendPdf(reply, fileName, pdf);
  });

  app.get('/my/dossiers', {
    schema: { tags, summary: 'Hồ sơ của tôi', querystring: PageQuery, response: { 200: QueuePage, ...errorResponses(401) } },
  }, async (request) => myDossiers(db, requireUser(request), request.query.page, request.query.pageSize));

  app.get('/queue', {
    schema: { tags, summary: 'Hồ sơ cần xử lý của cán bộ (một cửa và các bước xử lý), hạn gần nhất trước', querystring: QueueQuery, response: { 200: QueuePage, ...errorResponses(401) } },
  }, async (request) => officialQueue(db, requireUser(request), request.query));

  app.get('/queue/summary', {
    schema: { tags, summary: 'Số hồ sơ của cán bộ: mới nộp, đến hạn hôm nay, ngày mai, quá hạn, chờ bổ sung', response: { 200: QueueSummary, ...errorResponses(401) } },
  }, async (request) => queueSummary(db, requireUser(request)));

  app.post('/counter/dossiers', {
    schema: { tags, summary: 'Tiếp nhận trực tiếp tại quầy cho người nộp không có tài khoản', body: CounterBody, response: { 201: DossierDetail, ...errorResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const user = requireUser(request);
    const d = await receiveAtCounter(deps, user, request.body);
    return reply.code(201).send(await describeDossier(deps, user, d));
  });

  app.get('/public/dossiers/:code', {
    schema: { tags: ['Tra cứu công khai'], summary: 'Tra cứu hồ sơ theo mã (không có thông tin cá nhân)', params: CodeParams, response: { 200: PublicLookup, ...errorResponses(404, 429) } },
    config: { rateLimit: { max: config.lookupRateLimitPerMinute, timeWindow: 60_000 } },
    // A few hundred bytes: not worth compressing, nor the hooks that would.
    compress: false, decompress: false,
  }, async (request) => lookupByCode(deps.read, request.params.code));

  app.get('/public/dossiers', {
    schema: { tags: ['Tra cứu công khai'], summary: 'Tra cứu hồ sơ theo số CCCD/mã số thuế và số điện thoại của người nộp', querystring: ApplicantLookupQuery, response: { 200: PublicLookupList, ...errorResponses(400, 429) } },
    config: { rateLimit: { max: config.lookupRateLimitPerMinute, timeWindow: 60_000 } },
  }, async (request) => lookupByApplicant(deps.read, request.query.identityNumber, request.query.phone));

  // ---- reports: tracking book (form 07) and its counters ----

  app.get('/reports/counters', {
    schema: { tags: ['Báo cáo'], summary: 'Số liệu sổ theo dõi hồ sơ của một cơ quan trong kỳ', querystring: ReportQuery, response: { 200: Counters, ...errorResponses(400, 401, 404) } },
  }, async (request) => counters(db, requireUser(request), request.query));

  app.get('/reports/tracking-book.pdf', {
    schema: { tags: ['Báo cáo'], summary: 'Sổ theo dõi hồ sơ (mẫu 07) của một cơ quan trong kỳ', querystring: ReportQuery, produces: ['application/pdf'], response: { 200: Binary, ...errorResponses(400, 401, 404) } },
  }, async (request, reply) => {
    const { fileName, pdf } = await trackingBook(db, requireUser(request), request.query);
    return sendPdf(reply, fileName, pdf);
  });
};
