import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { sendFile, sendPdf } from '../../platform/replies.js';
import { Binary, errorResponses, IdParams, Ok } from '../../platform/schemas.js';
import { adminScope } from '../identity/index.js';
import { dashboard, drill, publicQuality, quality, scopedAgency } from './dashboard.js';
import { ChangeFeed, FiguresCache } from './changes.js';
import { LiveFigures } from './live.js';
import { reportPdf, reportXlsx } from './reports.js';
import { Created, CriterionParams, MaturityPeriodBody, MaturityPeriods, MaturityRanking, MaturitySetBody, MaturitySheet, PeriodParams, ReviewBody, SelfBody, SheetParams } from './schemas.js';
import { assess, attachEvidence, createSet, evidence, listPeriods, openPeriod, publish, ranking, review, sheet } from './maturity.js';
import { readUpload } from '../../platform/uploads.js';
import { Dashboard, DashboardQuery, DrillPage, DrillQuery, PublicQualityQuery, QualityReport, ReportFileQuery } from './schemas.js';
import { retryDelivery } from './service.js';
import { deadLetters, discardDelivery, operationsStatus } from './health.js';
import { DeadLetterPage, DeadLetterQuery, OperationsStatus } from './health-schemas.js';
import type { DrillMeasure } from './rules.js';
import { Type } from 'typebox';

const keyOf = (p: { id: number; agencyId: number; criterionId: number }) => ({ periodId: p.id, agencyId: p.agencyId, criterionId: p.criterionId });

