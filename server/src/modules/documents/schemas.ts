import { Type } from 'typebox';
import { DateString, DateTime, Nullable } from '../../platform/schemas.js';
import { DOCUMENT_TYPE_CODES } from './rules.js';

const Id = Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 });
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
const Version = Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'phiên bản văn bản đã đọc (chống ghi đè)' });
const Direction = Type.Union([Type.Literal('incoming'), Type.Literal('outgoing')], { description: 'incoming: văn bản đến; outgoing: văn bản đi' });
const Status = Type.Enum(['arrived', 'registered', 'in_progress', 'done', 'returned', 'draft', 'in_review', 'approved', 'signed', 'issued'], {
  description: 'đến: arrived (chờ vào sổ), registered, in_progress, done, returned; đi: draft, in_review, approved (chờ ký), signed, issued',
});
const DocType = Type.Enum(DOCUMENT_TYPE_CODES, { description: 'mã loại văn bản (GET /documents/types)' });
const Urgency = Type.Integer({ minimum: 0, maximum: 4, description: '0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ' });
const Confidentiality = Type.Integer({ minimum: 0, maximum: 3, description: '0 thường, 1 mật, 2 tối mật, 3 tuyệt mật (chỉ đăng ký thông tin)' });
const Symbol = Type.String({ pattern: '^[A-ZĐ][A-ZĐa-z0-9]{0,9}$', description: 'ký hiệu đơn vị soạn thảo (công văn), ví dụ VP' });

export const DocumentParams = Type.Object({ id: Id });
export const AssignmentParams = Type.Object({ id: Id, assignmentId: Id });
export const AttachmentParams = Type.Object({ id: Id, attachmentId: Id });

export const DocumentTypes = Type.Object({
  types: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), abbreviation: Nullable(Type.String()) })),
  urgency: Type.Array(Type.String()),
  confidentiality: Type.Array(Type.String()),
});

export const Document = Type.Object({
  id: Type.Integer(), agencyId: Type.Integer(), agencyName: Type.String(), direction: Direction, status: Status, docType: Type.String(),
  summary: Type.String(), body: Nullable(Type.String()), urgency: Type.Integer(), confidentiality: Type.Integer(),
  number: Nullable(Type.Integer({ description: 'số đi (văn bản đi) hoặc số đến (văn bản đến)' })),
  numberSymbol: Nullable(Type.String({ description: 'số và ký hiệu của văn bản, ví dụ 15/QĐ-UBND' })),
  unitSymbol: Nullable(Type.String()), issuerName: Nullable(Type.String()), issuerCode: Nullable(Type.String()), issuedOn: Nullable(DateString),
  receivedAt: Nullable(DateTime), channel: Nullable(Type.String({ description: 'paper, platform (liên thông trên hệ thống), axis (trục quốc gia)' })),
  dueOn: Nullable(DateString), leaderId: Nullable(Type.Integer()), leaderName: Nullable(Type.String()), signerId: Nullable(Type.Integer()),
  signerName: Nullable(Type.String()), signerPosition: Nullable(Type.String()), signerCompetence: Nullable(Type.String()),
  signedAt: Nullable(DateTime), issuedAt: Nullable(DateTime), hasFile: Type.Boolean(), sourceId: Nullable(Type.Integer()), exchangeId: Nullable(Type.String()),
  respondsTo: Nullable(Type.Integer({ description: 'văn bản đến mà văn bản này trả lời' })), dossierId: Nullable(Type.Integer({ description: 'hồ sơ một cửa có kết quả là văn bản này' })),
  createdBy: Nullable(Type.Integer()), createdByName: Nullable(Type.String()),
  createdAt: DateTime, updatedAt: DateTime, version: Type.Integer(),
});
export const DocumentListItem = Type.Object({ ...Document.properties, overdue: Type.Boolean({ description: 'có việc được giao đã quá hạn' }) });
export const DocumentPage = Type.Object({ items: Type.Array(DocumentListItem), total: Type.Integer() });
export const DocumentQuery = Type.Object({
  direction: Type.Optional(Direction), status: Type.Optional(Status),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'tìm theo số, ký hiệu, trích yếu, cơ quan ban hành (không cần dấu)' })),
  mine: Type.Optional(Type.Boolean({ description: 'chỉ văn bản có việc đang giao cho tôi hoặc đơn vị tôi' })),
  dossierId: Type.Optional(Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991, description: 'văn bản kết quả của một hồ sơ một cửa' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })), pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
}, { additionalProperties: false });

const Attachment = Type.Object({ id: Type.Integer(), name: Type.String(), sha256: Type.String(), size: Type.Integer(), contentType: Type.String(), createdAt: DateTime });
export { Attachment as DocumentAttachment };
export const DocumentDetail = Type.Object({
  document: Document,
  attachments: Type.Array(Attachment),
  recipients: Type.Array(Type.Object({
    id: Type.Integer(), agencyId: Nullable(Type.Integer()), organId: Type.String(), organName: Type.String(), channel: Type.String(),
    status: Type.String({ description: 'pending, delivered, sent, arrived, rejected, registered, assigned, in_progress, done, failed' }),
    statusNote: Nullable(Type.String()), deliveredId: Nullable(Type.Integer()), updatedAt: DateTime,
  })),
  reviews: Type.Array(Type.Object({
    id: Type.Integer(), reviewerId: Type.Integer(), reviewerName: Type.String(), round: Type.Integer(), verdict: Nullable(Type.String()),
    comment: Nullable(Type.String()), requestedAt: DateTime, decidedAt: Nullable(DateTime),
  })),
  assignments: Type.Array(Type.Object({
    id: Type.Integer(), agencyId: Type.Integer(), agencyName: Type.String(), userId: Nullable(Type.Integer()), userName: Nullable(Type.String()),
    role: Type.String(), deadline: Nullable(DateString), note: Nullable(Type.String()), status: Type.String(), report: Nullable(Type.String()),
    assignedByName: Type.String(), assignedAt: DateTime, doneAt: Nullable(DateTime), late: Type.Boolean(),
  })),
  history: Type.Array(Type.Object({ at: DateTime, actorName: Type.String(), action: Type.String(), note: Nullable(Type.String()) })),
});

