import { randomBytes } from 'node:crypto';
import { PUBLIC, rule, SIGNED_IN, type AccessCase, type Fixtures, type PrincipalName } from './rules.js';
import { samplePng } from '../samples.js';
import type { TestApp } from '../test-app.js';

/**
 * The access-matrix rows of the content module's routes (see ../access-matrix.ts for the principals and
 * the rules), and the content records tests make for themselves (plain SQL, as in ../factories.ts).
 */

let sequence = 0;
const run = randomBytes(3).toString('hex');

export type QuestionState = 'pending' | 'answered' | 'published' | 'rejected';

/** A question to `agencyId` in `state`, asked by a visitor (name and email). */
export async function buildQuestion(t: TestApp, options: { agencyId: number; state?: QuestionState; procedureId?: number; title?: string; body?: string; answer?: string; email?: string }) {
  const n = ++sequence;
  const state = options.state ?? 'pending';
  const answered = state !== 'pending';
  const created = await t.db.query<{ id: number; version: number }>(
    `INSERT INTO questions (agency_id, procedure_id, title, body, asker_name, asker_email, status, answer, answered_at, published_at)
     VALUES ($1, $2, $3, $4, 'Trần Văn Khách', $5, $6, $7, CASE WHEN $8 THEN now() END, CASE WHEN $6 = 'published' THEN now() END) RETURNING id, version`,
    [options.agencyId, options.procedureId ?? null, options.title ?? `Câu hỏi thử nghiệm ${n}-${run}`, options.body ?? 'Nội dung câu hỏi thử nghiệm đủ dài.',
      options.email ?? `khach.${n}.${run}@example.vn`, state, answered ? options.answer ?? 'Câu trả lời thử nghiệm của cơ quan.' : null, answered],
  );
  return created.rows[0]!;
}

export type ArticleState = 'draft' | 'review' | 'published' | 'unpublished';

/** An article of `agencyId` in `state`; a published one is public from `publishedAt` (default: a minute ago). */
export async function buildArticle(t: TestApp, options: { agencyId: number; state?: ArticleState; category?: string; title?: string; publishedAt?: Date; publishAt?: Date | null }) {
  const n = ++sequence;
  const state = options.state ?? 'draft';
  const publishedAt = state === 'published' || state === 'unpublished' ? options.publishedAt ?? new Date(Date.now() - 60_000) : null;
  const created = await t.db.query<{ id: number; slug: string; version: number }>(
    `INSERT INTO articles (agency_id, slug, title, summary, body_html, category, status, publish_at, published_at)
     VALUES ($1, $2, $3, 'Tóm tắt bài viết thử nghiệm.', '<p>Nội dung bài viết thử nghiệm.</p>', $4, $5, $6, $7) RETURNING id, slug, version`,
    [options.agencyId, `bai-thu-nghiem-${n}-${run}`, options.title ?? `Bài viết thử nghiệm ${n} ${run}`, options.category ?? 'activity', state, options.publishAt ?? null, publishedAt],
  );
  return created.rows[0]!;
}

/** An uploaded image of `agencyId`, stored as the upload route would store it. */
export async function buildArticleImage(t: TestApp, agencyId: number) {
  const stored = await t.deps.files.save(t.db, Buffer.from(samplePng), 'image/png');
  const key = randomBytes(16).toString('hex');
  await t.db.query(`INSERT INTO article_images (key, agency_id, sha256, content_type, width, height) VALUES ($1, $2, $3, 'image/png', 1, 1)`, [key, agencyId, stored.sha256]);
  return { key };
}

/** An editor (biên tập viên) of `agencyId`, not signed in. */
export async function insertEditor(t: TestApp, agencyId: number) {
  const user = await t.db.query<{ id: number; username: string }>(
    `INSERT INTO users (username, password_hash, kind, full_name) SELECT $1, password_hash, 'official', 'Biên tập viên thử nghiệm' FROM users WHERE username = 'admin' RETURNING id, username`,
    [`bientap.${++sequence}.${run}`]);
  await t.db.query(`INSERT INTO user_roles (user_id, role, agency_id) VALUES ($1, 'editor', $2)`, [user.rows[0]!.id, agencyId]);
  return user.rows[0]!;
}

