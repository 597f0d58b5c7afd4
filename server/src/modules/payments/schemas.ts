import { Type } from 'typebox';
import { DateString, DateTime, Nullable } from '../../platform/schemas.js';

const NullableDateTime = Nullable(DateTime);
export const PaymentReference = Type.String({ pattern: '^TT[0-9]{16}$', description: 'mã tham chiếu thanh toán (MaThamChieu)' });
export const ReferenceParams = Type.Object({ reference: PaymentReference });
export const DayParams = Type.Object({ day: DateString });
const PaymentState = Type.Union([Type.Literal('pending'), Type.Literal('paid'), Type.Literal('failed'), Type.Literal('expired')],
  { description: 'pending: đang chờ nền tảng xác nhận; paid: đã nộp; failed: không thành công; expired: quá hạn' });

export const Payment = Type.Object({
  id: Type.Integer(),
  reference: PaymentReference,
  dossierId: Type.Integer(),
  amount: Type.Integer({ description: 'đồng' }),
  lines: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), basis: Type.String(), amount: Type.Integer() })),
  channel: Type.Union([Type.Literal('online'), Type.Literal('counter')]),
  status: PaymentState,
  paymentUrl: Nullable(Type.String({ description: 'trang thanh toán của nền tảng (khi đang chờ)' })),
  transactionId: Nullable(Type.String({ description: 'mã giao dịch của nền tảng (MaGiaoDich)' })),
  bankCode: Nullable(Type.String()),
  confirmedBy: Nullable(Type.Union([Type.Literal('callback'), Type.Literal('query'), Type.Literal('counter')])),
  paidAt: NullableDateTime,
  failure: Nullable(Type.String()),
  receiptNumber: Nullable(Type.String()),
  receiptReady: Type.Boolean({ description: 'biên lai điện tử đã ký số, tải được' }),
  createdAt: DateTime,
});
export const PaymentList = Type.Object({ items: Type.Array(Payment) });
export const PaymentPage = Type.Object({ items: Type.Array(Type.Object({ ...Payment.properties, dossierCode: Nullable(Type.String()) })), total: Type.Integer() });
export const PaymentQuery = Type.Object({
  from: Type.Optional(DateString), to: Type.Optional(DateString), status: Type.Optional(PaymentState),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })), pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});

/** The platform's confirmation message (CONFIRM): its fields are checked against the checksum, not the schema. */
export const CallbackBody = Type.Record(Type.String({ maxLength: 50 }), Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Null()]), { maxProperties: 40 });
export const CallbackAnswer = Type.Object({ MaLoi: Type.String(), MoTaLoi: Type.String() });

export const ReconcileBody = Type.Object({ day: DateString }, { additionalProperties: false });
export const Difference = Type.Object({
  id: Type.Integer(), reference: Type.String(),
  kind: Type.Union([Type.Literal('missing_here'), Type.Literal('missing_there'), Type.Literal('amount')],
    { description: 'missing_here: nền tảng đã thu, hệ thống chưa ghi nhận; missing_there: hệ thống ghi nhận, nền tảng không có; amount: lệch số tiền' }),
  agencyId: Nullable(Type.Integer()), agencyName: Nullable(Type.String()),
  ourAmount: Nullable(Type.Integer()), platformAmount: Nullable(Type.Integer()), transactionId: Nullable(Type.String()),
  resolvedAt: NullableDateTime, resolvedByName: Nullable(Type.String()), resolution: Nullable(Type.String()),
});
export const Reconciliation = Type.Object({
  day: DateString, ranAt: DateTime, platformCount: Type.Integer(), platformTotal: Type.Integer(), ourCount: Type.Integer(), ourTotal: Type.Integer(),
  differences: Type.Array(Difference),
});
export const ResolveBody = Type.Object({ resolution: Type.String({ minLength: 2, maxLength: 1000, description: 'cách đã xử lý (hoàn trả, ghi nhận bổ sung...)' }) }, { additionalProperties: false });
