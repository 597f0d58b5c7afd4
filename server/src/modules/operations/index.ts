/** Operations' public face: the platform's background work as administrators see it. Owns no table. */
export { operationsRoutes } from './routes.js';

export const OWNED_TABLES = [] as const;
