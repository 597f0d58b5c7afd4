import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { sendFile } from '../../platform/replies.js';
import { Binary, errorResponses } from '../../platform/schemas.js';
import { readUpload } from '../../platform/uploads.js';
import {
  approveArticle, createArticle, editorialArticle, editorialArticles, publicArticle, publicNews, returnArticle, submitArticle, unpublishArticle, updateArticle, workplaces,
} from './articles.js';
import { imageFile, uploadImage } from './images.js';
import { answerQuestion, askQuestion, inbox, publicQuestion, publicQuestions, publishAnswer, rejectQuestion } from './questions.js';
import { newsFeed } from './rss.js';
import {
  AnswerBody, ArticleBody, ArticleChanged, ArticleCreated, ArticleParams, ArticleUpdateBody, AskBody, Asked, CategoryQuery, EditorialArticle, EditorialPage,
  EditorialQuery, ImageParams, InboxPage, InboxQuery, NewsArticle, NewsPage, NewsQuery, PublicQuestion, PublicQuestionPage, PublicQuestionQuery, PublishBody,
  QuestionChanged, QuestionParams, RejectBody, ReturnBody, SlugParams, UploadedImage, VersionBody, Workplaces,
} from './schemas.js';

const qa = ['Hỏi đáp'];
const news = ['Tin tức, thông báo'];

/** Questions are limited per account when signed in, per address otherwise (a person's pace, not a script's). */
const ASK_LIMIT = { max: 10, timeWindow: 10 * 60_000, hook: 'preHandler' as const, keyGenerator: (request: FastifyRequest) => (request.user ? `user:${request.user.id}` : `ip:${request.ip}`) };

