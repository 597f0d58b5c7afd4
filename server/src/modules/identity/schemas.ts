import { Type, type Static } from 'typebox';
import { DateString, Nullable } from '../../platform/schemas.js';

export const RoleName = Type.Enum(['citizen', 'reception', 'specialist', 'leader', 'clerk', 'admin', 'finance', 'editor']);
export const OfficialRoleName = Type.Enum(['reception', 'specialist', 'leader', 'clerk', 'admin', 'finance', 'editor']);
export const AgencyKind = Type.Enum(['province', 'department', 'district', 'commune', 'unit']);
const Username = Type.String({ pattern: '^[a-z0-9._-]{3,64}$', description: 'chữ thường không dấu, số, . _ -' });
const Password = Type.String({ minLength: 8, maxLength: 128 });

const Clock = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:mm' });
export const WorkingHours = Type.Array(Type.Object({ start: Clock, end: Clock }, { additionalProperties: false }), {
  minItems: 1, maxItems: 4, description: 'giờ làm việc của cơ quan; null là giờ mặc định 07:00–11:30, 13:30–17:00',
});

export const Agency = Type.Object({
  id: Type.Integer(),
  parentId: Nullable(Type.Integer()),
  code: Type.String(),
  name: Type.String(),
  kind: AgencyKind,
  address: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
  workingHours: Nullable(WorkingHours),
});
export type Agency = Static<typeof Agency>;

export const AgencyList = Type.Object({ items: Type.Array(Agency) });
export const AgencyListQuery = Type.Object({
  includeExpired: Type.Optional(Type.Boolean({ description: 'kể cả cơ quan đã hết hiệu lực' })),
});

export const AgencyInput = Type.Object(
  {
    parentId: Nullable(Type.Integer({ minimum: 1 })),
    code: Type.String({ minLength: 3, maxLength: 35 }),
    name: Type.String({ minLength: 2, maxLength: 300 }),
    kind: AgencyKind,
    address: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 200 }))),
    validFrom: Type.Optional(DateString),
    validTo: Type.Optional(Nullable(DateString)),
    workingHours: Type.Optional(Nullable(WorkingHours)),
  },
  { additionalProperties: false },
);
export type AgencyInput = Static<typeof AgencyInput>;
export const AgencyPatch = Type.Partial(AgencyInput, { additionalProperties: false, minProperties: 1 });
export type AgencyPatch = Static<typeof AgencyPatch>;

export const RoleGrant = Type.Object({
  id: Type.Integer(),
  role: RoleName,
  agencyId: Nullable(Type.Integer()),
  agencyName: Nullable(Type.String()),
  agencyCode: Nullable(Type.String()),
});

export const Me = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  fullName: Type.String(),
  kind: Type.Union([Type.Literal('citizen'), Type.Literal('business'), Type.Literal('official')]),
  roles: Type.Array(RoleGrant),
  eidVerified: Type.Boolean({ description: 'đã xác thực bằng định danh điện tử quốc gia' }),
});
export const MeResponse = Type.Object({ user: Nullable(Me) });

export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);

export const RegisterBody = Type.Object(
  {
    username: Username,
    password: Password,
    fullName: Type.String({ minLength: 2, maxLength: 200 }),
    kind: Type.Union([Type.Literal('citizen'), Type.Literal('business')]),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    phone: Type.Optional(Type.String({ pattern: '^[0-9+ ]{9,15}$' })),
    identityNumber: Type.Optional(Type.String({ pattern: '^[0-9]{10,13}$', description: 'số CCCD (12 số) hoặc mã số thuế' })),
    organization: Type.Optional(Type.String({ maxLength: 300, description: 'tên doanh nghiệp' })),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const CsrfResponse = Type.Object({ token: Type.String() });

export const UserSummary = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  fullName: Type.String(),
  kind: Type.Union([Type.Literal('citizen'), Type.Literal('business'), Type.Literal('official')]),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  active: Type.Boolean(),
  roles: Type.Array(RoleGrant),
});
export type UserSummary = Static<typeof UserSummary>;
export const UserList = Type.Object({ items: Type.Array(UserSummary), total: Type.Integer() });
export const UserListQuery = Type.Object({
  agencyId: Type.Optional(Type.Integer({ minimum: 1 })),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});

