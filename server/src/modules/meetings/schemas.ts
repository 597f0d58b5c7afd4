import { Type } from 'typebox';
import { DateTime, Nullable } from '../../platform/schemas.js';

const Id = Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 });
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
const Month = Type.String({ pattern: '^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$', description: 'tháng, yyyy-MM (1900–2099)' });
const Day = Type.String({ format: 'date', description: 'ngày, yyyy-MM-dd (giờ Việt Nam)' });
const Level = Type.Union([Type.Literal('province'), Type.Literal('district'), Type.Literal('commune')], { description: 'cấp: province tỉnh (UBND tỉnh, sở, ngành), district huyện, commune xã' });
const Attendance = Type.Union([Type.Literal('pending'), Type.Literal('present'), Type.Literal('absent')], { description: 'pending chưa điểm danh, present có mặt, absent vắng' });
const EndpointKey = Type.String({ pattern: '^[A-Za-z0-9_-]{20,100}$', description: 'khóa của điểm cầu, trong đường dẫn trang phòng họp' });
const JoinUrl = Nullable(Type.String({ description: 'địa chỉ phòng họp Jitsi kèm mã vào phòng (JITSI_BASE_URL/<phòng>?jwt=...)' }));

export const IdParams = Type.Object({ id: Id });
export const AttendanceParams = Type.Object({ id: Id, endpointId: Id });

// ---- endpoints ----

const EndpointFields = {
  name: Text(200, 2), room: Text(200, 2), equipment: Type.String({ maxLength: 1000, description: 'thiết bị: màn hình, camera, micro, bộ codec...' }),
  contactName: Text(200, 2), contactPhone: Nullable(Type.String({ pattern: '^[0-9 +().-]{6,30}$' })), contactEmail: Nullable(Type.String({ format: 'email', maxLength: 200 })),
};
export const EndpointBody = Type.Object({ agencyId: Id, ...EndpointFields });
export const EndpointUpdate = Type.Object({ ...EndpointFields, active: Type.Boolean(), version: Type.Integer({ minimum: 1 }) });
export const Endpoint = Type.Object({
  id: Type.Integer(), agencyId: Type.Integer(), agencyName: Type.String(), ...EndpointFields, active: Type.Boolean(),
  lastSeenAt: Nullable(DateTime), online: Type.Boolean({ description: 'trang phòng họp gọi nhịp (heartbeat) trong 2 phút gần nhất' }), version: Type.Integer(),
});
export const Endpoints = Type.Object({ items: Type.Array(Endpoint) });
export const EndpointKeyIssued = Type.Object({
  id: Type.Integer(), key: Type.String(), link: Type.String({ description: 'trang phòng họp của điểm cầu: chỉ hiển thị một lần, lưu lại để mở trên máy tính tại điểm cầu' }),
});
export const DirectoryEndpoint = Type.Object({
  id: Type.Integer(), name: Type.String(), room: Type.String(), agencyId: Type.Integer(), agencyName: Type.String(), level: Level, online: Type.Boolean(),
});
export const Directory = Type.Object({ items: Type.Array(DirectoryEndpoint) });

// ---- the room page ----

export const KeyBody = Type.Object({ key: EndpointKey });
export const CheckInBody = Type.Object({ key: EndpointKey, meetingId: Id });
export const RoomView = Type.Object({
  endpoint: Type.Object({ id: Type.Integer(), name: Type.String(), room: Type.String(), agencyName: Type.String() }),
  meetings: Type.Array(Type.Object({
    id: Type.Integer(), title: Type.String(), agenda: Type.String(), organiser: Type.String(), startsAt: DateTime, endsAt: DateTime,
    invitationNumber: Nullable(Type.String()), attendance: Attendance, attendanceAt: Nullable(DateTime),
    open: Type.Boolean({ description: 'phòng họp mở: từ 30 phút trước giờ họp đến 1 giờ sau giờ kết thúc' }), joinUrl: JoinUrl,
  })),
});
export const TokenBody = Type.Object({ token: Type.String({ minLength: 10, maxLength: 4000 }), room: Type.String({ minLength: 1, maxLength: 64 }) });
export const TokenChecked = Type.Object({
  valid: Type.Literal(true), room: Type.String(),
  user: Type.Object({ id: Type.String(), name: Type.String(), moderator: Type.Boolean() }), group: Type.String(), expiresAt: DateTime,
});

// ---- meetings ----