export const operationsRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const tags = ['Vận hành'];
  const { db } = deps;
  // What changed, heard by this node: it renews the dashboards' answers and tells the live streams.
  const feed = new ChangeFeed(db, app.log);
  const cache = new FiguresCache(feed);
  const live = new LiveFigures(feed);
  app.addHook('preClose', async () => {
    live.close();
    await cache.close();
    feed.stop();
  });

  app.post('/admin/jobs/deliveries/:id/retry', {
    schema: { tags, summary: 'Thử lại một công việc lỗi', params: IdParams, response: { 200: Ok, ...errorResponses(401, 403, 404) } },
  }, async (request) => {
    await retryDelivery(deps, await adminScope(deps.db, requireUser(request)), request.params.id);
    return { ok: true as const };
  });

  app.post('/admin/jobs/deliveries/:id/discard', {
    schema: { tags, summary: 'Bỏ qua một công việc lỗi (không thực hiện nữa)', params: IdParams, response: { 200: Ok, ...errorResponses(401, 403, 404) } },
  }, async (request) => {
    await discardDelivery(deps, await adminScope(deps.db, requireUser(request)), request.params.id);
    return { ok: true as const };
  });

  // ---- the operations page of the province IT admins: nodes, queues, dead letters, audit chain, replicas, database ----
  app.get('/admin/operations/status', {
    schema: { tags, summary: 'Tình trạng vận hành: các nút máy chủ, hàng đợi công việc, chuỗi nhật ký, bản sao, cơ sở dữ liệu (quản trị tỉnh)', response: { 200: OperationsStatus, ...errorResponses(401, 403) } },
  }, async (request) => operationsStatus(deps, await adminScope(deps.db, requireUser(request))));

  app.get('/admin/operations/dead-letters', {
    schema: { tags, summary: 'Công việc lỗi đã hết số lần thử, mới nhất trước (quản trị tỉnh)', querystring: DeadLetterQuery, response: { 200: DeadLetterPage, ...errorResponses(400, 401, 403) } },
  }, async (request) => deadLetters(deps, await adminScope(deps.db, requireUser(request)), request.query.page, request.query.pageSize));

  // ---- the operations center (issue 12) ----
  const center = ['Điều hành'];

  app.get('/operations/dashboard', {
    schema: { tags: center, summary: 'Số liệu điều hành của một cơ quan (cả các đơn vị trực thuộc) trong kỳ, theo từng đơn vị trực thuộc và theo tháng', querystring: DashboardQuery, response: { 200: Dashboard, ...errorResponses(400, 401, 403, 404) } },
  }, async (request) => dashboard(db, requireUser(request), request.query, cache));

  app.get('/operations/dossiers', {
    schema: { tags: center, summary: 'Danh sách hồ sơ tạo nên một số liệu (drill-down)', querystring: DrillQuery, response: { 200: DrillPage, ...errorResponses(400, 401, 403, 404) } },
  }, async (request) => drill(deps.read, requireUser(request), { ...request.query, measure: request.query.measure as DrillMeasure }));

  app.get('/operations/quality', {
    schema: { tags: center, summary: 'Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg) của một cơ quan và các đơn vị trực thuộc', querystring: DashboardQuery, response: { 200: QualityReport, ...errorResponses(400, 401, 403, 404) } },
  }, async (request) => quality(db, requireUser(request), request.query, cache));

  app.get('/quality-index', {
    schema: { tags: center, summary: 'Công khai chỉ số phục vụ người dân, doanh nghiệp của tỉnh và từng cơ quan', querystring: PublicQualityQuery, response: { 200: QualityReport, ...errorResponses(400, 404, 429) } },
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
  }, async (request) => publicQuality(db, request.query, cache));

  app.get('/operations/reports/one-stop.xlsx', {
    schema: { tags: center, summary: 'Bảng tổng hợp kết quả giải quyết TTHC (Excel)', querystring: ReportFileQuery, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], response: { 200: Binary, ...errorResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const { fileName, data } = await reportXlsx(db, requireUser(request), request.query);
    return sendFile(reply, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName, data, false);
  });

  app.get('/operations/reports/one-stop.pdf', {
    schema: { tags: center, summary: 'Bảng tổng hợp kết quả giải quyết TTHC (PDF)', querystring: ReportFileQuery, produces: ['application/pdf'], response: { 200: Binary, ...errorResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const { fileName, data } = await reportPdf(db, requireUser(request), request.query);
    return sendPdf(reply, fileName, data);
  });

  // ---- maturity scoring ----
  const maturity = ['Đánh giá mức độ chính quyền điện tử'];
  app.post('/operations/maturity/sets', {
    schema: { tags: maturity, summary: 'Tạo bộ tiêu chí đánh giá (quản trị tỉnh)', body: MaturitySetBody, response: { 200: Created, ...errorResponses(400, 401, 403) } },
  }, async (request) => createSet(deps, requireUser(request), request.body as never));
  app.get('/operations/maturity/periods', {
    schema: { tags: maturity, summary: 'Các kỳ đánh giá', response: { 200: MaturityPeriods, ...errorResponses(401, 403) } },
  }, async (request) => listPeriods(deps, requireUser(request)));
  app.post('/operations/maturity/periods', {
    schema: { tags: maturity, summary: 'Mở kỳ đánh giá (quản trị tỉnh)', body: MaturityPeriodBody, response: { 200: Created, ...errorResponses(400, 401, 403, 404) } },
  }, async (request) => openPeriod(deps, requireUser(request), request.body));
  app.get('/operations/maturity/periods/:id/agencies/:agencyId', {
    schema: { tags: maturity, summary: 'Phiếu đánh giá của một cơ quan: tiêu chí, điểm tự chấm, minh chứng, điểm thẩm định, điểm tính tự động', params: SheetParams, response: { 200: MaturitySheet, ...errorResponses(401, 403, 404) } },
  }, async (request) => sheet(deps, requireUser(request), request.params.id, request.params.agencyId));
  app.put('/operations/maturity/periods/:id/agencies/:agencyId/criteria/:criterionId/self', {
    schema: { tags: maturity, summary: 'Tự chấm một tiêu chí (lãnh đạo, quản trị của cơ quan)', params: CriterionParams, body: SelfBody, response: { 200: Ok, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => assess(deps, requireUser(request), keyOf(request.params), request.body));
  app.post('/operations/maturity/periods/:id/agencies/:agencyId/criteria/:criterionId/evidence', {
    schema: { tags: maturity, summary: 'Tải lên tệp minh chứng (PDF, JPEG, PNG; kiểm tra theo nội dung)', params: CriterionParams, consumes: ['multipart/form-data'], response: { 200: Ok, ...errorResponses(400, 401, 403, 404, 409, 413, 415) } },
  }, async (request) => attachEvidence(deps, requireUser(request), keyOf(request.params), await readUpload(request, deps.config.uploadLimitBytes)));
  app.get('/operations/maturity/periods/:id/agencies/:agencyId/criteria/:criterionId/evidence', {
    schema: { tags: maturity, summary: 'Tệp minh chứng của một tiêu chí', params: CriterionParams, produces: ['application/pdf', 'image/jpeg', 'image/png'], response: { 200: Binary, ...errorResponses(401, 403, 404) } },
  }, async (request, reply) => {
    const file = await evidence(deps, requireUser(request), keyOf(request.params));
    return sendFile(reply, file.contentType, file.fileName, file.data);
  });
  app.put('/operations/maturity/periods/:id/agencies/:agencyId/criteria/:criterionId/review', {
    schema: { tags: maturity, summary: 'Thẩm định, điều chỉnh điểm kèm nhận xét (quản trị tỉnh)', params: CriterionParams, body: ReviewBody, response: { 200: Ok, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => review(deps, requireUser(request), keyOf(request.params), request.body));
  app.post('/operations/maturity/periods/:id/publish', {
    schema: { tags: maturity, summary: 'Công bố kết quả và xếp hạng của kỳ đánh giá (quản trị tỉnh)', params: PeriodParams, response: { 200: Ok, ...errorResponses(401, 403, 404, 409) } },
  }, async (request) => publish(deps, requireUser(request), request.params.id));
  app.get('/maturity/periods/:id/ranking', {
    schema: { tags: maturity, summary: 'Công khai kết quả, xếp hạng mức độ chính quyền điện tử của kỳ đã công bố', params: PeriodParams, response: { 200: MaturityRanking, ...errorResponses(404, 429) } },
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
  }, async (request) => ranking(deps, request.params.id));

  // A stream that never ends: left out of the OpenAPI document (and so of the generated client and the fuzzing).
  app.get('/operations/stream', {
    schema: { hide: true, querystring: Type.Object({ agencyId: Type.Optional(Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 })) }) },
  }, async (request, reply) => {
    const scope = await scopedAgency(db, requireUser(request), request.query.agencyId);
    await live.stream(request, reply, new Set(scope.subtree));
  });
};