export const RoleInput = Type.Object({ role: OfficialRoleName, agencyId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type RoleInput = Static<typeof RoleInput>;

export const OfficialInput = Type.Object(
  {
    username: Username,
    password: Password,
    fullName: Type.String({ minLength: 2, maxLength: 200 }),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    phone: Type.Optional(Type.String({ pattern: '^[0-9+ ]{9,15}$' })),
    roles: Type.Array(RoleInput, { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type OfficialInput = Static<typeof OfficialInput>;

export const UserPatch = Type.Object(
  {
    fullName: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 200 }))),
    phone: Type.Optional(Nullable(Type.String({ pattern: '^[0-9+ ]{9,15}$' }))),
    active: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UserPatch = Static<typeof UserPatch>;

export const RoleParams = Type.Object({ id: Type.Integer({ minimum: 1 }), roleId: Type.Integer({ minimum: 1 }) });

export const PasswordResetRequest = Type.Object({ account: Type.String({ minLength: 3, maxLength: 200, description: 'tên đăng nhập hoặc thư điện tử' }) }, { additionalProperties: false });
export const PasswordReset = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }), password: Password }, { additionalProperties: false });

export const SessionParams = Type.Object({ sessionId: Type.String({ pattern: '^[0-9a-f]{16}$' }) });
export const SessionList = Type.Object({
  items: Type.Array(Type.Object({
    id: Type.String(), createdAt: Type.Unsafe<Date>({ type: 'string', format: 'date-time' }), expiresAt: Type.Unsafe<Date>({ type: 'string', format: 'date-time' }),
    ip: Nullable(Type.String()), userAgent: Nullable(Type.String()), current: Type.Boolean({ description: 'phiên đang dùng' }),
  })),
});

export const LoginResponse = Type.Object({
  user: Nullable(Me),
  totpChallenge: Type.Optional(Type.String({ description: 'tài khoản có xác thực hai lớp: gửi kèm mã tới /auth/login/totp' })),
  totpEnrolmentRequired: Type.Optional(Type.Boolean({ description: 'vai trò bắt buộc xác thực hai lớp mà chưa cài đặt: chỉ được cài đặt' })),
});
export const TotpLoginBody = Type.Object({
  challenge: Type.String({ minLength: 20, maxLength: 100 }),
  code: Type.String({ minLength: 6, maxLength: 20, description: 'mã 6 chữ số, hoặc mã khôi phục XXXXX-XXXXX' }),
}, { additionalProperties: false });
export const TotpCode = Type.Object({ code: Type.String({ pattern: '^[0-9]{6}$' }) }, { additionalProperties: false });
export const TotpStatus = Type.Object({
  enabled: Type.Boolean(), enabledAt: Nullable(Type.Unsafe<Date>({ type: 'string', format: 'date-time' })), recoveryCodesLeft: Type.Integer(), required: Type.Boolean(),
});
export const TotpSetup = Type.Object({ secret: Type.String(), uri: Type.String({ description: 'otpauth://totp/...' }), qrSvg: Type.String() });
export const RecoveryCodes = Type.Object({ recoveryCodes: Type.Array(Type.String()) });
export const RolePolicies = Type.Object({ items: Type.Array(Type.Object({ role: Type.String(), totpRequired: Type.Boolean() })) });
export const RolePolicyParams = Type.Object({ role: Type.Enum(['reception', 'specialist', 'leader', 'clerk', 'finance', 'admin', 'editor']) });
export const RolePolicyBody = Type.Object({ totpRequired: Type.Boolean() }, { additionalProperties: false });

export const EidStartQuery = Type.Object({ tiep: Type.Optional(Type.String({ maxLength: 500, pattern: '^/[^/\\\\]' })) }, { additionalProperties: false });
export const EidCallbackQuery = Type.Object({}, { additionalProperties: Type.String({ maxLength: 4000 }) });
export const EidLinkBody = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 128 }) }, { additionalProperties: false });