export const IncomingBody = Type.Object({
  agencyId: Id, docType: DocType, numberSymbol: Text(60), issuedOn: DateString, issuerName: Text(300), issuerCode: Type.Optional(Nullable(Text(35, 3))),
  summary: Text(1000), urgency: Urgency, confidentiality: Confidentiality, dueOn: Type.Optional(Nullable(DateString)), leaderId: Id,
}, { additionalProperties: false });
export const RegisterBody = Type.Object({ leaderId: Id, version: Version }, { additionalProperties: false });
export const ReturnBody = Type.Object({ reason: Text(2000, 5), version: Version }, { additionalProperties: false });

const AssignmentInput = Type.Object({
  agencyId: Id, userId: Type.Optional(Nullable(Id)), role: Type.Union([Type.Literal('lead'), Type.Literal('support')], { description: 'lead: chủ trì; support: phối hợp' }),
  deadline: Type.Optional(Nullable(DateString)), note: Type.Optional(Nullable(Text(4000))),
}, { additionalProperties: false });
export const DirectBody = Type.Object({ direction: Text(4000), assignments: Type.Array(AssignmentInput, { maxItems: 30 }), version: Version }, { additionalProperties: false });
export const CompleteBody = Type.Object({ report: Text(4000) }, { additionalProperties: false });
export const ReassignBody = Type.Object({
  agencyId: Id, userId: Type.Optional(Nullable(Id)), deadline: Type.Optional(Nullable(DateString)), note: Type.Optional(Nullable(Text(4000))),
}, { additionalProperties: false });

const Recipient = Type.Object({
  agencyId: Type.Optional(Nullable(Id)), organId: Type.Optional(Nullable(Text(35, 3))), organName: Type.Optional(Nullable(Text(300))),
}, { additionalProperties: false, description: 'cơ quan trên hệ thống (agencyId) hoặc cơ quan ngoài qua trục (organId, organName)' });
const draftFields = {
  docType: DocType, summary: Text(1000), body: Text(100_000, 0), urgency: Urgency, confidentiality: Confidentiality, unitSymbol: Type.Optional(Nullable(Symbol)),
  recipients: Type.Array(Recipient, { minItems: 1, maxItems: 100 }), signerId: Id, signerPosition: Text(200), signerCompetence: Type.Optional(Nullable(Text(200))),
  dueOn: Type.Optional(Nullable(DateString)),
};
export const DraftBody = Type.Object({
  agencyId: Id, ...draftFields,
  dossierId: Type.Optional(Nullable(Id)), respondsTo: Type.Optional(Nullable(Id)),
}, { additionalProperties: false });
export const DraftUpdateBody = Type.Object({ ...draftFields, version: Version }, { additionalProperties: false });
export const SubmitBody = Type.Object({ reviewerIds: Type.Array(Id, { maxItems: 20 }), version: Version }, { additionalProperties: false });
export const ReviewBody = Type.Object({
  verdict: Type.Union([Type.Literal('passed'), Type.Literal('returned')]), comment: Type.Optional(Nullable(Text(4000))),
}, { additionalProperties: false });
export const VersionBody = Type.Object({ version: Version }, { additionalProperties: false });
export const Created = Type.Object({ id: Type.Integer() });
export const Issued = Type.Object({ numberSymbol: Type.String() });

export const Registers = Type.Object({
  items: Type.Array(Type.Object({ id: Type.Integer(), agencyId: Type.Integer(), direction: Direction, year: Type.Integer(), name: Type.String(), agencySymbol: Type.String(), lastNumber: Type.Integer() })),
});

export const StatisticsQuery = Type.Object({ agencyId: Id, month: Type.String({ pattern: '^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$', description: 'yyyy-MM' }) }, { additionalProperties: false });
const Share = Nullable(Type.Number({ description: '%' }));
export const Statistics = Type.Object({
  agencyId: Type.Integer(), month: Type.String(), received: Type.Integer(), receivedElectronically: Type.Integer(), sent: Type.Integer(),
  sentElectronically: Type.Integer(), signed: Type.Integer(), assignmentsDue: Type.Integer(), assignmentsOnTime: Type.Integer(),
  electronicShare: Share, signedShare: Share, onTimeShare: Share,
});

export const Quarantine = Type.Object({
  items: Type.Array(Type.Object({
    id: Type.Integer(), messageKey: Type.String(), fromOrgan: Nullable(Type.String()), toOrgans: Type.Array(Type.String()),
    reasonCode: Nullable(Type.String()), reason: Nullable(Type.String()), createdAt: DateTime,
  })),
});

export const Directory = Type.Object({
  agencies: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), parentId: Nullable(Type.Integer()), code: Type.String() })),
  people: Type.Array(Type.Object({ id: Type.Integer(), fullName: Type.String(), agencyId: Type.Integer(), roles: Type.Array(Type.String()) })),
});

export const RegisterParams = Type.Object({ id: Id });
export const RegisterUpdateBody = Type.Object({
  name: Type.Optional(Text(200)),
  agencySymbol: Type.Optional(Type.String({ pattern: '^[A-ZĐ][A-ZĐa-z0-9&.]{0,19}$', description: 'chữ viết tắt tên cơ quan trong ký hiệu, ví dụ UBND, STP' })),
}, { additionalProperties: false, minProperties: 1 });
