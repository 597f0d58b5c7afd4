import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { sendPdf } from '../../platform/replies.js';
import { Binary, errorResponses, IdParams, Ok } from '../../platform/schemas.js';
import type { PaymentRow } from './repository.js';
import {
  CallbackAnswer, CallbackBody, DayParams, Payment, PaymentList, PaymentPage, PaymentQuery, ReconcileBody, Reconciliation, ReferenceParams, ResolveBody,
} from './schemas.js';
import {
  handleCallback, listPayments, paymentByReference, paymentsOfDossier, receiptOf, reconcile, reconciliationOf, recordCounterPayment, resolveDifference, startOnlinePayment,
} from './service.js';

const tags = ['Thanh toán trực tuyến'];

/** A payment as clients see it: no payer data beyond what the dossier shows, the receipt once signed. */
const present = ({ agencyId: _a, payer: _p, receiptSha256, receiptSize: _s, queryAttempts: _q, createdBy: _c, updatedAt: _u, ...p }: PaymentRow) =>
  ({ ...p, paymentUrl: p.status === 'pending' ? p.paymentUrl : null, receiptReady: receiptSha256 !== null });

export const paymentRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  app.get('/dossiers/:id/payments', {
    schema: { tags, summary: 'Các lần nộp phí, lệ phí của hồ sơ', params: IdParams, response: { 200: PaymentList, ...errorResponses(401, 404) } },
  }, async (request) => ({ items: (await paymentsOfDossier(deps, requireUser(request), request.params.id)).map(present) }));

  app.post('/dossiers/:id/payments', {
    schema: {
      tags, summary: 'Người nộp hồ sơ bắt đầu thanh toán trực tuyến: số tiền do hệ thống tính; trả về trang thanh toán của nền tảng',
      params: IdParams, response: { 201: Payment, ...errorResponses(401, 403, 404, 409, 502) },
    },
  }, async (request, reply) => reply.code(201).send(present(await startOnlinePayment(deps, requireUser(request), request.params.id, request.ip))));

  app.post('/dossiers/:id/payments/counter', {
    schema: { tags, summary: 'Cán bộ một cửa thu phí, lệ phí tại quầy (tiền mặt); cấp biên lai điện tử', params: IdParams, response: { 201: Payment, ...errorResponses(401, 403, 404, 409) } },
  }, async (request, reply) => reply.code(201).send(present(await recordCounterPayment(deps, requireUser(request), request.params.id))));

  app.get('/payments/:reference', {
    schema: {
      tags, summary: 'Trạng thái một giao dịch (trang kết quả thanh toán); khi chưa có xác nhận, hệ thống hỏi lại nền tảng',
      params: ReferenceParams, response: { 200: Payment, ...errorResponses(401, 404) },
    },
  }, async (request) => present(await paymentByReference(deps, requireUser(request), request.params.reference)));

  app.get('/payments/:reference/receipt.pdf', {
    schema: { tags, summary: 'Biên lai thu phí, lệ phí điện tử (PDF ký số của cơ quan thu)', params: ReferenceParams, produces: ['application/pdf'], response: { 200: Binary, ...errorResponses(401, 404, 409) } },
  }, async (request, reply) => {
    const { payment, pdf } = await receiptOf(deps, requireUser(request), request.params.reference);
    return sendPdf(reply, `bien-lai-${payment.receiptNumber ?? payment.reference}.pdf`, pdf);
  });

  // Called by the payment platform, server to server: no session and no CSRF token; trusted only through its checksum.
  app.post('/payments/callback', {
    schema: {
      tags, summary: 'Nền tảng thanh toán thông báo kết quả giao dịch (kiểm tra MaXacThuc, số tiền; thông báo lặp lại không thay đổi gì)',
      body: CallbackBody, security: [], response: { 200: CallbackAnswer, ...errorResponses(400, 404, 409) },
    },
    config: { csrf: false },
  }, async (request) => {
    const verdict = await handleCallback(deps, request.body, request.ip);
    return { MaLoi: '00', MoTaLoi: { accepted: 'Đã ghi nhận', duplicate: 'Đã ghi nhận trước đó', failed: 'Đã ghi nhận giao dịch không thành công' }[verdict] };
  });

  // ---- finance officer ----

  app.get('/payments', {
    schema: { tags, summary: 'Các khoản thu của cơ quan (kế toán, quản trị) trong một khoảng ngày', querystring: PaymentQuery, response: { 200: PaymentPage, ...errorResponses(400, 401, 403) } },
  }, async (request) => {
    const page = await listPayments(deps, requireUser(request), request.query);
    return { items: page.items.map((p) => ({ ...present(p), dossierCode: p.dossierCode })), total: page.total };
  });

  app.post('/payments/reconciliations', {
    schema: { tags, summary: 'Đối soát một ngày đã qua với bảng kê của nền tảng (GET_BILL); chạy lại được', body: ReconcileBody, response: { 200: Reconciliation, ...errorResponses(400, 401, 403, 409, 502) } },
  }, async (request) => (await reconcile(deps, requireUser(request), request.body.day))!);

  app.get('/payments/reconciliations/:day', {
    schema: { tags, summary: 'Kết quả đối soát một ngày: các chênh lệch thuộc cơ quan của người xem', params: DayParams, response: { 200: Reconciliation, ...errorResponses(400, 401, 403, 404) } },
  }, async (request) => reconciliationOf(deps, requireUser(request), request.params.day));

  app.post('/payments/differences/:id/resolve', {
    schema: { tags, summary: 'Kế toán ghi nhận đã xử lý một chênh lệch đối soát', params: IdParams, body: ResolveBody, response: { 200: Ok, ...errorResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    await resolveDifference(deps, requireUser(request), request.params.id, request.body.resolution);
    return { ok: true as const };
  });
};