export const ScheduleBody = Type.Object({
  agencyId: Type.Integer({ minimum: 1, description: 'cơ quan chủ trì (người tổ chức là lãnh đạo của cơ quan)' }),
  title: Text(300, 5), agenda: Type.Optional(Type.String({ maxLength: 5000 })),
  startsAt: Type.String({ format: 'date-time', description: 'giờ bắt đầu (ISO 8601, có múi giờ)' }),
  endsAt: Type.String({ format: 'date-time', description: 'giờ kết thúc, sau giờ bắt đầu, tối đa 12 giờ' }),
  central: Type.Optional(Type.Boolean({ description: 'có điểm cầu Trung ương (ngoài tỉnh) tham dự: thêm một cấp' })),
  levels: Type.Optional(Type.Array(Level, { maxItems: 3, uniqueItems: true, description: 'mời toàn bộ điểm cầu của các cấp' })),
  agencyIds: Type.Optional(Type.Array(Id, { maxItems: 500, description: 'mời các điểm cầu của các cơ quan' })),
  endpointIds: Type.Optional(Type.Array(Id, { maxItems: 500, description: 'mời từng điểm cầu' })),
  signerPosition: Text(100, 2),
});
export const Scheduled = Type.Object({
  id: Type.Integer(), levels: Type.Integer(), endpoints: Type.Integer(), invitationDocumentId: Type.Integer(), invitationNumber: Type.String({ description: 'số, ký hiệu Giấy mời, ví dụ 05/GM-UBND' }),
});
const MeetingFields = {
  id: Type.Integer(), agencyId: Type.Integer(), agencyName: Type.String(), title: Type.String(), agenda: Type.String(), startsAt: DateTime, endsAt: DateTime,
  central: Type.Boolean(), room: Type.String(), invitationDocumentId: Nullable(Type.Integer()), invitationNumber: Nullable(Type.String()),
  minutesDocumentId: Nullable(Type.Integer()), minutesNumber: Nullable(Type.String()), createdByName: Nullable(Type.String()), createdAt: DateTime, version: Type.Integer(),
  levels: Type.Integer({ description: 'số cấp: các cấp của điểm cầu tham dự, cộng một khi có Trung ương' }),
};
export const MeetingQuery = Type.Object({
  from: Type.Optional(Day), to: Type.Optional(Day),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })), pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});
export const MeetingPage = Type.Object({
  items: Type.Array(Type.Object({ ...MeetingFields, endpoints: Type.Integer(), present: Type.Integer() })), total: Type.Integer(),
});
export const MeetingDetail = Type.Object({
  ...MeetingFields,
  canManage: Type.Boolean({ description: 'lãnh đạo cơ quan chủ trì: điểm danh, lập biên bản, xem đường dẫn phòng họp của từng điểm cầu' }),
  hostJoinUrl: JoinUrl,
  participants: Type.Array(Type.Object({
    endpointId: Type.Integer(), endpointName: Type.String(), room: Type.String(), agencyId: Type.Integer(), agencyName: Type.String(), level: Level,
    online: Type.Boolean(), lastSeenAt: Nullable(DateTime), attendance: Attendance, attendanceBy: Nullable(Type.Union([Type.Literal('room'), Type.Literal('organiser')])),
    attendanceAt: Nullable(DateTime), attendees: Nullable(Type.Integer()), note: Nullable(Type.String()), joinUrl: JoinUrl,
  })),
});
export const AttendanceBody = Type.Object({
  attendance: Type.Union([Type.Literal('present'), Type.Literal('absent')]),
  attendees: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 10_000, description: 'số người dự tại điểm cầu' }))),
  note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
});
export const MinutesBody = Type.Object({ text: Text(20_000, 10), signerPosition: Text(100, 2) });
export const MinutesIssued = Type.Object({ minutesDocumentId: Type.Integer(), minutesNumber: Type.String() });

export const StatisticsQuery = Type.Object({ from: Month, to: Month, agencyId: Type.Optional(Id) });
const ByLevels = Type.Array(Type.Object({ levels: Type.Integer(), meetings: Type.Integer() }), { description: 'số cuộc họp theo số cấp (2: hai cấp, 3: ba cấp, 4: bốn cấp)' });
export const Statistics = Type.Object({
  from: Type.String(), to: Type.String(), total: Type.Integer(), byLevels: ByLevels,
  rows: Type.Array(Type.Object({ month: Type.String(), agencyId: Type.Integer(), agencyName: Type.String(), total: Type.Integer(), byLevels: ByLevels })),
});
