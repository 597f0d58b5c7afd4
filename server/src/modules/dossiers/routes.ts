import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import '@fastify/multipart';
import { Type } from 'typebox';
import { agenciesWithRole, requireUser, type CurrentUser } from '../../platform/auth.js';
import { writeAudit } from '../../platform/audit.js';
import { inTransaction, type Db } from '../../platform/db.js';
import { errors } from '../../platform/errors.js';
import { fileErrors } from '../../platform/files.js';
import { Binary, errorResponses, IdParams, Ok } from '../../platform/schemas.js';
import { identityRepository } from '../identity/repository.js';
import { adminScope } from '../identity/policies.js';
import { dossierErrors } from './errors.js';
import { renderControlSheet, renderTrackingBook } from './forms.js';
import { resolutionTiming, STATUS_LABEL, type DossierAction } from './lifecycle.js';
import { dossierQueries, dossierRepository as repo } from './repository.js';
import {
  ActionBodies, CalendarDay, CalendarDayBody, CodeParams, CounterBody, Counters, DossierDetail, DossierFile, DraftBody, DraftPatch,
  FileParams, Notification, PageQuery, PublicLookup, QueuePage, QueueQuery, RatingBody, ReportQuery, Workflow, WorkflowBody,
} from './schemas.js';
import * as service from './service.js';
import { lookupByCode, myDossiers, officialQueue } from './views.js';
import { validateWorkflow, type WorkflowStep } from './workflow.js';

const tags = ['Hồ sơ một cửa'];
const kebab = (action: string) => action.replace(/_/g, '-');
const ACTION_SUMMARY: Record<DossierAction, string> = {
  submit: 'Công dân nộp hồ sơ', receive: 'Tiếp nhận hồ sơ (cấp mã, tính hạn, in giấy tiếp nhận mẫu 01)',
  reject: 'Từ chối tiếp nhận (mẫu 03)', start_processing: 'Chuyển xử lý (bước đầu của quy trình)',
  forward: 'Chuyển bước tiếp theo (kể cả liên thông sang cơ quan khác)', send_back: 'Trả lại bước trước',
  request_supplement: 'Yêu cầu bổ sung (mẫu 02, dừng tính thời gian)', resubmit: 'Nộp bổ sung (tiếp tục tính thời gian)',
  approve: 'Lãnh đạo phê duyệt kết quả (ký số kết quả)', refuse: 'Lãnh đạo từ chối giải quyết (mẫu 03)',
  return: 'Trả kết quả', withdraw: 'Công dân rút hồ sơ', stop: 'Dừng giải quyết (mẫu 05)',
  extend: 'Xin lỗi và gia hạn (mẫu 04)',
};

function sendPdf(reply: FastifyReply, fileName: string, data: Buffer, inline = true) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(data);
}

/** Reports on an agency: its own officials, and admins whose scope covers it. */
async function checkReportAccess(db: Db, user: CurrentUser, agencyId: number) {
  if (user.roles.some((r) => r.agencyId === agencyId)) return;
  const admin = agenciesWithRole(user, 'admin');
  if (admin.length > 0 && (await identityRepository.agencySubtree(db, admin)).includes(agencyId)) return;
  throw errors.notFound();
}

