import { foldVietnamese } from '../../platform/search-text.js';

/** Categories of news (chuyên mục): their codes and Vietnamese names. */
export const ARTICLE_CATEGORIES = {
  activity: 'Tin hoạt động',
  announcement: 'Thông báo',
  new_document: 'Văn bản mới',
  new_policy: 'Chính sách mới',
} as const;
export type ArticleCategory = keyof typeof ARTICLE_CATEGORIES;
export const CATEGORY_CODES = Object.keys(ARTICLE_CATEGORIES) as ArticleCategory[];

export type ArticleStatus = 'draft' | 'review' | 'published' | 'unpublished';
export type ArticleAction = 'edit' | 'submit' | 'approve' | 'return' | 'unpublish';

/** An article's life: draft → review → published → unpublished; a returned or unpublished article is edited again. */
const ARTICLE_FLOW: Record<ArticleAction, ArticleStatus[]> = {
  edit: ['draft', 'unpublished'],
  submit: ['draft', 'unpublished'],
  approve: ['review'],
  return: ['review'],
  unpublish: ['published'],
};
export const canRunArticle = (action: ArticleAction, status: ArticleStatus) => ARTICLE_FLOW[action].includes(status);

export type QuestionStatus = 'pending' | 'answered' | 'published' | 'rejected';
export type QuestionAction = 'answer' | 'publish' | 'reject';

/** A question: pending → answered (by a specialist) → published (by a leader); a leader's answer is published at once; staff reject a pending or answered one. */
const QUESTION_FLOW: Record<QuestionAction, QuestionStatus[]> = {
  answer: ['pending', 'answered'],
  publish: ['answered'],
  reject: ['pending', 'answered'],
};
export const canRunQuestion = (action: QuestionAction, status: QuestionStatus) => QUESTION_FLOW[action].includes(status);

/**
 * The name shown with a public question: the given name alone (the last word of a Vietnamese full name),
 * or "Công dân" when the asker asked to hide it. Never the email, never the full name.
 */
export function publicAskerName(fullName: string, hide: boolean): string {
  if (hide) return 'Công dân';
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  return words.at(-1) ?? 'Công dân';
}

/** An article's address from its title: folded to ASCII, words joined by hyphens, at most 80 characters on a word boundary. */
export function slugify(title: string): string {
  const words = foldVietnamese(title).split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 80) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, 80) || '';
}

export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** Text trimmed, or null when what is left is shorter than `min` characters. */
export function trimmedText(text: string, min: number): string | null {
  const trimmed = text.trim();
  return Array.from(trimmed).length >= min ? trimmed : null;
}
