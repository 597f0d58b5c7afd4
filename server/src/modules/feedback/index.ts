/**
 * feedback's public face. (Being built: see issue 11.)
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';

export const OWNED_TABLES = [] as const;

export const feedbackRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async () => {};

/** Open311 GeoReport v2, mounted at /open311/v2 (outside /api: its clients send an api_key, not a session and CSRF token). */
export const open311Routes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async () => {};

/** The module's background deliveries. */
export const feedbackSubscriptions = (_deps: ModuleDeps): Subscription[] => [];

/** The module's scheduled work; returns its stop. */
export function startFeedbackJobs(_deps: ModuleDeps, _log: FastifyBaseLogger): () => Promise<void> {
  return async () => {};
}
