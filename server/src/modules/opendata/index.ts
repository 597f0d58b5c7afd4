/**
 * Open data's public face: data sets (the procedure catalog, monthly one-stop statistics per agency)
 * published as CSV and JSON snapshots rebuilt on a schedule, a catalog shaped like CKAN's Action API v3
 * (/api/3/action/...), downloads with ETag and Last-Modified, and the province admin's refresh. Reads
 * catalog's procedure_directory, dossiers' dossier_directory and identity's agency_directory views, and
 * the catalog's and dossiers' public faces.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import { repeat } from '../../platform/repeat.js';
import { buildDue } from './service.js';

export { openDataRoutes } from './routes.js';

export const OWNED_TABLES = ['open_data_builds', 'open_data_snapshots'] as const;

/** The module's background deliveries: none, its work is on a schedule. */
export const openDataSubscriptions = (_deps: ModuleDeps): Subscription[] => [];

/**
 * Looks every minute for data sets due (hourly each): safe on several nodes, each due build runs on
 * one of them (see buildDue). Returns its stop.
 */
export function startOpenDataJobs(deps: ModuleDeps, log: Pick<FastifyBaseLogger, 'error'>, options: { intervalMs?: number; firstDelayMs?: number } = {}): () => Promise<void> {
  const poller = repeat(async () => {
    await buildDue(deps, log);
  }, { intervalMs: options.intervalMs ?? 60_000, firstDelayMs: options.firstDelayMs ?? 5_000, onError: (error) => log.error({ err: error }, 'open data poll failed') });
  return poller.stop;
}
