import { Type } from 'typebox';
import { DateTime, Nullable } from '../../platform/schemas.js';
import { CATEGORY_CODES, SLUG_PATTERN } from './rules.js';

const Id = Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 });
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
const Version = Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'phiên bản đã đọc (chống ghi đè)' });
const Page = Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 }));
const PageSize = Type.Optional(Type.Integer({ minimum: 1, maximum: 50 }));

// ---- questions ----

const QuestionStatus = Type.Enum(['pending', 'answered', 'published', 'rejected'], {
  description: 'pending: chờ trả lời; answered: đã trả lời, chờ lãnh đạo công bố; published: công khai; rejected: từ chối (spam, trùng)',
});

export const QuestionParams = Type.Object({ id: Id });

export const AskBody = Type.Object({
  title: Type.String({ minLength: 5, maxLength: 200, description: 'tiêu đề câu hỏi' }),
  body: Type.String({ minLength: 10, maxLength: 5000, description: 'nội dung câu hỏi' }),
  procedureId: Type.Optional(Id),
  agencyId: Type.Optional(Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991, description: 'cơ quan được hỏi khi không chọn thủ tục; mặc định: UBND tỉnh' })),
  name: Type.Optional(Text(100, 2)),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 200, description: 'người chưa đăng nhập: địa chỉ nhận thông báo trả lời (không công khai)' })),
  hideName: Type.Optional(Type.Boolean({ description: 'hiện "Công dân" thay cho tên' })),
}, { additionalProperties: false });

export const Asked = Type.Object({ id: Type.Integer(), status: QuestionStatus });

/** What the public sees of a question: no email, the asker's given name only (or "Công dân"). */
export const PublicQuestion = Type.Object({
  id: Type.Integer(), title: Type.String(), body: Type.String(), askerName: Type.String(), agencyId: Type.Integer(), agencyName: Type.String(),
  procedureId: Nullable(Type.Integer()), procedureName: Nullable(Type.String()), answer: Type.String(), answeredByAgency: Type.String(),
  askedAt: DateTime, publishedAt: DateTime,
});
export const PublicQuestionPage = Type.Object({ items: Type.Array(PublicQuestion), total: Type.Integer() });
export const PublicQuestionQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'tìm trong tiêu đề, câu hỏi, câu trả lời (không cần dấu)' })),
  procedureId: Type.Optional(Id), agencyId: Type.Optional(Id), page: Page, pageSize: PageSize,
}, { additionalProperties: false });

/** A question as the agency's officials handle it. */
export const InboxQuestion = Type.Object({
  id: Type.Integer(), title: Type.String(), body: Type.String(), askerName: Type.String({ description: 'họ tên người hỏi (không công khai nếu ẩn)' }),
  hideName: Type.Boolean(), signedIn: Type.Boolean({ description: 'người hỏi có tài khoản' }), agencyId: Type.Integer(), agencyName: Type.String(),
  procedureId: Nullable(Type.Integer()), procedureName: Nullable(Type.String()), status: QuestionStatus, answer: Nullable(Type.String()),
  answeredByName: Nullable(Type.String()), answeredAt: Nullable(DateTime), publishedAt: Nullable(DateTime), rejectReason: Nullable(Type.String()),
  duplicateOf: Nullable(Type.Integer()), createdAt: DateTime, version: Type.Integer(),
  canPublish: Type.Boolean({ description: 'người dùng là lãnh đạo của cơ quan được hỏi' }),
});
export const InboxPage = Type.Object({ items: Type.Array(InboxQuestion), total: Type.Integer() });
export const InboxQuery = Type.Object({ status: Type.Optional(QuestionStatus), page: Page, pageSize: PageSize }, { additionalProperties: false });

export const AnswerBody = Type.Object({ answer: Text(10_000, 10), version: Version }, { additionalProperties: false });
export const PublishBody = Type.Object({ answer: Type.Optional(Text(10_000, 10)), version: Version }, { additionalProperties: false });
export const RejectBody = Type.Object({
  reason: Text(1000, 3), duplicateOf: Type.Optional(Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991, description: 'câu hỏi đã trả lời công khai mà câu này trùng' })),
  version: Version,
}, { additionalProperties: false });
export const QuestionChanged = Type.Object({ status: QuestionStatus });

// ---- articles ----

