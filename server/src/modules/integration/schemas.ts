import { Type } from 'typebox';
import { DateTime, Nullable } from '../../platform/schemas.js';

const Id = Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 });
export const IdParams = Type.Object({ id: Id });

export const Member = Type.Object({
  id: Type.Integer(), identifier: Type.String(), name: Type.String(), agencyId: Type.Integer(), agencyName: Type.String(),
  state: Type.Union([Type.Literal('active'), Type.Literal('suspended')]), clientId: Type.String(), secretRotatedAt: DateTime,
  certificateFingerprint: Nullable(Type.String()), createdAt: DateTime, version: Type.Integer(),
});
export const Members = Type.Object({ items: Type.Array(Member) });
export const MemberBody = Type.Object({
  identifier: Type.String({ minLength: 7, maxLength: 200, description: 'QUỐC_GIA/LOẠI/MÃ_THÀNH_VIÊN/PHÂN_HỆ, ví dụ VN/GOV/000.00.00.H37/MOTCUA' }),
  name: Type.String({ minLength: 1, maxLength: 300 }),
  agencyId: Id,
  certificate: Type.Optional(Type.String({ maxLength: 20_000, description: 'Chứng thư số PEM của hệ thống (TLS hai chiều), tùy chọn' })),
}, { additionalProperties: false });
export const Credentials = Type.Object({
  id: Type.Integer(), clientId: Type.String(), clientSecret: Type.String({ description: 'Chỉ hiển thị một lần' }), tokenUrl: Type.String(),
});
export const StateBody = Type.Object({ state: Type.Union([Type.Literal('active'), Type.Literal('suspended')]), version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const CertificateBody = Type.Object({ certificate: Nullable(Type.String({ minLength: 1, maxLength: 20_000 })) }, { additionalProperties: false });

const Operation = Type.Object({ id: Type.String(), method: Type.String(), path: Type.String() });
const Retention = Type.Union([Type.Literal('full'), Type.Literal('metadata')]);
export const Service = Type.Object({
  id: Type.Integer(), code: Type.String(), name: Type.String(), agencyId: Type.Integer(), agencyName: Type.String(), providerMemberId: Nullable(Type.Integer()),
  upstreamUrl: Type.String(), operations: Type.Array(Operation), hasOpenApi: Type.Boolean(), retention: Retention, timeoutMs: Type.Integer(),
  state: Type.Union([Type.Literal('active'), Type.Literal('disabled')]), gatewayUrl: Type.String(), createdAt: DateTime, version: Type.Integer(),
});
export const Services = Type.Object({ items: Type.Array(Service) });
export const ServiceBody = Type.Object({
  code: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$', description: 'Mã dịch vụ trong địa chỉ /lgsp/{mã}/…' }),
  name: Type.String({ minLength: 1, maxLength: 300 }),
  agencyId: Id,
  providerMemberId: Type.Optional(Nullable(Id)),
  upstreamUrl: Type.String({ minLength: 8, maxLength: 2000 }),
  openapi: Type.Optional(Nullable(Type.String({ maxLength: 900_000, description: 'Nội dung tệp mô tả OpenAPI (JSON)' }))),
  retention: Type.Optional(Retention),
  timeoutMs: Type.Optional(Type.Integer({ minimum: 100, maximum: 120_000 })),
}, { additionalProperties: false });
export const ServiceUpdateBody = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  upstreamUrl: Type.Optional(Type.String({ minLength: 8, maxLength: 2000 })),
  openapi: Type.Optional(Nullable(Type.String({ maxLength: 900_000 }))),
  retention: Type.Optional(Retention),
  timeoutMs: Type.Optional(Type.Integer({ minimum: 100, maximum: 120_000 })),
  state: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
}, { additionalProperties: false });

export const Grant = Type.Object({
  id: Type.Integer(), memberId: Type.Integer(), memberIdentifier: Type.String(), memberName: Type.String(), serviceId: Type.Integer(), serviceCode: Type.String(),
  operation: Nullable(Type.String({ description: 'null: cả dịch vụ' })), grantedAt: DateTime,
});
export const Grants = Type.Object({ items: Type.Array(Grant) });
export const GrantQuery = Type.Object({ serviceId: Type.Optional(Id), memberId: Type.Optional(Id) }, { additionalProperties: false });
export const GrantBody = Type.Object({
  memberId: Id, serviceId: Id,
  operations: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 200, description: 'Bỏ trống: cấp cả dịch vụ' })),
}, { additionalProperties: false });
export const GrantCreated = Type.Object({ ids: Type.Array(Type.Integer()) });

export const TrafficQuery = Type.Object({ hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 720 })) }, { additionalProperties: false });
const Bucket = Type.Object({ at: DateTime, calls: Type.Integer(), errors: Type.Integer(), p50: Nullable(Type.Number()), p99: Nullable(Type.Number()) });
export const Traffic = Type.Object({
  bucket: Type.Union([Type.Literal('minute'), Type.Literal('hour'), Type.Literal('day')]),
  services: Type.Array(Type.Object({
    service: Type.String(), calls: Type.Integer(), errors: Type.Integer(), p50: Nullable(Type.Number()), p99: Nullable(Type.Number()), series: Type.Array(Bucket),
  })),
});
export const MessageQuery = Type.Object({
  service: Type.Optional(Type.String({ maxLength: 63 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
}, { additionalProperties: false });
export const Messages = Type.Object({
  items: Type.Array(Type.Object({
    messageId: Type.String(), consumer: Type.String(), service: Type.String(), operation: Nullable(Type.String()), method: Type.String(), path: Type.String(),
    status: Type.Integer(), errorCode: Nullable(Type.String()), startedAt: DateTime, latencyMs: Type.Number(), requestHash: Type.String(), responseHash: Type.String(),
    requestSize: Type.Integer(), responseSize: Type.Integer(), seq: Nullable(Type.Integer()), archived: Type.Boolean(),
  })),
});
const CheckpointSummary = Type.Object({ seq: Type.Integer(), at: Type.String(), timestampNote: Type.String() });
export const ChainStatus = Type.Object({
  seq: Type.Integer(), head: Type.String(), sealedAt: Nullable(DateTime), unsealed: Type.Integer(), entries: Type.Integer(), lastCheckpoint: Nullable(CheckpointSummary),
});
export const Verification = Type.Object({
  ok: Type.Boolean(), entries: Type.Integer(), seq: Type.Integer(), head: Type.String(), checkpoints: Type.Integer(), unsealed: Type.Integer(),
  broken: Nullable(Type.Object({ messageId: Nullable(Type.String()), seq: Nullable(Type.Integer()), reason: Type.String() })),
  lastCheckpoint: Nullable(CheckpointSummary),
});
export const Created = Type.Object({ id: Type.Integer() });
export const IssuedCertificate = Type.Object({
  certificate: Type.String({ description: 'Chứng thư PEM, đã được ghim cho hệ thống' }),
  privateKey: Type.String({ description: 'Khóa bí mật PEM: chỉ hiển thị một lần, không được lưu' }),
  fingerprint: Type.String(),
});
