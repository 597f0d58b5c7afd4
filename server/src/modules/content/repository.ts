import type { Queryable, Tx } from '../../platform/db.js';
import type { ArticleCategory, ArticleStatus, QuestionStatus } from './rules.js';

/**
 * All SQL of the content module: questions, articles and their images. Agencies and people are read
 * through identity's published views, procedures through catalog's procedure_directory.
 */

export type QuestionRow = {
  id: number; agencyId: number; agencyName: string; procedureId: number | null; procedureName: string | null; title: string; body: string;
  askerId: number | null; askerName: string; askerEmail: string | null; hideName: boolean; status: QuestionStatus; answer: string | null;
  answeredBy: number | null; answeredByName: string | null; answeredAt: Date | null; publishedAt: Date | null; rejectReason: string | null;
  duplicateOf: number | null; createdAt: Date; version: number;
};

const questionColumns = `q.id, q.agency_id AS "agencyId", ag.name AS "agencyName", q.procedure_id AS "procedureId", pd.name AS "procedureName",
  q.title, q.body, q.asker_id AS "askerId", q.asker_name AS "askerName", q.asker_email AS "askerEmail", q.hide_name AS "hideName", q.status,
  q.answer, q.answered_by AS "answeredBy", au.full_name AS "answeredByName", q.answered_at AS "answeredAt", q.published_at AS "publishedAt",
  q.reject_reason AS "rejectReason", q.duplicate_of AS "duplicateOf", q.created_at AS "createdAt", q.version`;
const questionJoins = `JOIN agency_directory ag ON ag.id = q.agency_id LEFT JOIN procedure_directory pd ON pd.id = q.procedure_id
  LEFT JOIN user_directory au ON au.id = q.answered_by`;

export type PublicQuestionFilter = { tsquery?: string; procedureId?: number; agencyId?: number; limit: number; offset: number };
export type InboxFilter = { agencyIds: number[]; status?: QuestionStatus; limit: number; offset: number };

export type ArticleRow = {
  id: number; agencyId: number; agencyName: string; slug: string; title: string; summary: string; bodyHtml: string; category: ArticleCategory;
  coverImageKey: string | null; coverImageType: string | null; coverImageId: number | null; status: ArticleStatus; publishAt: Date | null; publishedAt: Date | null;
  reviewComment: string | null; authorId: number | null; authorName: string | null; approvedBy: number | null; createdAt: Date; updatedAt: Date; version: number;
};

const articleColumns = `a.id, a.agency_id AS "agencyId", ag.name AS "agencyName", a.slug, a.title, a.summary, a.body_html AS "bodyHtml", a.category,
  img.key AS "coverImageKey", img.content_type AS "coverImageType", a.cover_image_id AS "coverImageId", a.status, a.publish_at AS "publishAt", a.published_at AS "publishedAt",
  a.review_comment AS "reviewComment", a.author_id AS "authorId", u.full_name AS "authorName", a.approved_by AS "approvedBy",
  a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.version`;
const articleJoins = `JOIN agency_directory ag ON ag.id = a.agency_id LEFT JOIN article_images img ON img.id = a.cover_image_id
  LEFT JOIN user_directory u ON u.id = a.author_id`;

export type NewArticle = {
  agencyId: number; slug: string; title: string; summary: string; bodyHtml: string; category: ArticleCategory; coverImageId: number | null;
  publishAt: Date | null; authorId: number | null;
};

/** An article is public once approved and its publication time has come: read time decides, no job needed. */
const PUBLIC_ARTICLE = `a.status = 'published' AND a.published_at <= now()`;