const Category = Type.Enum(CATEGORY_CODES, { description: 'activity: Tin hoạt động; announcement: Thông báo; new_document: Văn bản mới; new_policy: Chính sách mới' });
const ArticleStatus = Type.Enum(['draft', 'review', 'published', 'unpublished'], { description: 'draft: nháp; review: chờ duyệt; published: đã xuất bản; unpublished: đã gỡ' });
const Slug = Type.String({ pattern: SLUG_PATTERN, minLength: 1, maxLength: 120, description: 'đường dẫn: chữ không dấu, số, dấu gạch ngang' });

export const CategoryQuery = Type.Object({ category: Type.Optional(Category) }, { additionalProperties: false });
export const NewsQuery = Type.Object({ category: Type.Optional(Category), page: Page, pageSize: PageSize }, { additionalProperties: false });
export const SlugParams = Type.Object({ slug: Slug });
export const ImageParams = Type.Object({ key: Type.String({ pattern: '^[0-9a-f]{32}$' }) });
export const ArticleParams = Type.Object({ id: Id });

export const NewsItem = Type.Object({
  id: Type.Integer(), slug: Type.String(), title: Type.String(), summary: Type.String(), category: Category, categoryName: Type.String(),
  agencyName: Type.String(), coverImageUrl: Nullable(Type.String()), publishedAt: DateTime,
});
export const NewsPage = Type.Object({ items: Type.Array(NewsItem), total: Type.Integer() });
export const NewsArticle = Type.Object({
  ...NewsItem.properties,
  bodyHtml: Type.String({ description: 'nội dung HTML đã được làm sạch trên máy chủ (danh sách thẻ cho phép)' }),
});

const ArticleFields = {
  title: Text(200, 5), summary: Text(500, 10), bodyHtml: Type.String({ minLength: 1, maxLength: 100_000, description: 'nội dung HTML (trình soạn thảo); được làm sạch trên máy chủ' }),
  category: Category, slug: Type.Optional(Slug),
  coverImageKey: Type.Optional(Nullable(Type.String({ pattern: '^[0-9a-f]{32}$', description: 'khóa ảnh đã tải lên (POST /editorial/images)' }))),
  publishAt: Type.Optional(Nullable(Type.String({ format: 'date-time', description: 'thời điểm xuất bản mong muốn; trống: khi được duyệt' }))),
};
export const ArticleBody = Type.Object({ agencyId: Id, ...ArticleFields }, { additionalProperties: false });
export const ArticleUpdateBody = Type.Object({ ...ArticleFields, version: Version }, { additionalProperties: false });
export const VersionBody = Type.Object({ version: Version }, { additionalProperties: false });
export const ReturnBody = Type.Object({ comment: Text(1000, 3), version: Version }, { additionalProperties: false });

export const EditorialArticle = Type.Object({
  id: Type.Integer(), agencyId: Type.Integer(), agencyName: Type.String(), slug: Type.String(), title: Type.String(), summary: Type.String(),
  bodyHtml: Type.String(), category: Category, coverImageKey: Nullable(Type.String()), coverImageUrl: Nullable(Type.String()), status: ArticleStatus,
  publishAt: Nullable(DateTime), publishedAt: Nullable(DateTime), reviewComment: Nullable(Type.String()), authorName: Nullable(Type.String()),
  updatedAt: DateTime, version: Type.Integer(),
  canEdit: Type.Boolean(), canApprove: Type.Boolean(),
});
export const EditorialPage = Type.Object({ items: Type.Array(EditorialArticle), total: Type.Integer() });
export const EditorialQuery = Type.Object({ status: Type.Optional(ArticleStatus), page: Page, pageSize: PageSize }, { additionalProperties: false });
export const ArticleCreated = Type.Object({ id: Type.Integer(), slug: Type.String() });
export const ArticleChanged = Type.Object({ status: ArticleStatus, version: Type.Integer() });
export const UploadedImage = Type.Object({ key: Type.String(), url: Type.String(), width: Type.Integer(), height: Type.Integer() });
export const Workplaces = Type.Object({
  editorOf: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() }), { description: 'cơ quan người dùng là biên tập viên' }),
  approverOf: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() }), { description: 'cơ quan người dùng duyệt bài (lãnh đạo; quản trị tỉnh: tất cả)' }),
  answererOf: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() }), { description: 'cơ quan người dùng trả lời câu hỏi (chuyên viên, lãnh đạo)' }),
});
