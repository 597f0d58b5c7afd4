import { Type, type Static } from 'typebox';
import { DateString, DateTime, Nullable } from '../../platform/schemas.js';
import { FormFieldSchema, WorkflowStepSchema as Step } from '../catalog/index.js';

const NullableDateTime = Nullable(DateTime);

export const DossierStatus = Type.Enum(['draft', 'submitted', 'received', 'rejected', 'processing', 'awaiting_supplement', 'awaiting_payment', 'withdrawn', 'stopped', 'result_ready', 'returned']);
export const DossierActionName = Type.Enum(['submit', 'receive', 'reject', 'start_processing', 'forward', 'send_back', 'request_supplement', 'resubmit', 'approve', 'refuse', 'return', 'withdraw', 'stop', 'extend']);
const Rating = Type.Union([Type.Literal('very_satisfied'), Type.Literal('satisfied'), Type.Literal('unsatisfied')]);
const FileKind = Type.Union([Type.Literal('submission'), Type.Literal('supplement'), Type.Literal('result'), Type.Literal('slip')]);

export const ApplicantInfo = Type.Object({
  fullName: Type.String(),
  identityNumber: Type.Optional(Type.String()),
  address: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
  kind: Type.Optional(Type.Union([Type.Literal('citizen'), Type.Literal('business')])),
});

const Phone = Type.String({ pattern: '^[0-9+ ]{9,15}$' });
const FeeCategory = Nullable(Type.String({ pattern: '^[a-z0-9_]{1,50}$', description: 'đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không' }));
const FeeLine = Type.Object({ code: Type.String(), name: Type.String(), kind: Type.Union([Type.Literal('phi'), Type.Literal('le_phi'), Type.Literal('buu_chinh')]), legalBasis: Type.String(), basis: Type.String({ description: 'cách tính' }), amount: Type.Integer() });
const Exemption = Type.Object({ category: Type.String(), label: Type.String(), percent: Type.Integer() });
export const ComputedFee = Type.Object({
  lines: Type.Array(FeeLine), exemption: Nullable(Exemption), subtotal: Type.Integer(), discount: Type.Integer(), total: Type.Integer({ description: 'đồng' }),
  payWhen: Type.Union([Type.Literal('before_reception'), Type.Literal('before_result')]),
});
export const PaymentStatus = Type.Union([Type.Literal('none'), Type.Literal('unpaid'), Type.Literal('paid'), Type.Literal('exempt')], { description: 'none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn' });

const ResultDelivery = Type.Object({
  method: Type.Union([Type.Literal('counter'), Type.Literal('post')], { description: 'nhận kết quả tại bộ phận một cửa hoặc qua bưu chính công ích' }),
  address: Type.Optional(Type.String({ minLength: 10, maxLength: 300, description: 'địa chỉ nhận kết quả (bắt buộc khi qua bưu chính)' })),
}, { additionalProperties: false });

const FormData = Type.Record(Type.String({ pattern: '^[A-Za-z0-9_]{1,50}$' }), Type.String({ maxLength: 2000 }), { maxProperties: 50 });

export const DraftBody = Type.Object({
  procedureId: Type.Integer({ minimum: 1 }),
  applicant: Type.Optional(Type.Object({
    address: Type.Optional(Type.String({ maxLength: 300 })), phone: Type.Optional(Phone), email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
  }, { additionalProperties: false })),
  formData: Type.Optional(FormData),
  feeCategory: Type.Optional(FeeCategory),
}, { additionalProperties: false });
export const DraftPatch = Type.Object({
  applicant: Type.Optional(DraftBody.properties.applicant),
  formData: Type.Optional(FormData),
  feeCategory: Type.Optional(FeeCategory),
  resultDelivery: Type.Optional(ResultDelivery),
}, { additionalProperties: false, minProperties: 1 });

