import type { ModuleDeps } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/db.js';
import { errors } from '../../platform/errors.js';
import type { UserPrincipal } from '../../platform/principal.js';
import { agenciesAs, isProvinceAdmin } from './access.js';
import { contentErrors as e } from './errors.js';
import { contentRepository as repo, type ArticleRow } from './repository.js';
import { ARTICLE_CATEGORIES, canRunArticle, slugify, trimmedText, type ArticleAction, type ArticleCategory, type ArticleStatus } from './rules.js';
import { hasContent, imagePath, sanitizeArticleHtml } from './sanitize.js';

/** Announced on every change of an article's state. */
export const ARTICLE_CHANGED = 'content.article-changed';

type ArticleFields = {
  title: string; summary: string; bodyHtml: string; category: ArticleCategory; slug?: string; coverImageKey?: string | null; publishAt?: string | null;
};

// ---- the public ----

export const presentNews = (a: ArticleRow) => ({
  id: a.id, slug: a.slug, title: a.title, summary: a.summary, category: a.category, categoryName: ARTICLE_CATEGORIES[a.category], agencyName: a.agencyName,
  coverImageUrl: a.coverImageKey ? imagePath(a.coverImageKey) : null, publishedAt: a.publishedAt!,
});

export async function publicNews(deps: ModuleDeps, query: { category?: ArticleCategory; page?: number; pageSize?: number }) {
  const pageSize = query.pageSize ?? 10;
  const page = await repo.publicArticles(deps.read, { category: query.category, limit: pageSize, offset: ((query.page ?? 1) - 1) * pageSize });
  return { items: page.items.map(presentNews), total: page.total };
}

export async function publicArticle(deps: ModuleDeps, slug: string) {
  const a = await repo.publicArticle(deps.read, slug);
  if (!a) throw e.articleNotFound();
  return { ...presentNews(a), bodyHtml: a.bodyHtml };
}

// ---- the editors and approvers ----

/** Who may do what with an article: its agency's editors write; its leaders and the province admin approve. */
async function rightsOn(deps: ModuleDeps, user: UserPrincipal, a: Pick<ArticleRow, 'agencyId'>) {
  const canEdit = agenciesAs(user, 'editor').includes(a.agencyId);
  const canApprove = agenciesAs(user, 'leader').includes(a.agencyId) || (await isProvinceAdmin(deps.db, user));
  return { canEdit, canApprove };
}

const presentEditorial = (a: ArticleRow, rights: { canEdit: boolean; canApprove: boolean }) => ({
  id: a.id, agencyId: a.agencyId, agencyName: a.agencyName, slug: a.slug, title: a.title, summary: a.summary, bodyHtml: a.bodyHtml, category: a.category,
  coverImageKey: a.coverImageKey, coverImageUrl: a.coverImageKey ? imagePath(a.coverImageKey) : null, status: a.status, publishAt: a.publishAt,
  publishedAt: a.publishedAt, reviewComment: a.reviewComment, authorName: a.authorName, updatedAt: a.updatedAt, version: a.version, ...rights,
});

/** The articles an official works on: their agencies' as editor or leader; every agency's for the province admin. */
export async function editorialArticles(deps: ModuleDeps, user: UserPrincipal, query: { status?: ArticleStatus; page?: number; pageSize?: number }) {
  const provinceAdmin = await isProvinceAdmin(deps.db, user);
  const agencyIds = agenciesAs(user, 'editor', 'leader');
  if (!provinceAdmin && agencyIds.length === 0) throw e.editorOnly();
  const pageSize = query.pageSize ?? 20;
  const page = await repo.editorialArticles(deps.db, { agencyIds: provinceAdmin ? null : agencyIds, status: query.status, limit: pageSize, offset: ((query.page ?? 1) - 1) * pageSize });
  const editorOf = agenciesAs(user, 'editor');
  const leaderOf = agenciesAs(user, 'leader');
  return {
    items: page.items.map((a) => presentEditorial(a, { canEdit: editorOf.includes(a.agencyId), canApprove: provinceAdmin || leaderOf.includes(a.agencyId) })),
    total: page.total,
  };
}

/** The one access check of an article at work: anyone who neither writes nor approves for its agency is told it does not exist. */
async function workedArticle(deps: ModuleDeps, user: UserPrincipal, id: number) {
  const a = await repo.article(deps.db, id);
  if (!a) throw e.articleNotFound();
  const rights = await rightsOn(deps, user, a);
  if (!rights.canEdit && !rights.canApprove) throw e.articleNotFound();
  return { a, rights };
}

export async function editorialArticle(deps: ModuleDeps, user: UserPrincipal, id: number) {
  const { a, rights } = await workedArticle(deps, user, id);
  return presentEditorial(a, rights);
}

/** The body made safe, the cover checked as the agency's own image, the publication date read. */
async function prepare(deps: ModuleDeps, agencyId: number, input: ArticleFields) {
  const title = trimmedText(input.title, 5);
  if (!title) throw e.tooShort('title', 5);
  const summary = trimmedText(input.summary, 10);
  if (!summary) throw e.tooShort('summary', 10);
  const bodyHtml = sanitizeArticleHtml(input.bodyHtml, deps.config.publicUrl);
  if (!hasContent(bodyHtml)) throw e.bodyEmpty();
  let coverImageId: number | null = null;
  if (input.coverImageKey) {
    const image = await repo.imageByKey(deps.db, input.coverImageKey);
    if (!image || image.agencyId !== agencyId) throw e.imageUnknown();
    coverImageId = image.id;
  }
  return {
    title, summary, bodyHtml, category: input.category, coverImageId,
    publishAt: input.publishAt ? new Date(input.publishAt) : null,
  };
}

