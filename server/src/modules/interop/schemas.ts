import { Type, type Static } from '@fastify/type-provider-typebox';
import { DateTime, Nullable } from '../../platform/schemas.js';

export const CitizenParams = Type.Object({ idNumber: Type.String({ minLength: 1, maxLength: 20, description: 'số định danh cá nhân (12 chữ số)' }) });
export const BusinessParams = Type.Object({ taxCode: Type.String({ minLength: 1, maxLength: 20, description: 'mã số thuế (10 chữ số, hoặc 13 ký tự với mã chi nhánh)' }) });
export const LookupQuery = Type.Object({
  dossierId: Type.Optional(Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991, description: 'hồ sơ đang tiếp nhận, xử lý (của cơ quan của cán bộ)' })),
}, { additionalProperties: false });

export const CitizenRecord = Type.Object({
  idNumber: Type.String(), fullName: Type.String(), dateOfBirth: Type.String({ description: 'yyyy-MM-dd' }),
  sex: Type.Union([Type.Literal('male'), Type.Literal('female')]), address: Type.String({ description: 'nơi ở hiện tại' }),
  permanentResidence: Type.String({ description: 'nơi thường trú' }),
});
export const BusinessRecord = Type.Object({
  taxCode: Type.String(), name: Type.String(), address: Type.String(), legalRepresentative: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('suspended'), Type.Literal('dissolved')]),
});

const ChangeItem = Type.Object({
  eventId: Type.Integer(), dossierId: Type.Integer(), dossierCode: Type.String(), statusCode: Type.Integer(), action: Type.String(),
  state: Type.Union([Type.Literal('queued'), Type.Literal('acknowledged')]), attempts: Type.Integer(), lastError: Nullable(Type.String()),
  lastAttemptAt: Nullable(DateTime), nextAttemptAt: DateTime, recordedAt: DateTime, acknowledgedAt: Nullable(DateTime),
});

export const SyncStatus = Type.Object({
  configured: Type.Boolean({ description: 'đã kết nối Cổng DVC quốc gia' }),
  queued: Type.Integer({ description: 'thay đổi đang chờ gửi' }),
  failing: Type.Integer({ description: 'thay đổi đang chờ gửi lại sau lỗi' }),
  acknowledged: Type.Integer(),
  oldestQueuedAt: Nullable(DateTime),
  perDay: Type.Array(Type.Object({ day: Type.String({ description: 'yyyy-MM-dd' }), count: Type.Integer() })),
  pending: Type.Array(ChangeItem, { description: 'thay đổi chưa được Cổng xác nhận, lỗi trước' }),
  lastPullAt: Nullable(DateTime),
});

export const PulledPage = Type.Object({
  items: Type.Array(Type.Object({
    nationalCode: Type.String(), procedureCode: Type.String(), outcome: Type.Union([Type.Literal('created'), Type.Literal('unplaced')]), reason: Nullable(Type.String()),
    pulledAt: DateTime, dossierId: Nullable(Type.Integer()), trackingCode: Nullable(Type.String()), dossierCode: Nullable(Type.String()),
    applicantName: Nullable(Type.String()), agencyName: Nullable(Type.String()),
  })),
  total: Type.Integer(),
});
export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
}, { additionalProperties: false });

export const CatalogRun = Type.Object({
  id: Type.Integer(), trigger: Type.Union([Type.Literal('admin'), Type.Literal('schedule'), Type.Literal('command')]), startedBy: Nullable(Type.String()),
  startedAt: DateTime, finishedAt: Nullable(DateTime), status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  added: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer(),
  details: Type.Array(Type.Object({ code: Type.String(), change: Type.String(), fields: Type.Optional(Type.Array(Type.String())), reason: Type.Optional(Type.String()) })),
  error: Nullable(Type.String()),
});
export const CatalogRuns = Type.Object({ items: Type.Array(CatalogRun) });

export const PullResult = Type.Object({ created: Type.Integer(), unplaced: Type.Integer(), skipped: Type.Integer() });

export const LookupPage = Type.Object({
  items: Type.Array(Type.Object({
    id: Type.Integer(), at: DateTime, officerName: Nullable(Type.String()), agencyName: Nullable(Type.String()), dossierId: Nullable(Type.Integer()),
    dossierCode: Nullable(Type.String()), registry: Type.Union([Type.Literal('population'), Type.Literal('business')]), subject: Type.String({ description: 'số đã che, chỉ còn 4 ký tự cuối' }),
    outcome: Type.Union([Type.Literal('found'), Type.Literal('not_found'), Type.Literal('error')]), messageId: Nullable(Type.String()),
  })),
  total: Type.Integer(),
});

export type LookupQuery = Static<typeof LookupQuery>;
