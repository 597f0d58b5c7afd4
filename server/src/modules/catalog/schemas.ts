import { Type, type Static } from 'typebox';
import { Nullable } from '../../platform/schemas.js';

export const ProcedureLevel = Type.Union([Type.Literal('province'), Type.Literal('district'), Type.Literal('commune')]);
// Decree 42/2022: 'full' = toàn trình, 'partial' = một phần.
export const OnlineLevel = Type.Union([Type.Literal('full'), Type.Literal('partial')]);

export const RequiredDocument = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 500 }),
    original: Type.Integer({ minimum: 0, maximum: 20, description: 'số bản chính' }),
    copies: Type.Integer({ minimum: 0, maximum: 20, description: 'số bản sao' }),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
    optional: Type.Optional(Type.Boolean({ description: 'không bắt buộc đính kèm khi nộp trực tuyến (ví dụ giấy tờ xuất trình)' })),
  },
  { additionalProperties: false },
);

const FieldName = Type.String({ pattern: '^[A-Za-z0-9_]{1,50}$' });
export const FormField = Type.Object(
  {
    name: FieldName,
    label: Type.String({ minLength: 2, maxLength: 200 }),
    type: Type.Enum(['text', 'textarea', 'number', 'money', 'date', 'select', 'multiselect', 'address', 'id_number', 'phone', 'email', 'checkbox', 'table', 'file'],
      { description: 'money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm' }),
    required: Type.Optional(Type.Boolean()),
    hint: Type.Optional(Type.String({ maxLength: 300 })),
    options: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50, description: 'các lựa chọn (select, multiselect)' })),
    columns: Type.Optional(Type.Array(Type.Object({
      name: FieldName, label: Type.String({ minLength: 1, maxLength: 100 }), type: Type.Union([Type.Literal('text'), Type.Literal('number'), Type.Literal('date')]),
    }, { additionalProperties: false }), { maxItems: 10, description: 'các cột (table)' })),
    showIf: Type.Optional(Type.Object({ field: FieldName, equals: Type.String({ maxLength: 200 }) }, { additionalProperties: false, description: 'chỉ hiện khi trường đứng trước có giá trị này' })),
    rules: Type.Optional(Type.Object({
      min: Type.Optional(Type.Number({ minimum: -1e15, maximum: 1e15 })), max: Type.Optional(Type.Number({ minimum: -1e15, maximum: 1e15 })),
      minLength: Type.Optional(Type.Integer({ minimum: 0, maximum: 2000 })), maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000 })),
      pattern: Type.Optional(Type.String({ maxLength: 200, description: 'biểu thức chính quy, khớp toàn bộ câu trả lời' })),
      message: Type.Optional(Type.String({ maxLength: 200, description: 'thông báo lỗi tiếng Việt khi quy tắc không đạt' })),
    }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export const FormFields = Type.Array(FormField, { maxItems: 60 });
export const FormDesign = Type.Object({
  procedureId: Type.Integer(), version: Type.Integer({ description: 'phiên bản đang áp dụng cho hồ sơ mới' }), fields: FormFields,
  draft: Nullable(Type.Object({ fields: FormFields, updatedAt: Type.Unsafe<Date>({ type: 'string', format: 'date-time' }) })),
  versions: Type.Array(Type.Object({ version: Type.Integer(), publishedAt: Type.Unsafe<Date>({ type: 'string', format: 'date-time' }), publishedByName: Nullable(Type.String()), fieldCount: Type.Integer() })),
});
export const FormDraftBody = Type.Object({ fields: FormFields }, { additionalProperties: false });
export const AdministrativeUnitQuery = Type.Object({ parent: Type.Optional(Type.String({ pattern: '^[0-9]{2}(/[0-9]{3}(/[0-9]{5})?)?$', description: 'mã tỉnh, hoặc tỉnh/huyện' })) }, { additionalProperties: false });
export const AdministrativeUnits = Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) });

const Amount = Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'đồng' });
const Bound = Nullable(Type.Number({ exclusiveMinimum: 0, maximum: 1e12, description: 'giới hạn trên của mức (null: không giới hạn)' }));
const QuantityField = { field: Type.String({ pattern: '^[A-Za-z0-9_]{1,50}$', description: 'trường số của tờ khai' }), unit: Type.String({ minLength: 1, maxLength: 20 }) };
export const FeeRule = Type.Union([
  Type.Object({ type: Type.Literal('fixed'), amount: Amount }, { additionalProperties: false }),
  Type.Object({
    type: Type.Literal('per_unit'), ...QuantityField,
    tiers: Type.Array(Type.Object({ upTo: Bound, unitAmount: Amount }, { additionalProperties: false }), { minItems: 1, maxItems: 10 }),
    maxAmount: Type.Optional(Amount),
  }, { additionalProperties: false }),
  Type.Object({
    type: Type.Literal('band'), ...QuantityField,
    bands: Type.Array(Type.Object({ upTo: Bound, amount: Amount }, { additionalProperties: false }), { minItems: 1, maxItems: 20 }),
  }, { additionalProperties: false }),
]);
export const FeeSchedule = Type.Object({
  lines: Type.Array(Type.Object({
    code: Type.String({ pattern: '^[A-Za-z0-9_.-]{1,30}$' }),
    name: Type.String({ minLength: 2, maxLength: 300 }),
    kind: Type.Union([Type.Literal('phi'), Type.Literal('le_phi')], { description: 'phí hoặc lệ phí' }),
    legalBasis: Type.String({ minLength: 2, maxLength: 1000, description: 'căn cứ pháp lý' }),
    rule: FeeRule,
  }, { additionalProperties: false }), { maxItems: 20 }),
  exemptions: Type.Array(Type.Object({
    category: Type.String({ pattern: '^[a-z0-9_]{1,50}$' }),
    label: Type.String({ minLength: 2, maxLength: 200 }),
    percent: Type.Integer({ minimum: 1, maximum: 100, description: 'phần trăm được giảm (100: miễn)' }),
  }, { additionalProperties: false }), { maxItems: 20 }),
  payWhen: Type.Union([Type.Literal('before_reception'), Type.Literal('before_result')], { description: 'nộp trực tuyến trước khi tiếp nhận hay trước khi nhận kết quả' }),
}, { additionalProperties: false, description: 'phí, lệ phí thu qua hồ sơ (trống: không thu trực tuyến)' });

