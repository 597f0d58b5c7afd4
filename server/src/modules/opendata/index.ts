/**
 * opendata's public face. (Being built: see issue 11.)
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';

export const OWNED_TABLES = [] as const;

export const openDataRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async () => {};

/** The module's background deliveries. */
export const openDataSubscriptions = (_deps: ModuleDeps): Subscription[] => [];

/** The module's scheduled work; returns its stop. */
export function startOpenDataJobs(_deps: ModuleDeps, _log: FastifyBaseLogger): () => Promise<void> {
  return async () => {};
}