export const CounterBody = Type.Object({
  procedureId: Type.Integer({ minimum: 1 }),
  applicant: Type.Object({
    fullName: Type.String({ minLength: 2, maxLength: 200 }),
    identityNumber: Type.Optional(Type.String({ pattern: '^[0-9]{9,13}$' })),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    phone: Type.Optional(Phone),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    kind: Type.Optional(Type.Union([Type.Literal('citizen'), Type.Literal('business')])),
  }, { additionalProperties: false }),
  formData: Type.Optional(FormData),
  documents: Type.Optional(Type.Array(Type.String({ minLength: 2, maxLength: 500 }), { maxItems: 50, description: 'giấy tờ đã kiểm tra và nhận tại quầy; in trên giấy tiếp nhận' })),
  feeCategory: Type.Optional(FeeCategory),
}, { additionalProperties: false });

export const DossierFile = Type.Object({
  id: Type.Integer(), kind: FileKind, label: Type.String(), fileName: Type.String(), contentType: Type.String(), size: Type.Integer(), createdAt: DateTime,
  ready: Type.Boolean({ description: 'false khi phiếu đang được tạo và ký số' }),
  reusedFrom: Type.Optional(Nullable(Type.Object({ dossierId: Type.Integer(), reference: Type.String() }, { description: 'giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó' }))),
});

export const DossierEvent = Type.Object({
  id: Type.Integer(), at: DateTime, actorName: Nullable(Type.String()), agencyName: Nullable(Type.String()), action: Type.String(),
  fromStatus: Nullable(Type.String()), toStatus: Type.String(), step: Nullable(Type.Integer()), note: Nullable(Type.String()),
  stepName: Nullable(Type.String({ description: 'bước xử lý mà hồ sơ được chuyển đến' })),
  items: Type.Array(Type.String(), { description: 'giấy tờ được yêu cầu bổ sung' }),
});

export const TrackingCode = Type.String({ description: 'mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ' });

export const DossierDetail = Type.Object({
  id: Type.Integer(),
  code: Nullable(Type.String()),
  trackingCode: TrackingCode,
  procedureId: Type.Integer(),
  procedureName: Type.String(),
  procedureDocuments: Type.Array(Type.Object({ name: Type.String(), original: Type.Integer(), copies: Type.Integer(), optional: Type.Optional(Type.Boolean()) })),
  formFields: Type.Array(FormFieldSchema, { description: 'tờ khai điện tử theo phiên bản hồ sơ đã điền' }),
  formVersion: Type.Integer({ description: 'phiên bản tờ khai của hồ sơ' }),
  formDisplay: Type.Record(Type.String(), Type.String(), { description: 'câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy' }),
  receivingAgencyId: Type.Integer(),
  receivingAgencyName: Type.String(),
  currentAgencyId: Type.Integer(),
  currentAgencyName: Type.String(),
  applicant: ApplicantInfo,
  formData: Type.Record(Type.String(), Type.String()),
  channel: Type.Union([Type.Literal('online'), Type.Literal('counter'), Type.Literal('post')]),
  status: DossierStatus,
  outcome: Nullable(Type.Union([Type.Literal('approved'), Type.Literal('refused')])),
  currentStep: Nullable(Type.Integer()),
  stepName: Nullable(Type.String()),
  steps: Type.Array(Step),
  stepDueAt: NullableDateTime,
  submittedAt: NullableDateTime,
  receivedAt: NullableDateTime,
  dueAt: NullableDateTime,
  extendedDueAt: NullableDateTime,
  pausedAt: NullableDateTime,
  supplementCount: Type.Integer(),
  resolvedAt: NullableDateTime,
  returnedAt: NullableDateTime,
  closedReason: Nullable(Type.String()),
  rating: Nullable(Rating),
  fee: Nullable(ComputedFee, { description: 'phí, lệ phí phải nộp (tính khi nộp hồ sơ)' }),
  feePreview: Nullable(ComputedFee, { description: 'với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin)' }),
  feeCategory: FeeCategory,
  feeExemptions: Type.Array(Exemption, { description: 'các đối tượng được miễn, giảm theo biểu phí của thủ tục' }),
  paymentStatus: PaymentStatus,
  paidAt: NullableDateTime,
  payable: Type.Boolean({ description: 'còn phải nộp phí và hồ sơ đang ở trạng thái nộp được' }),
  resultDelivery: Type.Union([Type.Literal('counter'), Type.Literal('post')]),
  deliveryAddress: Nullable(Type.String()),
  consignmentNumber: Nullable(Type.String({ description: 'số hiệu bưu gửi' })),
  deliveryStatus: Nullable(Type.Union([Type.Literal('sent'), Type.Literal('delivered'), Type.Literal('failed')], { description: 'sent: đã giao bưu điện; delivered: đã phát; failed: phát không thành công' })),
  deliveryUpdatedAt: NullableDateTime,
  postageVnd: Type.Integer({ description: 'cước trả kết quả qua bưu chính' }),
  workingDaysLeft: Nullable(Type.Number({ description: 'ngày làm việc còn lại; âm khi đã quá hạn' })),
  version: Type.Integer(),
  files: Type.Array(DossierFile),
  events: Type.Array(DossierEvent),
  actions: Type.Array(DossierActionName, { description: 'các thao tác người dùng hiện tại được phép làm' }),
  viewerRoles: Type.Array(Type.Enum(['applicant', 'reception', 'specialist', 'leader']), { description: 'vai trò của người xem đối với hồ sơ' }),
});