export const contentRepository = {
  // ---- questions ----

  async insertQuestion(tx: Tx, q: {
    agencyId: number; procedureId: number | null; title: string; body: string; askerId: number | null; askerName: string; askerEmail: string | null; hideName: boolean;
  }): Promise<number> {
    return (await tx.query<{ id: number }>(
      `INSERT INTO questions (agency_id, procedure_id, title, body, asker_id, asker_name, asker_email, hide_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [q.agencyId, q.procedureId, q.title, q.body, q.askerId, q.askerName, q.askerEmail, q.hideName])).rows[0]!.id;
  },

  async question(db: Queryable, id: number, lock = false): Promise<QuestionRow | undefined> {
    return (await db.query<QuestionRow>(`SELECT ${questionColumns} FROM questions q ${questionJoins} WHERE q.id = $1 ${lock ? 'FOR UPDATE OF q' : ''}`, [id])).rows[0];
  },

  /** Changes a question if it is still at `version` (optimistic): false when someone changed it meanwhile. */
  async updateQuestion(tx: Tx, id: number, version: number, set: Record<string, unknown>): Promise<boolean> {
    const entries = Object.entries(set);
    const assignments = entries.map(([column], i) => `${column} = $${i + 3}`).join(', ');
    const result = await tx.query(`UPDATE questions SET ${assignments}, version = version + 1 WHERE id = $1 AND version = $2`,
      [id, version, ...entries.map(([, value]) => value)]);
    return result.rowCount === 1;
  },

  /** Published questions, newest first or by relevance when words are given, with their total. */
  async publicQuestions(db: Queryable, f: PublicQuestionFilter): Promise<{ items: QuestionRow[]; total: number }> {
    const values: unknown[] = [];
    const where = [`q.status = 'published'`];
    if (f.tsquery) where.push(`q.search_vector @@ to_tsquery('simple', $${values.push(f.tsquery)})`);
    if (f.procedureId) where.push(`q.procedure_id = $${values.push(f.procedureId)}`);
    if (f.agencyId) where.push(`q.agency_id = $${values.push(f.agencyId)}`);
    const order = f.tsquery ? `ts_rank(q.search_vector, to_tsquery('simple', $1)) DESC, q.published_at DESC, q.id DESC` : 'q.published_at DESC, q.id DESC';
    const rows = await db.query<QuestionRow & { total: string }>(
      `SELECT ${questionColumns}, count(*) OVER () AS total FROM questions q ${questionJoins}
        WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${values.push(f.limit)} OFFSET $${values.push(f.offset)}`, values);
    const total = rows.rows[0] ? Number(rows.rows[0].total) : f.offset > 0 ? await this.countPublic(db, f) : 0;
    return { items: rows.rows.map(({ total: _t, ...q }) => q), total };
  },

  async countPublic(db: Queryable, f: PublicQuestionFilter): Promise<number> {
    const values: unknown[] = [];
    const where = [`q.status = 'published'`];
    if (f.tsquery) where.push(`q.search_vector @@ to_tsquery('simple', $${values.push(f.tsquery)})`);
    if (f.procedureId) where.push(`q.procedure_id = $${values.push(f.procedureId)}`);
    if (f.agencyId) where.push(`q.agency_id = $${values.push(f.agencyId)}`);
    return Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM questions q WHERE ${where.join(' AND ')}`, values)).rows[0]!.n);
  },

  /** An agency's questions, by state, oldest first: the officials' inbox. */
  async inbox(db: Queryable, f: InboxFilter): Promise<{ items: QuestionRow[]; total: number }> {
    const values: unknown[] = [f.agencyIds];
    const where = ['q.agency_id = ANY($1::bigint[])'];
    if (f.status) where.push(`q.status = $${values.push(f.status)}`);
    const rows = await db.query<QuestionRow & { total: string }>(
      `SELECT ${questionColumns}, count(*) OVER () AS total FROM questions q ${questionJoins}
        WHERE ${where.join(' AND ')} ORDER BY q.created_at, q.id LIMIT $${values.push(f.limit)} OFFSET $${values.push(f.offset)}`, values);
    return { items: rows.rows.map(({ total: _t, ...q }) => q), total: rows.rows[0] ? Number(rows.rows[0].total) : 0 };
  },

  async isPublished(db: Queryable, id: number): Promise<boolean> {
    return (await db.query(`SELECT 1 FROM questions WHERE id = $1 AND status = 'published'`, [id])).rowCount === 1;
  },

  // ---- places a question is addressed to ----

  /** A published procedure and its agency. */
  async publishedProcedure(db: Queryable, id: number): Promise<{ id: number; agencyId: number } | undefined> {
    return (await db.query<{ id: number; agencyId: number }>(
      'SELECT id, agency_id AS "agencyId" FROM procedure_directory WHERE id = $1 AND published', [id])).rows[0];
  },

  async agencyExists(db: Queryable, id: number): Promise<boolean> {
    return (await db.query('SELECT 1 FROM agency_directory WHERE id = $1', [id])).rowCount === 1;
  },

  async agencyNames(db: Queryable, ids: number[]): Promise<Map<number, string>> {
    const rows = await db.query<{ id: number; name: string }>('SELECT id, name FROM agency_directory WHERE id = ANY($1::bigint[])', [ids]);
    return new Map(rows.rows.map((r) => [r.id, r.name]));
  },

  /** The province's root agency (its People's Committee and office): where a question on no procedure goes by default. */
  async provinceAgency(db: Queryable): Promise<number> {
    return (await db.query<{ id: number }>('SELECT id FROM agency_directory WHERE parent_id IS NULL ORDER BY id LIMIT 1')).rows[0]!.id;
  },

  // ---- articles ----

  async insertArticle(tx: Tx, a: NewArticle): Promise<number> {
    return (await tx.query<{ id: number }>(
      `INSERT INTO articles (agency_id, slug, title, summary, body_html, category, cover_image_id, publish_at, author_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [a.agencyId, a.slug, a.title, a.summary, a.bodyHtml, a.category, a.coverImageId, a.publishAt, a.authorId])).rows[0]!.id;
  },

  async article(db: Queryable, id: number, lock = false): Promise<ArticleRow | undefined> {
    return (await db.query<ArticleRow>(`SELECT ${articleColumns} FROM articles a ${articleJoins} WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`, [id])).rows[0];
  },

  async updateArticle(tx: Tx, id: number, version: number, set: Record<string, unknown>): Promise<boolean> {
    const entries = Object.entries(set);
    const assignments = entries.map(([column], i) => `${column} = $${i + 3}`).join(', ');
    const result = await tx.query(`UPDATE articles SET ${assignments}${assignments ? ', ' : ''}version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`,
      [id, version, ...entries.map(([, value]) => value)]);
    return result.rowCount === 1;
  },

  async slugTaken(db: Queryable, slug: string, exceptId?: number): Promise<boolean> {
    return (await db.query('SELECT 1 FROM articles WHERE slug = $1 AND id <> $2', [slug, exceptId ?? 0])).rowCount === 1;
  },

  async publicArticle(db: Queryable, slug: string): Promise<ArticleRow | undefined> {
    return (await db.query<ArticleRow>(`SELECT ${articleColumns} FROM articles a ${articleJoins} WHERE a.slug = $1 AND ${PUBLIC_ARTICLE}`, [slug])).rows[0];
  },

  async publicArticles(db: Queryable, f: { category?: ArticleCategory; limit: number; offset: number }): Promise<{ items: ArticleRow[]; total: number }> {
    const values: unknown[] = [];
    const where = [PUBLIC_ARTICLE];
    if (f.category) where.push(`a.category = $${values.push(f.category)}`);
    const [rows, count] = await Promise.all([
      db.query<ArticleRow>(`SELECT ${articleColumns} FROM articles a ${articleJoins} WHERE ${where.join(' AND ')}
        ORDER BY a.published_at DESC, a.id DESC LIMIT $${values.length + 1} OFFSET $${values.length + 2}`, [...values, f.limit, f.offset]),
      db.query<{ n: string }>(`SELECT count(*) AS n FROM articles a WHERE ${where.join(' AND ')}`, values),
    ]);
    return { items: rows.rows, total: Number(count.rows[0]!.n) };
  },

  /** Articles of the agencies (all of them for the province admin: `agencyIds` null), most recently changed first. */
  async editorialArticles(db: Queryable, f: { agencyIds: number[] | null; status?: ArticleStatus; limit: number; offset: number }) {
    const values: unknown[] = [];
    const where = ['true'];
    if (f.agencyIds) where.push(`a.agency_id = ANY($${values.push(f.agencyIds)}::bigint[])`);
    if (f.status) where.push(`a.status = $${values.push(f.status)}`);
    const rows = await db.query<ArticleRow & { total: string }>(
      `SELECT ${articleColumns}, count(*) OVER () AS total FROM articles a ${articleJoins} WHERE ${where.join(' AND ')}
        ORDER BY a.updated_at DESC, a.id DESC LIMIT $${values.push(f.limit)} OFFSET $${values.push(f.offset)}`, values);
    return { items: rows.rows.map(({ total: _t, ...a }) => a as ArticleRow), total: rows.rows[0] ? Number(rows.rows[0].total) : 0 };
  },

  // ---- images ----

  async insertImage(tx: Tx, i: { key: string; agencyId: number; sha256: string; contentType: string; width: number; height: number; createdBy: number }) {
    return (await tx.query<{ id: number }>(
      `INSERT INTO article_images (key, agency_id, sha256, content_type, width, height, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [i.key, i.agencyId, i.sha256, i.contentType, i.width, i.height, i.createdBy])).rows[0]!.id;
  },

  async imageByKey(db: Queryable, key: string) {
    return (await db.query<{ id: number; agencyId: number; sha256: string; contentType: string }>(
      'SELECT id, agency_id AS "agencyId", sha256, content_type AS "contentType" FROM article_images WHERE key = $1', [key])).rows[0];
  },

  async image(db: Queryable, id: number) {
    return (await db.query<{ id: number; agencyId: number; key: string }>('SELECT id, agency_id AS "agencyId", key FROM article_images WHERE id = $1', [id])).rows[0];
  },
};
