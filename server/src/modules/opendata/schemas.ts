import { Type, type TSchema } from 'typebox';
import { DateTime, Nullable } from '../../platform/schemas.js';

const Name = Type.String({ pattern: '^[a-z0-9-]{1,100}$', description: 'tên bộ dữ liệu (name của CKAN)' });
/** CKAN accepts an id or a name; anything else is simply not found. */
const IdOrName = Type.String({ minLength: 1, maxLength: 200, description: 'id (UUID) hoặc name' });
const CkanTime = Type.String({ description: 'thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN' });

// ---- the CKAN Action API v3 envelope ----

/** `{ help, success: true, result }`, as CKAN answers. */
export const CkanOk = <T extends TSchema>(result: T) => Type.Object({
  help: Type.String({ description: 'địa chỉ tài liệu API' }), success: Type.Literal(true), result,
});

/**
 * CKAN's error envelope `{ help, success: false, error: { __type, message } }`; `error.code` is the
 * platform's stable error code (CKAN clients ignore it).
 */
export const CkanError = Type.Object({
  help: Type.String(), success: Type.Literal(false),
  error: Type.Object({
    __type: Type.String({ description: 'Not Found Error, Validation Error, Authorization Error' }),
    message: Type.String({ description: 'thông báo tiếng Việt' }),
    code: Type.String({ description: 'mã lỗi ổn định của nền tảng' }),
    details: Type.Optional(Type.Unknown()),
  }),
});

const Tag = Type.Object({ id: Type.String(), name: Type.String(), display_name: Type.String(), state: Type.String(), vocabulary_id: Nullable(Type.String()) });
const Organization = Type.Object({
  id: Type.String(), name: Type.String(), title: Type.String(), description: Type.String(), type: Type.String(), is_organization: Type.Boolean(),
  state: Type.String(), approval_status: Type.String(), image_url: Type.String(),
});
const OrganizationDetail = Type.Object({ ...Organization.properties, display_name: Type.String(), package_count: Type.Integer() });

export const Resource = Type.Object({
  id: Type.String(), package_id: Type.String(), name: Type.String(), description: Type.String(),
  format: Type.String({ description: 'CSV hoặc JSON' }), mimetype: Type.String(), url: Type.String({ description: 'địa chỉ tải tệp (tuyệt đối)' }),
  size: Type.Integer({ description: 'dung lượng (byte)' }), hash: Type.String({ description: 'SHA-256 của tệp (hex)' }),
  last_modified: CkanTime, created: CkanTime, metadata_modified: CkanTime, position: Type.Integer(), state: Type.String(),
  url_type: Nullable(Type.String()), datastore_active: Type.Boolean(), row_count: Type.Integer({ description: 'số dòng dữ liệu' }),
});

const Column = Type.Object({ key: Type.String(), title: Type.String(), type: Type.String() });

export const Package = Type.Object({
  id: Type.String(), name: Type.String(), title: Type.String(), notes: Type.String(), type: Type.String(), state: Type.String(),
  private: Type.Boolean(), isopen: Type.Boolean(), license_id: Type.String(), license_title: Type.String(), license_url: Type.String(),
  author: Nullable(Type.String()), maintainer: Nullable(Type.String()), organization: Nullable(Organization), owner_org: Nullable(Type.String()),
  metadata_created: CkanTime, metadata_modified: CkanTime, url: Type.String(), version: Nullable(Type.String()),
  num_resources: Type.Integer(), num_tags: Type.Integer(), tags: Type.Array(Tag), resources: Type.Array(Resource), groups: Type.Array(Type.Unknown()),
  extras: Type.Array(Type.Object({ key: Type.String(), value: Type.String() })),
  columns: Type.Array(Column, { description: 'các cột của tệp dữ liệu (mở rộng, ngoài chuẩn CKAN)' }),
});

export const PackageSearch = Type.Object({
  count: Type.Integer(), sort: Type.String(), facets: Type.Record(Type.String(), Type.Unknown()), search_facets: Type.Record(Type.String(), Type.Unknown()), results: Type.Array(Package),
});

export const OrganizationList = Type.Union([Type.Array(Type.String()), Type.Array(OrganizationDetail)]);

export const ShowQuery = Type.Object({ id: Type.Optional(IdOrName) });
export const SearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'từ khóa, không phân biệt dấu' })),
  rows: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, default: 10 })),
  start: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
});
export const OrganizationListQuery = Type.Object({
  all_fields: Type.Optional(Type.Boolean({ description: 'true: trả về đối tượng đầy đủ thay vì tên' })),
});

// ---- downloads and the admin's view ----

export const FileParams = Type.Object({ file: Type.String({ pattern: '^[a-z0-9-]{1,100}\\.(csv|json)$', description: '<name>.csv hoặc <name>.json' }) });

const FileMeta = Type.Object({
  format: Type.String(), size: Type.Integer(), rowCount: Type.Integer(), sha256: Type.String(), createdAt: DateTime, modifiedAt: DateTime,
});
export const BuildStatuses = Type.Object({
  items: Type.Array(Type.Object({
    dataset: Type.String(), title: Type.String(), createdAt: DateTime, nextDueAt: DateTime, lastAttemptAt: Nullable(DateTime), lastSuccessAt: Nullable(DateTime),
    lastError: Nullable(Type.String({ description: 'lỗi của lần tổng hợp gần nhất (nếu thất bại)' })), lastErrorAt: Nullable(DateTime), buildCount: Type.Integer(),
    files: Type.Array(FileMeta),
  })),
});
export const RefreshBody = Type.Object({ dataset: Type.Optional(Name) }, { additionalProperties: false });
