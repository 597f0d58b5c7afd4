import { csrf, ensureOk, type Reply } from '../../api/client';

export type PublicQuestion = Reply<'/api/questions/{id}', 'get'>;
export type InboxQuestion = Reply<'/api/questions/inbox', 'get'>['items'][number];
export type NewsItem = Reply<'/api/news', 'get'>['items'][number];
export type NewsArticle = Reply<'/api/news/{slug}', 'get'>;
export type EditorialArticle = Reply<'/api/editorial/articles/{id}', 'get'>;
export type ArticleCategory = NewsItem['category'];
export type ArticleStatus = EditorialArticle['status'];
export type QuestionStatus = InboxQuestion['status'];
export type UploadedImage = { key: string; url: string; width: number; height: number };

export const CATEGORIES: ArticleCategory[] = ['activity', 'announcement', 'new_document', 'new_policy'];

/** An image for an article: re-encoded by the server (no EXIF), served from the platform. */
export async function uploadArticleImage(agencyId: number, file: File): Promise<UploadedImage> {
  const form = new FormData();
  form.append('agencyId', String(agencyId));
  form.append('file', file);
  const response = await ensureOk(await fetch('/api/editorial/images', { method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-csrf-token': await csrf() } }));
  return (await response.json()) as UploadedImage;
}
