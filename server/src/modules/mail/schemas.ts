import { Type } from 'typebox';
import { DateTime, Nullable } from '../../platform/schemas.js';
import { DOMAIN_PATTERN, LOCAL_PART_PATTERN, MAILBOX_STATUSES, SYNC_STATES } from './rules.js';

const Id = Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 });
const Version = Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'phiên bản đã đọc (chống ghi đè)' });
const QuotaMb = Type.Integer({ minimum: 1, maximum: 1_048_576, description: 'dung lượng tối đa, MB' });
const LocalPart = Type.String({ minLength: 1, maxLength: 64, pattern: LOCAL_PART_PATTERN, description: 'phần trước @: chữ thường không dấu, số, . - _' });
const Password = Type.String({ minLength: 8, maxLength: 128, description: 'mật khẩu hộp thư: ít nhất 8 ký tự, có chữ và số' });
const MailboxStatus = Type.Enum([...MAILBOX_STATUSES], { description: 'active: đang dùng; suspended: tạm khóa (không đăng nhập, không nhận thư, thư được giữ); removed: đã xóa' });
const SyncState = Type.Enum([...SYNC_STATES], { description: 'pending: chờ đồng bộ máy chủ thư; synced: đã đồng bộ; failed: lỗi, đang thử lại' });

export const MailboxParams = Type.Object({ id: Id });
export const AgencyParams = Type.Object({ agencyId: Id });

export const AgencyMailSettings = Type.Object({
  agencyId: Type.Integer(),
  domain: Nullable(Type.String(), { description: 'tên miền riêng của cơ quan' }),
  defaultQuotaMb: Nullable(Type.Integer()),
  syncState: Nullable(SyncState),
  effectiveDomain: Nullable(Type.String(), { description: 'tên miền dùng cho hộp thư mới: của cơ quan hoặc cơ quan cấp trên gần nhất' }),
  inheritedFrom: Nullable(Type.String(), { description: 'cơ quan cấp trên có tên miền được dùng' }),
  version: Type.Integer(),
});
export const DomainBody = Type.Object({
  domain: Type.String({ minLength: 4, maxLength: 253, pattern: DOMAIN_PATTERN, description: 'ví dụ: stp.langson.gov.vn' }),
  defaultQuotaMb: QuotaMb,
}, { additionalProperties: false });

export const Mailbox = Type.Object({
  id: Type.Integer(), agencyId: Type.Integer(), agencyName: Type.String(), userId: Nullable(Type.Integer()), userName: Nullable(Type.String()),
  address: Type.String(), formerAddresses: Type.Array(Type.String(), { description: 'địa chỉ cũ sau khi đổi tên, vẫn nhận thư' }),
  displayName: Type.String(), quotaMb: Type.Integer(), status: MailboxStatus,
  suspendedReason: Nullable(Type.Enum(['account', 'admin'], { description: 'account: tài khoản cán bộ bị khóa; admin: quản trị tạm khóa' })),
  hasPassword: Type.Boolean(), syncState: SyncState, syncError: Nullable(Type.String()), syncedAt: Nullable(DateTime),
  createdAt: DateTime, updatedAt: DateTime, version: Type.Integer(),
});
export const MailboxPage = Type.Object({
  items: Type.Array(Mailbox), total: Type.Integer(),
  directoryConfigured: Type.Boolean({ description: 'false: chưa cấu hình máy chủ thư (MAIL_LDAP_URL), thay đổi chờ đồng bộ' }),
});
export const MailboxQuery = Type.Object({
  agencyId: Type.Optional(Id), status: Type.Optional(MailboxStatus), q: Type.Optional(Type.String({ maxLength: 100 })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })), pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
}, { additionalProperties: false });

export const CreateMailboxBody = Type.Object({
  agencyId: Id, userId: Id,
  localPart: Type.Optional(LocalPart),
  quotaMb: Type.Optional(QuotaMb),
  password: Type.Optional(Password),
}, { additionalProperties: false });
export const RenameBody = Type.Object({ localPart: LocalPart, version: Version }, { additionalProperties: false });
export const QuotaBody = Type.Object({ quotaMb: QuotaMb, version: Version }, { additionalProperties: false });
export const PasswordBody = Type.Object({ password: Password, version: Version }, { additionalProperties: false });
export const VersionBody = Type.Object({ version: Version }, { additionalProperties: false });
export const VersionQuery = Type.Object({ version: Version }, { additionalProperties: false });

export const Candidates = Type.Object({
  domain: Nullable(Type.String()),
  items: Type.Array(Type.Object({ userId: Type.Integer(), fullName: Type.String(), suggestedAddress: Nullable(Type.String()) })),
});

export const MyMailbox = Type.Object({
  address: Type.String(), formerAddresses: Type.Array(Type.String()), quotaMb: Type.Integer(), status: MailboxStatus, hasPassword: Type.Boolean(),
  syncState: SyncState, version: Type.Integer(),
});
export const MyPasswordBody = Type.Object({ password: Password }, { additionalProperties: false });

export const Alias = Type.Object({
  id: Type.Integer(), agencyId: Type.Integer(), agencyName: Type.String(), address: Type.String(), description: Type.String(),
  memberIds: Type.Array(Type.Integer()), status: Type.Enum(['active', 'removed']), syncState: SyncState, syncError: Nullable(Type.String()),
  syncedAt: Nullable(DateTime), version: Type.Integer(),
});
export const AliasList = Type.Object({ items: Type.Array(Alias) });
export const AliasQuery = Type.Object({ agencyId: Type.Optional(Id) }, { additionalProperties: false });
export const CreateAliasBody = Type.Object({
  agencyId: Id, localPart: LocalPart,
  description: Type.Optional(Type.String({ maxLength: 200 })),
  memberIds: Type.Array(Id, { maxItems: 500, description: 'hộp thư nhận thư gửi đến địa chỉ nhóm' }),
}, { additionalProperties: false });
export const UpdateAliasBody = Type.Object({
  description: Type.Optional(Type.String({ maxLength: 200 })),
  memberIds: Type.Optional(Type.Array(Id, { maxItems: 500 })),
  version: Version,
}, { additionalProperties: false });
