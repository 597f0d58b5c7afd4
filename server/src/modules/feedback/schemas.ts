import { Type, type Static } from 'typebox';
import { DateString, DateTime, Nullable } from '../../platform/schemas.js';
import { FEEDBACK_STATUSES } from './rules.js';

const Id = Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 });
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
const Lat = Type.Number({ minimum: -90, maximum: 90, description: 'vĩ độ (WGS 84)' });
const Lng = Type.Number({ minimum: -180, maximum: 180, description: 'kinh độ (WGS 84)' });
const TrackingCode = Type.String({ pattern: '^[A-Za-z0-9 -]{8,16}$', description: 'mã theo dõi phản ánh, ví dụ PA-7K3M-Q9XD (không phân biệt hoa thường; O đọc là 0, I và L là 1)' });

export const Status = Type.Enum([...FEEDBACK_STATUSES], {
  description: 'submitted: mới gửi, chờ tiếp nhận; in_progress: đang xử lý; awaiting_approval: trả lời chờ lãnh đạo duyệt; answered: đã trả lời (công khai); '
    + 'closed: đã đóng; rejected: từ chối (spam, không hợp lệ); merged: gộp vào phản ánh khác',
});
const Channel = Type.Union([Type.Literal('email'), Type.Literal('sms'), Type.Literal('in_app')], { description: 'kênh nhận thông báo: email, SMS, trong ứng dụng (chỉ tài khoản)' });
const Level = Type.Union([Type.Literal('agency'), Type.Literal('district'), Type.Literal('commune')], {
  description: 'cấp xử lý: agency = một cơ quan cố định (sở, ngành); district = UBND cấp huyện nơi có vị trí; commune = UBND cấp xã nơi có vị trí',
});
const Point = Type.Object({ lat: Lat, lng: Lng });

export const IdParams = Type.Object({ id: Id });
export const CodeParams = Type.Object({ code: TrackingCode });
export const PhotoParams = Type.Object({ id: Id, photoId: Id });
export const PhotoFileParams = Type.Object({ photoId: Id });

// ---- categories ----

export const Category = Type.Object({
  id: Type.Integer(), code: Type.String(), name: Type.String(), description: Nullable(Type.String()),
  deadlineDays: Type.Integer({ description: 'thời hạn trả lời, ngày làm việc' }),
});
export const Categories = Type.Object({ items: Type.Array(Category) });
export const AdminCategory = Type.Object({
  ...Category.properties, level: Level, agencyId: Type.Integer({ description: 'cơ quan xử lý mặc định (cấp agency), hoặc khi vị trí không thuộc địa bàn nào' }),
  agencyName: Type.String(), active: Type.Boolean(), position: Type.Integer(),
});
export const AdminCategories = Type.Object({ items: Type.Array(AdminCategory) });
export const CategoryBody = Type.Object({
  code: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,39}$', description: 'mã lĩnh vực (service_code của Open311), ví dụ giao-thong' }),
  name: Text(200), description: Type.Optional(Nullable(Text(2000))),
  deadlineDays: Type.Integer({ minimum: 1, maximum: 90 }), level: Level, agencyId: Id,
  active: Type.Optional(Type.Boolean()), position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
}, { additionalProperties: false });

// ---- areas ----

