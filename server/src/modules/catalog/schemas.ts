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

export const FormField = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z0-9_]{1,50}$' }),
    label: Type.String({ minLength: 2, maxLength: 200 }),
    type: Type.Enum(['text', 'textarea', 'date', 'number']),
    required: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

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
    formFields: Type.Optional(Type.Array(FormField, { maxItems: 50 })),
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