function rows(): Record<string, AccessCase | AccessCase[]> {
  const OTHERS_OF_A: PrincipalName[] = ['receptionA', 'clerkA', 'financeA', 'adminA'];
  /** An action on a question to A: `actors` take it; A's other officials are refused; nobody else learns it exists. */
  const questionActionOnA = (...actors: PrincipalName[]) =>
    rule('hidden', { allowed: actors, forbidden: ([...OTHERS_OF_A, 'specialistA', 'leaderA'] as PrincipalName[]).filter((p) => !actors.includes(p)) });
  const questionOfA = (state: QuestionState, path: string, body: (version: number) => unknown): AccessCase['request'] => async (f: Fixtures) => {
    const q = await buildQuestion(f.t, { agencyId: f.agencyA, state });
    return { path: `/api/questions/${q.id}/${path}`, body: body(q.version) };
  };
  const articleOfA = (state: ArticleState, path: string, body: (version: number) => unknown = (version) => ({ version })): AccessCase['request'] => async (f: Fixtures) => {
    const a = await buildArticle(f.t, { agencyId: f.agencyA, state });
    return { path: `/api/editorial/articles/${a.id}${path}`, body: body(a.version) };
  };
  /** A's articles at work: its leader and the province admin approve them (nobody here is A's editor); nobody else learns they exist. */
  const APPROVERS_OF_A = rule('hidden', { allowed: ['leaderA', 'provinceAdmin'] });
  const EDITORS_ONLY_ON_A = rule('hidden', { forbidden: ['leaderA', 'provinceAdmin'] });
  const articleFields = { title: 'Bài viết mới thử nghiệm', summary: 'Tóm tắt bài viết mới thử nghiệm.', bodyHtml: '<p>Nội dung</p>', category: 'announcement' };

  return {
    // ---- questions and answers ----
    'GET /api/questions': { request: () => ({ path: '/api/questions?q=thu+nghiem' }), expect: PUBLIC },
    // Anyone asks (a visitor with a name and an email); each principal asks once, well within the limit.
    'POST /api/questions': {
      expect: PUBLIC,
      request: (f) => ({ path: '/api/questions', body: { title: 'Hỏi về thủ tục thử nghiệm', body: 'Xin hỏi hồ sơ gồm những gì?', procedureId: f.procedureA, name: 'Khách thử nghiệm', email: 'khach@example.vn' } }),
    },
    // Specialists and leaders of any agency read their own agency's questions; other officials and citizens are refused.
    'GET /api/questions/inbox': { request: () => ({ path: '/api/questions/inbox' }), expect: rule('forbidden', { allowed: ['specialistA', 'leaderA', 'specialistB', 'leaderB'] }) },
    'GET /api/questions/{id}': [
      { on: 'published', expect: PUBLIC, request: async (f) => ({ path: `/api/questions/${(await buildQuestion(f.t, { agencyId: f.agencyA, state: 'published' })).id}` }) },
      { on: 'pending', expect: rule('hidden', { hidden: ['anonymous'] }), request: async (f) => ({ path: `/api/questions/${(await buildQuestion(f.t, { agencyId: f.agencyA })).id}` }) },
    ],
    'POST /api/questions/{id}/answer': {
      on: 'pending', expect: questionActionOnA('specialistA', 'leaderA'),
      request: questionOfA('pending', 'answer', (version) => ({ answer: 'Câu trả lời thử nghiệm của cơ quan.', version })),
    },
    'POST /api/questions/{id}/publish': { on: 'answered', expect: questionActionOnA('leaderA'), request: questionOfA('answered', 'publish', (version) => ({ version })) },
    'POST /api/questions/{id}/reject': {
      on: 'pending', expect: questionActionOnA('specialistA', 'leaderA'), request: questionOfA('pending', 'reject', (version) => ({ reason: 'Nội dung quảng cáo', version })),
    },

    // ---- news: the public ----
    'GET /api/news': { request: () => ({ path: '/api/news?category=announcement' }), expect: PUBLIC },
    'GET /api/news/rss.xml': { request: () => ({ path: '/api/news/rss.xml' }), expect: PUBLIC },
    'GET /api/news/images/{key}': { expect: PUBLIC, request: async (f) => ({ path: `/api/news/images/${(await buildArticleImage(f.t, f.agencyA)).key}` }) },
    'GET /api/news/{slug}': [
      { on: 'published', expect: PUBLIC, request: async (f) => ({ path: `/api/news/${(await buildArticle(f.t, { agencyId: f.agencyA, state: 'published' })).slug}` }) },
      { on: 'draft', expect: rule('hidden', { hidden: ['anonymous'] }), request: async (f) => ({ path: `/api/news/${(await buildArticle(f.t, { agencyId: f.agencyA })).slug}` }) },
    ],

    // ---- news: editors and approvers ----
    'GET /api/editorial/workplaces': { request: () => ({ path: '/api/editorial/workplaces' }), expect: SIGNED_IN },
    'GET /api/editorial/articles': { request: () => ({ path: '/api/editorial/articles' }), expect: rule('forbidden', { allowed: ['leaderA', 'leaderB', 'provinceAdmin'] }) },
    // Only editors write (none among the principals: see content.test.ts for the editor's own journey).
    'POST /api/editorial/articles': { request: (f) => ({ path: '/api/editorial/articles', body: { agencyId: f.agencyA, ...articleFields } }), expect: rule('forbidden') },
    'GET /api/editorial/articles/{id}': { on: 'draft', expect: APPROVERS_OF_A, request: articleOfA('draft', '', () => undefined) },
    'PUT /api/editorial/articles/{id}': { on: 'draft', expect: EDITORS_ONLY_ON_A, request: articleOfA('draft', '', (version) => ({ ...articleFields, version })) },
    'POST /api/editorial/articles/{id}/submit': { on: 'draft', expect: EDITORS_ONLY_ON_A, request: articleOfA('draft', '/submit') },
    'POST /api/editorial/articles/{id}/approve': { on: 'review', expect: APPROVERS_OF_A, request: articleOfA('review', '/approve') },
    'POST /api/editorial/articles/{id}/return': { on: 'review', expect: APPROVERS_OF_A, request: articleOfA('review', '/return', (version) => ({ comment: 'Cần bổ sung nguồn', version })) },
    'POST /api/editorial/articles/{id}/unpublish': { on: 'published', expect: APPROVERS_OF_A, request: articleOfA('published', '/unpublish') },
    'POST /api/editorial/images': {
      expect: rule('forbidden'),
      request: (f) => ({ path: '/api/editorial/images', upload: { fields: { agencyId: String(f.agencyA) }, file: { name: 'anh.png', data: samplePng, type: 'image/png' } } }),
    },
  };
}

export const contentAccess: Record<string, AccessCase | AccessCase[]> = rows();