export const ProcedureSummary = Type.Object({
  id: Type.Integer(),
  nationalCode: Type.String(),
  name: Type.String(),
  fieldCode: Type.String(),
  fieldName: Type.String(),
  level: ProcedureLevel,
  agencyId: Type.Integer(),
  agencyName: Type.String(),
  agencyCode: Type.String(),
  feeVnd: Type.Integer(),
  processingDays: Type.Number(),
  onlineLevel: OnlineLevel,
});
export type ProcedureSummary = Static<typeof ProcedureSummary>;

export const Procedure = Type.Object({
  ...ProcedureSummary.properties,
  documents: Type.Array(RequiredDocument),
  formFields: Type.Array(FormField, { description: 'tờ khai điện tử' }),
  feeNote: Nullable(Type.String()),
  feeSchedule: FeeSchedule,
  legalBasis: Type.String(),
  steps: Type.String(),
  result: Type.String(),
  applicants: Type.String({ description: 'đối tượng thực hiện' }),
  conditions: Type.String({ description: 'yêu cầu, điều kiện thực hiện (trống: không có)' }),
  published: Type.Boolean(),
});
export type Procedure = Static<typeof Procedure>;

export const ProcedureSearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  level: Type.Optional(ProcedureLevel),
  agencyId: Type.Optional(Type.Integer({ minimum: 1 })),
  fieldCode: Type.Optional(Type.String({ maxLength: 50 })),
  onlineLevel: Type.Optional(OnlineLevel),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
export type ProcedureSearchQuery = Static<typeof ProcedureSearchQuery>;

export const ProcedurePage = Type.Object({ items: Type.Array(ProcedureSummary), total: Type.Integer() });

export const ProcedureField = Type.Object({ code: Type.String(), name: Type.String() });
export const ProcedureFieldList = Type.Object({ items: Type.Array(ProcedureField) });

export const ProcedureInput = Type.Object(
  {
    nationalCode: Type.String({ pattern: '^[0-9]\\.[0-9]{6}(\\..+)?$', maxLength: 60, description: 'ví dụ 1.010708' }),
    name: Type.String({ minLength: 5, maxLength: 500 }),
    fieldCode: Type.String({ minLength: 1, maxLength: 50 }),
    level: ProcedureLevel,
    agencyId: Type.Integer({ minimum: 1 }),
    documents: Type.Array(RequiredDocument, { maxItems: 50 }),
    formFields: Type.Optional(FormFields),
    feeVnd: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }),
    feeNote: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    feeSchedule: Type.Optional(FeeSchedule),
    processingDays: Type.Number({ exclusiveMinimum: 0, maximum: 365, multipleOf: 0.5 }),
    onlineLevel: OnlineLevel,
    legalBasis: Type.String({ maxLength: 5000 }),
    steps: Type.Optional(Type.String({ maxLength: 10000 })),
    result: Type.Optional(Type.String({ maxLength: 1000 })),
    applicants: Type.Optional(Type.String({ maxLength: 2000 })),
    conditions: Type.Optional(Type.String({ maxLength: 5000 })),
    published: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ProcedureInput = Static<typeof ProcedureInput>;
export const ProcedurePatch = Type.Partial(ProcedureInput, { additionalProperties: false, minProperties: 1 });
export type ProcedurePatch = Static<typeof ProcedurePatch>;

export const WorkflowStepSchema = Type.Object({
  position: Type.Integer(), name: Type.String(), role: Type.Union([Type.Literal('specialist'), Type.Literal('leader')]),
  agencyId: Nullable(Type.Integer()), timeShare: Type.Number(),
});

export const WorkflowBody = Type.Object({
  steps: Type.Array(Type.Object({
    name: Type.String({ minLength: 2, maxLength: 200 }),
    role: Type.Union([Type.Literal('specialist'), Type.Literal('leader')]),
    agencyId: Nullable(Type.Integer({ minimum: 1 })),
    timeShare: Type.Number({ exclusiveMinimum: 0, maximum: 100 }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 20 }),
}, { additionalProperties: false });
export const Workflow = Type.Object({ steps: Type.Array(WorkflowStepSchema) });