export const Areas = Type.Object({
  items: Type.Array(Type.Object({
    id: Type.Integer(), name: Type.String(), agencyId: Type.Integer(), agencyCode: Type.String(), agencyName: Type.String(),
    level: Type.Union([Type.Literal('district'), Type.Literal('commune')]), parentAreaId: Nullable(Type.Integer()),
    bbox: Type.Array(Type.Number(), { description: '[minLng, minLat, maxLng, maxLat]' }),
  })),
  loadedAt: Nullable(DateTime),
});
/** GeoJSON (RFC 7946); the geometry is checked by the service (rings closed, coordinates in range). */
export const AreasBody = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(Type.Object({
    type: Type.Literal('Feature'),
    properties: Type.Object({
      agencyCode: Type.String({ minLength: 3, maxLength: 35, description: 'mã định danh của UBND huyện hoặc xã' }),
      name: Type.Optional(Text(200)),
    }),
    geometry: Type.Object({
      type: Type.Union([Type.Literal('Polygon'), Type.Literal('MultiPolygon')]),
      coordinates: Type.Array(Type.Unknown(), { minItems: 1, maxItems: 500 }),
    }),
  }), { minItems: 1, maxItems: 2000 }),
}, { description: 'GeoJSON FeatureCollection ranh giới hành chính; thay thế toàn bộ dữ liệu cũ' });
export const AreasLoaded = Type.Object({ areas: Type.Integer(), districts: Type.Integer(), communes: Type.Integer() });
export const AreaQuery = Type.Object({ lat: Lat, lng: Lng }, { additionalProperties: false });
export const AreaAt = Type.Object({
  district: Nullable(Type.Object({ agencyId: Type.Integer(), name: Type.String() })),
  commune: Nullable(Type.Object({ agencyId: Type.Integer(), name: Type.String() })),
});

// ---- submission ----

/** The JSON of the multipart field `report` (the photos are the request's file parts). */
export const SubmissionBody = Type.Object({
  categoryId: Id,
  title: Text(200, 5),
  description: Text(5000, 10),
  location: Type.Optional(Nullable(Point)),
  address: Type.Optional(Nullable(Text(500, 3))),
  anonymousToPublic: Type.Boolean({ description: 'ẩn tên người gửi với công chúng' }),
  channels: Type.Array(Channel, { maxItems: 3, uniqueItems: true }),
  reporter: Type.Optional(Type.Object({
    fullName: Text(200, 2), email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
    phone: Type.Optional(Nullable(Type.String({ pattern: '^\\+?[0-9]{9,15}$' }))),
  }, { additionalProperties: false, description: 'người gửi không đăng nhập: họ tên và ít nhất một liên hệ (bắt buộc khi không đăng nhập)' })),
}, { additionalProperties: false });
export type SubmissionInput = Static<typeof SubmissionBody>;
export const Submitted = Type.Object({
  trackingCode: Type.String(), status: Status, agencyName: Type.String(), dueAt: DateTime,
  reporterKey: Type.String({ description: 'khóa bí mật của người gửi (xuất hiện một lần): dùng để đánh giá câu trả lời khi không có tài khoản' }),
  photos: Type.Integer(),
});

// ---- the public's view ----