export const QueueItem = Type.Object({
  id: Type.Integer(), code: Nullable(Type.String()), trackingCode: TrackingCode, status: DossierStatus, procedureName: Type.String(), applicantName: Type.String(),
  channel: Type.String(), currentStep: Nullable(Type.Integer()), stepName: Nullable(Type.String()),
  submittedAt: NullableDateTime, receivedAt: NullableDateTime, dueAt: NullableDateTime, stepDueAt: NullableDateTime, extendedDueAt: NullableDateTime,
  workingDaysLeft: Nullable(Type.Number()), overdue: Type.Boolean(), paymentStatus: PaymentStatus, version: Type.Integer(),
  deadline: Type.Optional(NullableDateTime), deadlineOfStep: Type.Optional(Type.Boolean({ description: 'hạn của bước xử lý hiện tại (không phải hạn trả kết quả)' })),
});
export const QueuePage = Type.Object({ items: Type.Array(QueueItem), total: Type.Integer() });
export const QueueSummary = Type.Object({
  submitted: Type.Integer({ description: 'mới nộp, chờ tiếp nhận' }), dueToday: Type.Integer(), dueTomorrow: Type.Integer(),
  overdue: Type.Integer(), awaitingSupplement: Type.Integer(), total: Type.Integer(),
});
export const QueueQuery = Type.Object({
  scope: Type.Optional(Type.Union([Type.Literal('work'), Type.Literal('all')], { description: 'work: việc của tôi; all: mọi hồ sơ cơ quan đã giải quyết' })),
  status: Type.Optional(DossierStatus),
  due: Type.Optional(Type.Union([Type.Literal('today'), Type.Literal('tomorrow'), Type.Literal('overdue')])),
  sort: Type.Optional(Type.Union([Type.Literal('deadline'), Type.Literal('submitted'), Type.Literal('received'), Type.Literal('code')])),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
export const PageQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});

const Version = Type.Optional(Type.Integer({ minimum: 1, description: 'phiên bản hồ sơ đang xem; khác thì trả 409' }));
const Note = Type.Optional(Type.String({ maxLength: 2000 }));
const Reason = Type.String({ minLength: 3, maxLength: 2000 });

/** The body each action takes. */
export const ActionBodies = {
  submit: Type.Object({ version: Version }, { additionalProperties: false }),
  receive: Type.Object({ version: Version }, { additionalProperties: false }),
  reject: Type.Object({ version: Version, reason: Reason }, { additionalProperties: false }),
  start_processing: Type.Object({ version: Version, note: Note }, { additionalProperties: false }),
  forward: Type.Object({ version: Version, note: Note }, { additionalProperties: false }),
  send_back: Type.Object({ version: Version, reason: Reason }, { additionalProperties: false }),
  request_supplement: Type.Object({ version: Version, reason: Reason, items: Type.Array(Type.String({ minLength: 2, maxLength: 500 }), { minItems: 1, maxItems: 20 }) }, { additionalProperties: false }),
  resubmit: Type.Object({ version: Version, note: Note }, { additionalProperties: false }),
  approve: Type.Object({ version: Version, note: Note }, { additionalProperties: false }),
  refuse: Type.Object({ version: Version, reason: Reason }, { additionalProperties: false }),
  return: Type.Object({
    version: Version, note: Note,
    consignmentNumber: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9-]{6,30}$', description: 'số hiệu bưu gửi, khi trả kết quả qua bưu chính' })),
  }, { additionalProperties: false }),
  withdraw: Type.Object({ version: Version, reason: Reason }, { additionalProperties: false }),
  stop: Type.Object({ version: Version, reason: Reason }, { additionalProperties: false }),
  extend: Type.Object({ version: Version, reason: Reason, extraWorkingDays: Type.Integer({ minimum: 1, maximum: 60 }) }, { additionalProperties: false }),
};
export type ActionBody = Static<(typeof ActionBodies)[keyof typeof ActionBodies]>;

