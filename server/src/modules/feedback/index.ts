/**
 * Feedback's public face: citizens' reports (phản ánh kiến nghị) with location and photos, routed to the
 * responsible agency by category and administrative area, answered by staff and approved by a leader,
 * escalated when late; the Open311 GeoReport v2 API. Reads identity's agency_directory and
 * user_directory views; asks the calendar for deadlines; asks notify for in-app notifications through
 * the generic IN_APP_REQUESTED topic.
 *
 * A report's life: submitted (chờ tiếp nhận) → in_progress → awaiting_approval (a drafted answer waits for a
 * leader; returned: back to in_progress) → answered (public, sent) → closed; or rejected (spam, invalid) or
 * merged into another report. A re-route sends it back to submitted at the new agency with a new deadline.
 * The public list and map show in_progress, awaiting_approval, answered and closed ones; a report's code opens
 * it in any status. Overdue: open past its deadline; escalated once to the agency's leaders.
 */
import { sealTextColumn } from '../../platform/personal-data.js';
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import { feedbackSubscriptions as subscriptions, startEscalationScan } from './subscriptions.js';

export { feedbackRoutes } from './routes.js';
/** Open311 GeoReport v2, mounted at /open311/v2 (outside /api: its clients send an api_key, not a session and CSRF token). */
export { open311Routes } from './open311.js';
export { feedbackSettings } from './settings.js';
export { escalateOverdue } from './subscriptions.js';
/** Per agency and month: received, answered on time / late, open, open overdue (dashboards, open data). */
export { feedbackStatistics } from './service.js';
/** Topics the module announces: every change of a report, an escalation, and in-app notices for notify. */
export { FEEDBACK_CHANGED, FEEDBACK_ESCALATED } from './service.js';
export { open311Status, FEEDBACK_STATUSES, type FeedbackStatus } from './rules.js';

export const OWNED_TABLES = [
  'feedback_categories', 'feedback_areas', 'feedback_open311_keys', 'feedback_reports', 'feedback_photos', 'feedback_answers', 'feedback_history',
  'feedback_subscriptions', 'feedback_ratings', 'feedback_messages',
] as const;

/** The module's background deliveries: messages to reporters and followers. */
export const feedbackSubscriptions = (deps: ModuleDeps): Subscription[] => subscriptions(deps);

/** The module's scheduled work (the escalation scan); returns its stop. */
export function startFeedbackJobs(deps: ModuleDeps, log: FastifyBaseLogger): () => Promise<void> {
  return startEscalationScan(deps, log);
}

/** Its personal data sealed at rest (platform/personal-data.ts): the reporter's phone. */
export const feedbackPersonalData = [sealTextColumn('feedback_reports', 'reporter_phone')];