const PublicPhoto = Type.Object({ id: Type.Integer(), url: Type.String(), width: Type.Integer(), height: Type.Integer() });
export const PublicReportSummary = Type.Object({
  code: Type.String(), title: Type.String(), categoryId: Type.Integer(), categoryName: Type.String(), status: Status,
  agencyName: Type.String(), location: Nullable(Point), address: Nullable(Type.String()), createdAt: DateTime,
  answeredAt: Nullable(DateTime), photoCount: Type.Integer(), overdue: Type.Boolean(),
});
export const PublicReportPage = Type.Object({ items: Type.Array(PublicReportSummary), total: Type.Integer() });
export const PublicQuery = Type.Object({
  bbox: Type.Optional(Type.String({ pattern: '^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$', maxLength: 100, description: 'minLng,minLat,maxLng,maxLat' })),
  categoryId: Type.Optional(Id), status: Type.Optional(Status),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'tìm không dấu trong tiêu đề, nội dung công khai, địa chỉ' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })), pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
}, { additionalProperties: false });
export const MapQuery = Type.Object({
  bbox: Type.String({ pattern: '^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$', maxLength: 100, description: 'minLng,minLat,maxLng,maxLat' }),
  categoryId: Type.Optional(Id), status: Type.Optional(Status),
}, { additionalProperties: false });
export const MapFeatures = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(Type.Object({
    type: Type.Literal('Feature'),
    geometry: Type.Object({ type: Type.Literal('Point'), coordinates: Type.Array(Type.Number(), { description: '[lng, lat]' }) }),
    properties: Type.Object({ code: Type.String(), title: Type.String(), categoryName: Type.String(), status: Status, createdAt: DateTime, overdue: Type.Boolean() }),
  })),
});
const TimelineEntry = Type.Object({ at: DateTime, action: Type.String(), label: Type.String({ description: 'diễn giải tiếng Việt, không có tên cán bộ' }), note: Nullable(Type.String()) });
export const PublicReport = Type.Object({
  ...PublicReportSummary.properties,
  description: Type.String(), reporterName: Nullable(Type.String({ description: 'null khi người gửi ẩn danh với công chúng' })),
  categoryDeadlineDays: Type.Integer(), dueAt: Nullable(DateTime), photos: Type.Array(PublicPhoto),
  answer: Nullable(Type.Object({ text: Type.String(), at: DateTime, agencyName: Type.String() })),
  rating: Nullable(Type.Object({ score: Type.Integer(), comment: Nullable(Type.String()), at: DateTime })),
  mergedInto: Nullable(Type.String({ description: 'mã phản ánh chính khi phản ánh này được gộp' })),
  timeline: Type.Array(TimelineEntry),
  subscribed: Type.Boolean({ description: 'người dùng đang đăng nhập đã theo dõi' }),
  mine: Type.Boolean({ description: 'người dùng đang đăng nhập là người gửi' }),
});
export const MyReports = Type.Object({ items: Type.Array(Type.Object({ ...PublicReportSummary.properties, dueAt: Nullable(DateTime), rated: Type.Boolean() })) });

export const SubscribeBody = Type.Object({
  email: Type.Optional(Type.String({ format: 'email', maxLength: 254, description: 'bắt buộc khi không đăng nhập' })),
}, { additionalProperties: false });
export const Subscribed = Type.Object({ ok: Type.Literal(true), confirmation: Type.Union([Type.Literal('account'), Type.Literal('email')]) });
export const UnsubscribeBody = Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{20,100}$' }) }, { additionalProperties: false });
export const RatingBody = Type.Object({
  score: Type.Integer({ minimum: 1, maximum: 5 }), comment: Type.Optional(Nullable(Text(2000))),
  reporterKey: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{20,100}$', description: 'khóa người gửi nhận khi gửi (người gửi không có tài khoản)' })),
}, { additionalProperties: false });

export const MapSettings = Type.Object({
  tileUrl: Type.String({ description: 'mẫu địa chỉ ô bản đồ {z}/{x}/{y}' }), attribution: Type.String(), maxZoom: Type.Integer(),
  center: Point, zoom: Type.Integer(),
});

// ---- staff ----