/** A slug chosen by the editor must be free; one made from the title gets a number when taken. */
async function freeSlug(deps: ModuleDeps, title: string, chosen: string | undefined, exceptId?: number): Promise<string> {
  if (chosen) {
    if (await repo.slugTaken(deps.db, chosen, exceptId)) throw e.slugTaken();
    return chosen;
  }
  const base = slugify(title);
  if (!base) throw e.slugInvalid();
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.slugTaken(deps.db, slug, exceptId))) return slug;
  }
}

export async function createArticle(deps: ModuleDeps, user: UserPrincipal, input: ArticleFields & { agencyId: number }) {
  if (!agenciesAs(user, 'editor').includes(input.agencyId)) throw e.editorOnly();
  const fields = await prepare(deps, input.agencyId, input);
  const slug = await freeSlug(deps, input.title, input.slug);
  return deps.uow(user, async (uow) => {
    let id: number;
    try {
      id = await repo.insertArticle(uow.tx, { ...fields, agencyId: input.agencyId, slug, authorId: user.id });
    } catch (error) {
      if (isUniqueViolation(error)) throw e.slugTaken();
      throw error;
    }
    uow.audit({ action: 'article.create', entity: 'article', entityId: id, agencyId: input.agencyId, data: { slug } });
    uow.emit(ARTICLE_CHANGED, { articleId: id, agencyId: input.agencyId, from: null, to: 'draft' });
    return { id, slug };
  });
}

async function act(deps: ModuleDeps, user: UserPrincipal, id: number, action: ArticleAction, label: string, who: 'editor' | 'approver' | 'either') {
  const { a, rights } = await workedArticle(deps, user, id);
  const may = who === 'editor' ? rights.canEdit : who === 'approver' ? rights.canApprove : rights.canEdit || rights.canApprove;
  if (!may) throw who === 'editor' ? e.editorOnly() : e.approverOnly();
  if (!canRunArticle(action, a.status)) throw e.articleWrongState(label);
  return a;
}

async function change(deps: ModuleDeps, user: UserPrincipal, a: ArticleRow, version: number, set: Record<string, unknown>, audit: string) {
  return deps.uow(user, async (uow) => {
    try {
      if (!(await repo.updateArticle(uow.tx, a.id, version, set))) throw errors.conflict();
    } catch (error) {
      if (isUniqueViolation(error)) throw e.slugTaken();
      throw error;
    }
    uow.audit({ action: audit, entity: 'article', entityId: a.id, agencyId: a.agencyId, data: set.status ? { status: set.status } : {} });
    if (set.status && set.status !== a.status) uow.emit(ARTICLE_CHANGED, { articleId: a.id, agencyId: a.agencyId, from: a.status, to: set.status });
    return { status: (set.status ?? a.status) as ArticleStatus, version: version + 1 };
  });
}

export async function updateArticle(deps: ModuleDeps, user: UserPrincipal, id: number, input: ArticleFields & { version: number }) {
  const a = await act(deps, user, id, 'edit', 'sửa', 'editor');
  const fields = await prepare(deps, a.agencyId, input);
  const slug = input.slug && input.slug !== a.slug ? await freeSlug(deps, input.title, input.slug, id) : a.slug;
  return change(deps, user, a, input.version, {
    title: fields.title, summary: fields.summary, body_html: fields.bodyHtml, category: fields.category, cover_image_id: fields.coverImageId,
    publish_at: fields.publishAt, slug,
  }, 'article.update');
}

export async function submitArticle(deps: ModuleDeps, user: UserPrincipal, id: number, version: number) {
  const a = await act(deps, user, id, 'submit', 'trình duyệt', 'editor');
  return change(deps, user, a, version, { status: 'review' }, 'article.submit');
}

/** Approved, the article is public from its publish date (now when none, or when that date has passed). */
export async function approveArticle(deps: ModuleDeps, user: UserPrincipal, id: number, version: number) {
  const a = await act(deps, user, id, 'approve', 'duyệt', 'approver');
  const now = new Date();
  const publishedAt = a.publishAt && a.publishAt > now ? a.publishAt : now;
  return change(deps, user, a, version, { status: 'published', published_at: publishedAt, approved_by: user.id, review_comment: null }, 'article.approve');
}

export async function returnArticle(deps: ModuleDeps, user: UserPrincipal, id: number, input: { comment: string; version: number }) {
  const comment = trimmedText(input.comment, 3);
  if (!comment) throw e.tooShort('comment', 3);
  const a = await act(deps, user, id, 'return', 'trả lại', 'approver');
  return change(deps, user, a, input.version, { status: 'draft', review_comment: comment }, 'article.return');
}

/** Taken off the portal (by its editor, a leader or the province admin); edited and submitted again to return. */
export async function unpublishArticle(deps: ModuleDeps, user: UserPrincipal, id: number, version: number) {
  const a = await act(deps, user, id, 'unpublish', 'gỡ', 'either');
  return change(deps, user, a, version, { status: 'unpublished' }, 'article.unpublish');
}

/** The agencies the user writes for, approves for and answers questions for, by name (for the officials' pages). */
export async function workplaces(deps: ModuleDeps, user: UserPrincipal) {
  const provinceAdmin = await isProvinceAdmin(deps.db, user);
  const ids = [...new Set(user.roles.flatMap((r) => (r.agencyId === null ? [] : [r.agencyId])))];
  const names = await repo.agencyNames(deps.db, ids);
  const named = (list: number[]) => [...new Set(list)].filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! }));
  return {
    editorOf: named(agenciesAs(user, 'editor')),
    approverOf: provinceAdmin ? [{ id: 0, name: 'Tất cả cơ quan' }] : named(agenciesAs(user, 'leader')),
    answererOf: named(agenciesAs(user, 'specialist', 'leader')),
  };
}
