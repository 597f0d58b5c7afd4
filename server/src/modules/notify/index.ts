/** Notifications' public face. Table owned: notifications. */
export { notifyRoutes } from './routes.js';
export { notifySubscriptions } from './subscriptions.js';

export const OWNED_TABLES = ['notifications'] as const;