export const contentRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  // ---- questions and answers ----

  app.get('/questions', {
    schema: {
      tags: qa, summary: 'Câu hỏi đã được trả lời công khai: tìm không dấu, lọc theo thủ tục, cơ quan', querystring: PublicQuestionQuery,
      response: { 200: PublicQuestionPage, ...errorResponses(400) },
    },
  }, async (request) => publicQuestions(deps, request.query));

  app.post('/questions', {
    schema: {
      tags: qa, summary: 'Đặt câu hỏi về một thủ tục hoặc một chủ đề (người chưa đăng nhập: họ tên và thư điện tử, không công khai)',
      body: AskBody, response: { 201: Asked, ...errorResponses(400, 403, 429) },
    },
    config: { rateLimit: ASK_LIMIT },
  }, async (request, reply) => reply.code(201).send(await askQuestion(deps, request.user ? requireUser(request) : null, request.body)));

  app.get('/questions/inbox', {
    schema: {
      tags: qa, summary: 'Câu hỏi gửi đến cơ quan của cán bộ (chuyên viên, lãnh đạo), cũ trước', querystring: InboxQuery,
      response: { 200: InboxPage, ...errorResponses(400, 401, 403) },
    },
  }, async (request) => inbox(deps, requireUser(request), request.query));

  app.get('/questions/:id', {
    schema: { tags: qa, summary: 'Một câu hỏi đã được trả lời công khai', params: QuestionParams, response: { 200: PublicQuestion, ...errorResponses(404) } },
  }, async (request) => publicQuestion(deps, request.params.id));

  app.post('/questions/:id/answer', {
    schema: {
      tags: qa, summary: 'Chuyên viên, lãnh đạo cơ quan được hỏi trả lời; câu trả lời của lãnh đạo được công bố ngay',
      params: QuestionParams, body: AnswerBody, response: { 200: QuestionChanged, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => answerQuestion(deps, requireUser(request), request.params.id, request.body));

  app.post('/questions/:id/publish', {
    schema: {
      tags: qa, summary: 'Lãnh đạo cơ quan công bố câu trả lời (có thể sửa lại)', params: QuestionParams, body: PublishBody,
      response: { 200: QuestionChanged, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => publishAnswer(deps, requireUser(request), request.params.id, request.body));

  app.post('/questions/:id/reject', {
    schema: {
      tags: qa, summary: 'Từ chối câu hỏi (spam, trùng: trỏ tới câu đã trả lời) có lý do; người hỏi được báo', params: QuestionParams, body: RejectBody,
      response: { 200: QuestionChanged, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => rejectQuestion(deps, requireUser(request), request.params.id, request.body));

  // ---- news: the public ----

  app.get('/news', {
    schema: { tags: news, summary: 'Tin tức, thông báo đã xuất bản, mới trước; lọc theo chuyên mục', querystring: NewsQuery, response: { 200: NewsPage, ...errorResponses(400) } },
  }, async (request) => publicNews(deps, request.query));

  app.get('/news/rss.xml', {
    schema: {
      tags: news, summary: 'Nguồn tin RSS 2.0 (tất cả hoặc một chuyên mục)', querystring: CategoryQuery,
      produces: ['application/rss+xml'], response: { 200: Binary, ...errorResponses(400) },
    },
  }, async (request, reply) => reply.type('application/rss+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(Buffer.from(await newsFeed(deps, request.query.category))));

  app.get('/news/images/:key', {
    schema: { tags: news, summary: 'Ảnh của bài viết (đã mã hóa lại, không còn EXIF)', params: ImageParams, produces: ['image/jpeg', 'image/png'], response: { 200: Binary, ...errorResponses(404) } },
  }, async (request, reply) => {
    const image = await imageFile(deps, request.params.key);
    // Content-addressed by an unguessable key that never changes meaning: kept long by browsers and proxies.
    reply.header('cache-control', 'public, max-age=31536000, immutable').header('x-content-type-options', 'nosniff');
    return sendFile(reply, image.contentType, `anh-${request.params.key.slice(0, 8)}${image.contentType === 'image/png' ? '.png' : '.jpg'}`, image.data);
  });

  app.get('/news/:slug', {
    schema: { tags: news, summary: 'Một bài viết đã xuất bản', params: SlugParams, response: { 200: NewsArticle, ...errorResponses(400, 404) } },
  }, async (request) => publicArticle(deps, request.params.slug));

  // ---- news: editors and approvers ----

  app.get('/editorial/workplaces', {
    schema: { tags: news, summary: 'Cơ quan người dùng biên tập, duyệt bài, trả lời câu hỏi', response: { 200: Workplaces, ...errorResponses(401) } },
  }, async (request) => workplaces(deps, requireUser(request)));

  app.get('/editorial/articles', {
    schema: {
      tags: news, summary: 'Bài viết của cơ quan (biên tập viên, lãnh đạo; quản trị tỉnh: tất cả)', querystring: EditorialQuery,
      response: { 200: EditorialPage, ...errorResponses(400, 401, 403) },
    },
  }, async (request) => editorialArticles(deps, requireUser(request), request.query));

  app.post('/editorial/articles', {
    schema: { tags: news, summary: 'Biên tập viên viết bài (nháp); nội dung được làm sạch trên máy chủ', body: ArticleBody, response: { 201: ArticleCreated, ...errorResponses(400, 401, 403, 409) } },
  }, async (request, reply) => reply.code(201).send(await createArticle(deps, requireUser(request), request.body)));

  app.get('/editorial/articles/:id', {
    schema: { tags: news, summary: 'Bài viết đang biên tập', params: ArticleParams, response: { 200: EditorialArticle, ...errorResponses(401, 404) } },
  }, async (request) => editorialArticle(deps, requireUser(request), request.params.id));

  app.put('/editorial/articles/:id', {
    schema: {
      tags: news, summary: 'Biên tập viên sửa bài nháp, bị trả lại hoặc đã gỡ', params: ArticleParams, body: ArticleUpdateBody,
      response: { 200: ArticleChanged, ...errorResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => updateArticle(deps, requireUser(request), request.params.id, request.body));

  const transition = (path: string, summary: string, run: (id: number, request: FastifyRequest) => Promise<{ status: 'draft' | 'review' | 'published' | 'unpublished'; version: number }>, body = VersionBody as typeof VersionBody | typeof ReturnBody) =>
    app.post(`/editorial/articles/:id/${path}`, {
      schema: { tags: news, summary, params: ArticleParams, body, response: { 200: ArticleChanged, ...errorResponses(400, 401, 403, 404, 409) } },
    }, async (request) => run((request.params as { id: number }).id, request));

  transition('submit', 'Biên tập viên trình duyệt bài viết', (id, r) => submitArticle(deps, requireUser(r), id, (r.body as { version: number }).version));
  transition('approve', 'Lãnh đạo cơ quan (hoặc quản trị tỉnh) duyệt: bài xuất bản từ ngày đăng đã chọn', (id, r) => approveArticle(deps, requireUser(r), id, (r.body as { version: number }).version));
  transition('return', 'Lãnh đạo cơ quan (hoặc quản trị tỉnh) trả lại bài viết kèm ý kiến', (id, r) => returnArticle(deps, requireUser(r), id, r.body as { comment: string; version: number }), ReturnBody);
  transition('unpublish', 'Gỡ bài viết đã xuất bản', (id, r) => unpublishArticle(deps, requireUser(r), id, (r.body as { version: number }).version));

  app.post('/editorial/images', {
    schema: {
      tags: news, summary: 'Tải ảnh cho bài viết (multipart: agencyId, file; JPEG/PNG kiểm tra theo nội dung, mã hóa lại, bỏ EXIF)',
      consumes: ['multipart/form-data'], response: { 201: UploadedImage, ...errorResponses(400, 401, 403, 413, 415) },
    },
  }, async (request, reply) => {
    const user = requireUser(request);
    const { data, field } = await readUpload(request, deps.config.uploadLimitBytes);
    return reply.code(201).send(await uploadImage(deps, user, data, field('agencyId')));
  });
};
