/**
 * Notifications' public face: in-app notifications, email, SMS and app messages by the user's choice,
 * the officers' daily digest. Tables owned: notifications, notification_preferences, outbound_messages,
 * notification_digests.
 */
export { notifyRoutes } from './routes.js';
export { IN_APP_REQUESTED, notifySubscriptions, startDigests, type InAppRequest } from './subscriptions.js';

export const OWNED_TABLES = ['notifications', 'notification_preferences', 'outbound_messages', 'notification_digests'] as const;
