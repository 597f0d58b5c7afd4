/**
 * Content's public face: the public questions and answers (hỏi đáp) and the portal's news and
 * announcements (tin tức, thông báo) with their RSS feed. Reads identity's agency_directory and
 * user_directory views and catalog's procedure_directory.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import { questionNotices } from './notices.js';

export { contentRoutes } from './routes.js';
/** Topics the module announces: an answer made public, a question rejected, an article's change of state. */
export { QUESTION_PUBLISHED, QUESTION_REJECTED } from './questions.js';
export { ARTICLE_CHANGED } from './articles.js';

export const OWNED_TABLES = ['questions', 'articles', 'article_images'] as const;

/** The module's background deliveries: the asker's notice. */
export const contentSubscriptions = (deps: ModuleDeps): Subscription[] => [questionNotices(deps)];

/**
 * The module's scheduled work; returns its stop. None: an article with a future publish date is read as
 * public once its time has come (published_at <= now()), without a job.
 */
export function startContentJobs(_deps: ModuleDeps, _log: FastifyBaseLogger): () => Promise<void> {
  return async () => {};
}