export const StaffQuery = Type.Object({
  status: Type.Optional(Status), categoryId: Type.Optional(Id), agencyId: Type.Optional(Id),
  overdue: Type.Optional(Type.Boolean()), mine: Type.Optional(Type.Boolean({ description: 'chỉ phản ánh giao cho tôi' })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'tìm không dấu: mã, tiêu đề, nội dung, địa chỉ' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })), pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
}, { additionalProperties: false });
export const StaffReportSummary = Type.Object({
  id: Type.Integer(), code: Type.String(), title: Type.String(), categoryId: Type.Integer(), categoryName: Type.String(), status: Status,
  agencyId: Type.Integer(), agencyName: Type.String(), assigneeId: Nullable(Type.Integer()), assigneeName: Nullable(Type.String()),
  location: Nullable(Point), address: Nullable(Type.String()), createdAt: DateTime, dueAt: DateTime, overdue: Type.Boolean(),
  escalatedAt: Nullable(DateTime), photoCount: Type.Integer(), anonymousToPublic: Type.Boolean(),
});
export const StaffReportPage = Type.Object({ items: Type.Array(StaffReportSummary), total: Type.Integer() });
export const StaffReport = Type.Object({
  ...StaffReportSummary.properties,
  description: Type.String({ description: 'nội dung gốc (chỉ cán bộ xem)' }),
  originalTitle: Type.String(), publicTitle: Type.String(), publicDescription: Type.String(), redacted: Type.Boolean(),
  reporter: Type.Object({
    userId: Nullable(Type.Integer()), fullName: Nullable(Type.String()), email: Nullable(Type.String()), phone: Nullable(Type.String()),
    channels: Type.Array(Channel),
  }),
  photos: Type.Array(Type.Object({ id: Type.Integer(), url: Type.String(), width: Type.Integer(), height: Type.Integer(), hidden: Type.Boolean() })),
  answer: Nullable(Type.Object({
    text: Type.String(), status: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('returned')]),
    draftedBy: Nullable(Type.String()), draftedAt: DateTime, decidedBy: Nullable(Type.String()), decidedAt: Nullable(DateTime), comment: Nullable(Type.String()),
  })),
  rating: Nullable(Type.Object({ score: Type.Integer(), comment: Nullable(Type.String()), at: DateTime })),
  mergedInto: Nullable(Type.Object({ id: Type.Integer(), code: Type.String() })),
  duplicates: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String() })),
  subscribers: Type.Integer(),
  history: Type.Array(Type.Object({ at: DateTime, actorName: Nullable(Type.String()), action: Type.String(), label: Type.String(), note: Nullable(Type.String()) })),
  can: Type.Array(Type.String({ description: 'thao tác người dùng được làm lúc này: accept, assign, reroute, merge, redact, answer, approve, return, reject, close' })),
});
export const StaffDirectory = Type.Object({
  agencies: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String(), parentId: Nullable(Type.Integer()) })),
  specialists: Type.Array(Type.Object({ id: Type.Integer(), fullName: Type.String(), agencyId: Type.Integer() })),
});

export const AcceptBody = Type.Object({ assigneeId: Type.Optional(Nullable(Id)) }, { additionalProperties: false });
export const AssignBody = Type.Object({ assigneeId: Id }, { additionalProperties: false });
export const RerouteBody = Type.Object({ agencyId: Id, reason: Text(2000, 5) }, { additionalProperties: false });
export const MergeBody = Type.Object({ intoCode: TrackingCode, note: Type.Optional(Nullable(Text(2000))) }, { additionalProperties: false });
export const RedactBody = Type.Object({ title: Text(200, 5), description: Text(5000, 10) }, { additionalProperties: false });
export const PhotoVisibilityBody = Type.Object({ hidden: Type.Boolean() }, { additionalProperties: false });
export const AnswerBody = Type.Object({ text: Text(10_000, 10) }, { additionalProperties: false });
export const ReturnBody = Type.Object({ comment: Text(2000, 3) }, { additionalProperties: false });
export const ReasonBody = Type.Object({ reason: Text(2000, 5) }, { additionalProperties: false });
export const CloseBody = Type.Object({ note: Type.Optional(Nullable(Text(2000))) }, { additionalProperties: false });

export const StatisticsQuery = Type.Object({
  from: DateString, to: DateString, agencyId: Type.Optional(Id),
}, { additionalProperties: false });
export const Statistics = Type.Object({
  items: Type.Array(Type.Object({
    agencyId: Type.Integer(), agencyName: Type.String(), month: Type.String({ description: 'yyyy-MM' }),
    received: Type.Integer(), answeredOnTime: Type.Integer(), answeredLate: Type.Integer(), open: Type.Integer(), openOverdue: Type.Integer(),
  })),
});

// ---- Open311 keys ----

export const Open311Keys = Type.Object({
  items: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), prefix: Type.String(), createdAt: DateTime, revokedAt: Nullable(DateTime), lastUsedAt: Nullable(DateTime) })),
});
export const Open311KeyBody = Type.Object({ name: Text(200, 3) }, { additionalProperties: false });
export const Open311KeyIssued = Type.Object({ id: Type.Integer(), name: Type.String(), key: Type.String({ description: 'khóa API, chỉ hiện một lần' }) });