export const dossierRoutes: FastifyPluginAsyncTypebox<{ deps: service.DossierDeps; uploadLimit: number; lookupRateLimit: number }> = async (app, { deps, uploadLimit, lookupRateLimit }) => {
  const db = deps.db;
  const detail = async (user: CurrentUser, id: number) => service.describeDossier(deps, user, await service.readableDossier(db, user, id));

  app.post('/dossiers', {
    schema: { tags, summary: 'Tạo hồ sơ nháp cho một thủ tục', body: DraftBody, response: { 201: DossierDetail, ...errorResponses(400, 401, 404) } },
  }, async (request, reply) => {
    const user = requireUser(request);
    const d = await service.createDraft(deps, user, request.body);
    return reply.code(201).send(await service.describeDossier(deps, user, d));
  });

  app.patch('/dossiers/:id', {
    schema: { tags, summary: 'Sửa hồ sơ nháp (tờ khai điện tử, địa chỉ)', params: IdParams, body: DraftPatch, response: { 200: DossierDetail, ...errorResponses(400, 401, 404, 409) } },
  }, async (request) => {
    const user = requireUser(request);
    const d = await service.updateDraft(deps, user, request.params.id, request.body);
    return service.describeDossier(deps, user, d);
  });

  app.get('/dossiers/:id', {
    schema: { tags, summary: 'Chi tiết hồ sơ: trạng thái, hạn, tệp, lịch sử, thao tác được phép', params: IdParams, response: { 200: DossierDetail, ...errorResponses(401, 404) } },
  }, async (request) => detail(requireUser(request), request.params.id));

  for (const action of Object.keys(ActionBodies) as DossierAction[]) {
    app.post(`/dossiers/:id/${kebab(action)}`, {
      schema: { tags, summary: ACTION_SUMMARY[action], params: IdParams, body: ActionBodies[action], response: { 200: DossierDetail, ...errorResponses(400, 401, 403, 404, 409) } },
    }, async (request) => {
      const user = requireUser(request);
      const updated = await service.transition(deps, user, request.params.id, action, request.body as service.TransitionInput);
      // The actor may no longer be an actor (e.g. after a transfer), but read access never ends with an action.
      return service.describeDossier(deps, user, updated);
    });
  }

  app.post('/dossiers/:id/files', {
    schema: {
      tags, summary: 'Đính kèm tệp (multipart: trường kind, label, rồi file; PDF/JPEG/PNG, kiểm tra theo nội dung)',
      params: IdParams, consumes: ['multipart/form-data'], response: { 201: DossierFile, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
    },
  }, async (request, reply) => {
    const user = requireUser(request);
    if (!request.isMultipart()) throw errors.unsupportedMediaType();
    const part = await request.file();
    if (!part) throw fileErrors.missing();
    let data: Buffer;
    try {
      data = await part.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileErrors.tooLarge(uploadLimit);
      throw error;
    }
    if (part.file.truncated) throw fileErrors.tooLarge(uploadLimit);
    const field = (name: string) => {
      const value = part.fields[name];
      return value && !Array.isArray(value) && value.type === 'field' ? String(value.value).trim() : '';
    };
    const kind = field('kind');
    const label = field('label');
    if (!['submission', 'supplement', 'result'].includes(kind) || label.length < 2 || label.length > 500) {
      throw errors.validation(undefined, 'Dữ liệu không hợp lệ: cần "kind" (submission, supplement, result) và "label" (tên giấy tờ), gửi trước tệp.');
    }
    const file = await service.attachFile(deps, user, request.params.id, { kind: kind as 'submission', label, fileName: part.filename || 'tep', data });
    return reply.code(201).send(file);
  });

  app.delete('/dossiers/:id/files/:fileId', {
    schema: { tags, summary: 'Gỡ tệp khỏi hồ sơ nháp', params: FileParams, response: { 200: Ok, ...errorResponses(401, 404, 409) } },
  }, async (request) => {
    await service.removeDraftFile(deps, requireUser(request), request.params.id, request.params.fileId);
    return { ok: true as const };
  });

  app.get('/dossiers/:id/files/:fileId', {
    schema: { tags, summary: 'Tải tệp của hồ sơ (giấy tờ, phiếu, kết quả)', params: FileParams, produces: ['application/pdf', 'image/jpeg', 'image/png'], response: { 200: Binary, ...errorResponses(401, 404, 409) } },
  }, async (request, reply) => {
    const { file, data } = await service.fileForDownload(deps, requireUser(request), request.params.id, request.params.fileId);
    return reply.type(file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .send(data);
  });

  app.post('/dossiers/:id/rating', {
    schema: { tags, summary: 'Đánh giá mức độ hài lòng (một lần, sau khi nhận kết quả)', params: IdParams, body: RatingBody, response: { 200: DossierDetail, ...errorResponses(400, 401, 404, 409) } },
  }, async (request) => {
    const user = requireUser(request);
    await service.rate(deps, user, request.params.id, request.body.rating, request.body.comment);
    return detail(user, request.params.id);
  });

  app.get('/dossiers/:id/control-sheet.pdf', {
    schema: { tags, summary: 'Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06)', params: IdParams, produces: ['application/pdf'], response: { 200: Binary, ...errorResponses(401, 404) } },
  }, async (request, reply) => {
    const user = requireUser(request);
    const d = await service.readableDossier(db, user, request.params.id);
    // Form 06 is the agencies' internal control sheet.
    if (service.isApplicantOnly(user, d)) throw dossierErrors.notFound();
    const [agency, procedure, events, place] = await Promise.all([
      repo.agency(db, d.receivingAgencyId), repo.procedure(db, d.procedureId), repo.events(db, d.id), repo.place(db, d.receivingAgencyId),
    ]);
    const pdf = await renderControlSheet(
      { name: agency!.name, parentName: agency!.parentName, place, key: null },
      { ...d, procedureName: procedure!.name, processingDays: procedure!.processingDays, documents: procedure!.documents },
      events.map((e) => ({ at: e.at, agencyName: e.agencyName ?? 'Công dân', actorName: e.actorName, action: STATUS_LABEL[e.toStatus as keyof typeof STATUS_LABEL] ?? e.action, note: e.note })),
    );
    return sendPdf(reply, `mau-06-${d.code ?? d.id}.pdf`, pdf);
  });

  app.get('/my/dossiers', {
    schema: { tags, summary: 'Hồ sơ của tôi', querystring: PageQuery, response: { 200: QueuePage, ...errorResponses(401) } },
  }, async (request) => myDossiers(db, requireUser(request), request.query.page, request.query.pageSize));

  app.get('/queue', {
    schema: { tags, summary: 'Hồ sơ cần xử lý của cán bộ (một cửa và các bước xử lý), hạn gần nhất trước', querystring: QueueQuery, response: { 200: QueuePage, ...errorResponses(401) } },
  }, async (request) => officialQueue(db, requireUser(request), request.query));

  app.post('/counter/dossiers', {
    schema: { tags, summary: 'Tiếp nhận trực tiếp tại quầy cho người nộp không có tài khoản', body: CounterBody, response: { 201: DossierDetail, ...errorResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const user = requireUser(request);
    const d = await service.receiveAtCounter(deps, user, request.body);
    return reply.code(201).send(await service.describeDossier(deps, user, d));
  });

  app.get('/public/dossiers/:code', {
    schema: { tags: ['Tra cứu công khai'], summary: 'Tra cứu hồ sơ theo mã (không có thông tin cá nhân)', params: CodeParams, response: { 200: PublicLookup, ...errorResponses(404, 429) } },
    config: { rateLimit: { max: lookupRateLimit, timeWindow: 60_000 } },
  }, async (request) => lookupByCode(db, request.params.code));

  // ---- reports: tracking book (form 07) and its counters ----

  app.get('/reports/counters', {
    schema: { tags: ['Báo cáo'], summary: 'Số liệu sổ theo dõi hồ sơ của một cơ quan trong kỳ', querystring: ReportQuery, response: { 200: Counters, ...errorResponses(400, 401, 404) } },
  }, async (request) => {
    await checkReportAccess(db, requireUser(request), request.query.agencyId);
    return dossierQueries.counters(db, request.query.agencyId, request.query.from, request.query.to);
  });

  app.get('/reports/tracking-book.pdf', {
    schema: { tags: ['Báo cáo'], summary: 'Sổ theo dõi hồ sơ (mẫu 07) của một cơ quan trong kỳ', querystring: ReportQuery, produces: ['application/pdf'], response: { 200: Binary, ...errorResponses(400, 401, 404) } },
  }, async (request, reply) => {
    const { agencyId, from, to } = request.query;
    await checkReportAccess(db, requireUser(request), agencyId);
    const [agency, place, rows] = await Promise.all([repo.agency(db, agencyId), repo.place(db, agencyId), dossierQueries.trackingBook(db, agencyId, from, to)]);
    const pdf = await renderTrackingBook({ name: agency!.name, parentName: agency!.parentName, place, key: null }, from, to, rows.map((r) => ({
      code: r.code, procedureName: r.procedureName, applicantName: r.applicant.fullName, applicantAddress: r.applicant.address ?? '',
      applicantPhone: r.applicant.phone ?? '', receivedAt: r.receivedAt, dueAt: r.dueAt, resolvedAt: r.resolvedAt, returnedAt: r.returnedAt,
      note: [STATUS_LABEL[r.status], r.outcome === 'refused' ? 'từ chối giải quyết' : '',
        r.resolvedAt && r.dueAt ? { early: 'trước hạn', on_time: 'đúng hạn', late: 'quá hạn' }[resolutionTiming(r.resolvedAt, r.dueAt)] : ''].filter(Boolean).join(', '),
    })));
    return sendPdf(reply, `mau-07-${agency!.code}-${from}-${to}.pdf`, pdf);
  });

  // ---- workflow templates ----

  app.get('/procedures/:id/workflow', {
    schema: { tags: ['Thủ tục hành chính'], summary: 'Quy trình xử lý của thủ tục', params: IdParams, response: { 200: Workflow, ...errorResponses(404) } },
  }, async (request) => ({ steps: await service.stepsOf(db, request.params.id) }));

  app.put('/admin/procedures/:id/workflow', {
    schema: { tags: ['Quản trị'], summary: 'Sửa quy trình xử lý (các bước, vai trò, cơ quan, tỷ lệ thời gian)', params: IdParams, body: WorkflowBody, response: { 200: Workflow, ...errorResponses(400, 401, 403, 404) } },
  }, async (request) => {
    const scope = await adminScope(db, request);
    const procedure = await repo.procedure(db, request.params.id);
    if (!procedure || !scope.agencyIds.has(procedure.agencyId)) throw dossierErrors.procedureUnavailable();
    const steps: WorkflowStep[] = request.body.steps.map((s, i) => ({ ...s, position: i + 1 }));
    const problem = validateWorkflow(steps);
    if (problem) throw dossierErrors.invalidWorkflow(problem);
    if (steps.some((s) => s.agencyId !== null && !scope.agencyIds.has(s.agencyId))) throw errors.notFound(undefined, 'Không tìm thấy cơ quan thực hiện bước xử lý.');
    await inTransaction(db, async (tx) => {
      await repo.replaceSteps(tx, procedure.id, steps);
      await writeAudit(tx, { actorId: scope.actor.id, agencyId: procedure.agencyId, action: 'procedure.workflow', entity: 'procedure', entityId: procedure.id, data: { steps } });
    });
    return { steps };
  });

  // ---- days off and make-up working days ----

  app.get('/calendar/days', {
    schema: { tags: ['Lịch làm việc'], summary: 'Ngày nghỉ và ngày làm bù do quản trị khai báo', response: { 200: Type.Object({ items: Type.Array(CalendarDay) }) } },
  }, async () => ({
    items: (await db.query<{ id: number; date: string; kind: 'day_off' | 'working_day'; note: string }>(
      `SELECT id, to_char(day, 'YYYY-MM-DD') AS date, kind, note FROM calendar_days ORDER BY day`)).rows,
  }));

  app.post('/admin/calendar/days', {
    schema: { tags: ['Quản trị'], summary: 'Khai báo ngày nghỉ hoặc ngày làm bù (toàn tỉnh)', body: CalendarDayBody, response: { 201: CalendarDay, ...errorResponses(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const scope = await adminScope(db, request);
    if (!scope.coversRoot) throw errors.forbidden();
    const created = await inTransaction(db, async (tx) => {
      const row = await tx.query<{ id: number }>(
        `INSERT INTO calendar_days (day, kind, note, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT (day) DO NOTHING RETURNING id`,
        [request.body.date, request.body.kind, request.body.note, scope.actor.id]);
      if (!row.rows[0]) throw errors.conflict(undefined, 'Ngày này đã được khai báo.');
      await writeAudit(tx, { actorId: scope.actor.id, agencyId: null, action: 'calendar.declare', entity: 'calendar_day', entityId: row.rows[0].id, data: request.body });
      return row.rows[0].id;
    });
    return reply.code(201).send({ id: created, ...request.body });
  });

  app.delete('/admin/calendar/days/:id', {
    schema: { tags: ['Quản trị'], summary: 'Xóa ngày đã khai báo', params: IdParams, response: { 200: Ok, ...errorResponses(401, 403, 404) } },
  }, async (request) => {
    const scope = await adminScope(db, request);
    if (!scope.coversRoot) throw errors.forbidden();
    await inTransaction(db, async (tx) => {
      const removed = await tx.query('DELETE FROM calendar_days WHERE id = $1 RETURNING day', [request.params.id]);
      if (!removed.rowCount) throw errors.notFound();
      await writeAudit(tx, { actorId: scope.actor.id, agencyId: null, action: 'calendar.remove', entity: 'calendar_day', entityId: request.params.id });
    });
    return { ok: true as const };
  });

  // ---- notifications ----

  app.get('/notifications', {
    schema: { tags: ['Thông báo'], summary: 'Thông báo của tôi (mới nhất trước)', response: { 200: Type.Object({ items: Type.Array(Notification), unread: Type.Integer() }), ...errorResponses(401) } },
  }, async (request) => {
    const user = requireUser(request);
    const found = await db.query<{ id: number; dossierId: number | null; title: string; body: string; createdAt: Date; readAt: Date | null }>(
      `SELECT id, dossier_id AS "dossierId", title, body, created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE user_id = $1 ORDER BY id DESC LIMIT 50`, [user.id]);
    const unread = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL', [user.id]);
    return { items: found.rows, unread: unread.rows[0]!.n };
  });

  app.post('/notifications/:id/read', {
    schema: { tags: ['Thông báo'], summary: 'Đánh dấu đã đọc', params: IdParams, response: { 200: Ok, ...errorResponses(401, 404) } },
  }, async (request) => {
    const user = requireUser(request);
    const updated = await db.query('UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2', [request.params.id, user.id]);
    if (!updated.rowCount) throw errors.notFound();
    return { ok: true as const };
  });
};