export const RatingBody = Type.Object({ rating: Rating, comment: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });

export const FileParams = Type.Object({ id: Type.Integer({ minimum: 1 }), fileId: Type.Integer({ minimum: 1 }) });

export const PublicLookup = Type.Object({
  code: Nullable(Type.String({ description: 'null: nộp trực tuyến, chờ tiếp nhận' })),
  trackingCode: TrackingCode,
  procedureName: Type.String(),
  agencyName: Type.String({ description: 'cơ quan tiếp nhận' }),
  currentAgencyName: Type.String({ description: 'cơ quan đang giải quyết' }),
  status: DossierStatus,
  statusLabel: Type.String(),
  submittedAt: NullableDateTime,
  nationalStatusCode: Type.Integer({ description: 'TrangThaiHoSo của Cổng dịch vụ công quốc gia' }),
  receivedAt: NullableDateTime,
  dueAt: NullableDateTime,
  extendedDueAt: NullableDateTime,
  resolvedAt: NullableDateTime,
  returnedAt: NullableDateTime,
  onTime: Nullable(Type.Boolean({ description: 'đúng hạn: đã giải quyết trước hạn, hoặc chưa đến hạn' })),
});
export const CodeParams = Type.Object({ code: Type.String({ minLength: 5, maxLength: 60 }) });
export const ApplicantLookupQuery = Type.Object({
  identityNumber: Type.String({ pattern: '^\\s*[0-9]{9,13}\\s*$', description: 'số CCCD hoặc mã số thuế' }),
  phone: Type.String({ pattern: '^[0-9 +().-]{8,20}$', description: 'số điện thoại khai trong hồ sơ' }),
});
export const PublicLookupList = Type.Object({ items: Type.Array(PublicLookup) });

export const ReportQuery = Type.Object({ agencyId: Type.Integer({ minimum: 1 }), from: DateString, to: DateString });
export const Counters = Type.Object({
  received: Type.Integer(), processing: Type.Integer(), awaitingSupplement: Type.Integer(), resolvedEarly: Type.Integer(),
  resolvedOnTime: Type.Integer(), resolvedLate: Type.Integer(), overdue: Type.Integer(), refused: Type.Integer(), stopped: Type.Integer(),
  withdrawn: Type.Integer(), returned: Type.Integer(), rejected: Type.Integer(),
});

export const DeliveryStatusBody = Type.Object({
  status: Type.Union([Type.Literal('delivered'), Type.Literal('failed')]),
  note: Type.Optional(Type.String({ maxLength: 500 })),
}, { additionalProperties: false });

export const StoredDocuments = Type.Object({
  items: Type.Array(Type.Object({
    fileId: Type.Integer(), dossierId: Type.Integer(), reference: Type.String({ description: 'mã hồ sơ (hoặc mã tra cứu) đã nộp giấy tờ' }), procedureName: Type.String(),
    kind: Type.Union([Type.Literal('submission'), Type.Literal('supplement'), Type.Literal('result')]), label: Type.String(), fileName: Type.String(),
    contentType: Type.String(), size: Type.Integer(), createdAt: DateTime,
  })),
});
export const ReuseBody = Type.Object({
  fileId: Type.Integer({ minimum: 1, description: 'tệp trong kho dữ liệu' }),
  label: Type.String({ minLength: 2, maxLength: 500, description: 'thành phần hồ sơ của thủ tục mà tệp được dùng làm' }),
}, { additionalProperties: false });
