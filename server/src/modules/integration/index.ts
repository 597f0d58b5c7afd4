/**
 * integration's public face: the province's integration and data-sharing platform (LGSP, issue 10).
 * Member systems (X-Road identifiers INSTANCE/CLASS/MEMBER_CODE/SUBSYSTEM, e.g. VN/GOV/000.00.00.H37/MOTCUA)
 * with OAuth2 client credentials and optional mutual TLS; published services (upstream, OpenAPI operations,
 * body retention, timeout); grants of a service or of single operations; the gateway at /lgsp; the message
 * log, hash-chained by a sealer, checkpointed with the platform key, verified, archived; signed receipts.
 *
 * The HTTP gateway (`gatewayCalls`, the request listener's first look, wired in app.ts before Fastify routes,
 * and `gatewayRoutes` at /lgsp for the token endpoint, receipts and calls that come through Fastify) answers a
 * call only once its log entry is committed: entries of concurrent calls are written together (group commit),
 * and a call whose entry cannot be written gets LGSP_LOG_UNAVAILABLE (503) instead of the upstream's answer.
 * Each node keeps members, services, grants and the tokens it has seen in memory and hears every change of
 * them at its commit (LISTEN lgsp_registry): a revoked grant, a suspended member or a withdrawn token is
 * refused on every node as soon as it hears (milliseconds; before, a node re-read its copy once a second).
 *
 * ## Contract for in-platform callers (stable; other modules import only from this file)
 *
 * `callService(deps, call): Promise<ServiceResponse>` does what the HTTP gateway does, for a module of the
 * platform calling a published service as a member system (no token: the module names its member):
 *   call = { consumer: member identifier, service: service code, operation?: operationId it must be,
 *            method, path (under the service, starting with "/"), query?: object or string,
 *            body?: bytes | text | JSON value, headers?, context?: { userId?, dossierId?, … } }
 *   - checks the member (LGSP_UNKNOWN_MEMBER, LGSP_MEMBER_SUSPENDED), the service (LGSP_SERVICE_UNKNOWN,
 *     LGSP_SERVICE_DISABLED), the grant (LGSP_SERVICE_NOT_GRANTED, LGSP_OPERATION_UNKNOWN,
 *     LGSP_OPERATION_NOT_GRANTED): each refusal throws an AppError with that code (statuses 401/403/404/503);
 *   - forwards to the upstream with the service's timeout: LGSP_UPSTREAM_TIMEOUT (504),
 *     LGSP_UPSTREAM_UNREACHABLE (502), LGSP_BODY_TOO_LARGE (413) are thrown as AppErrors;
 *   - any HTTP answer of the upstream, 4xx and 5xx included, is returned (never thrown):
 *     { messageId, status, headers, body: Buffer, requestHash, responseHash, json() };
 *   - the exchange (refusals after the service is known, failures and answers) is in the message log
 *     (committed) when the promise settles, with `context` recorded in the entry; when it cannot be written
 *     the promise rejects with LGSP_LOG_UNAVAILABLE (503), the answer withheld.
 *
 * `logExchange(deps, exchange): Promise<{ messageId, requestHash, responseHash }>` records in the message
 * log (chained and signed like every entry) an exchange a module made itself, e.g. the national portal
 * sync: { consumer, provider?, service (a code naming the kind of exchange), operation?, method, path (or a
 * full URL), query?, status (0 when no answer), errorCode?, startedAt, finishedAt?, requestBody?,
 * responseBody?, retention?: 'full' | 'metadata' (default), context? }. Resolves once committed.
 *
 * `provisionIntegration(tx, { members?, services?, grants? })` makes sure members, services and grants exist
 * (idempotent, in the caller's transaction): for demo seeds of modules that publish services (base registries).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import { startLogJobs } from './jobs.js';

export { callService, logExchange } from './calls.js';
export type { ServiceCall, ServiceResponse, Exchanged } from './calls.js';
export { provisionIntegration } from './provision.js';
export type { MemberSpec, ServiceSpec, GrantSpec } from './provision.js';
export { integrationRoutes } from './routes.js';
export { gatewayCalls, gatewayRoutes } from './gateway-routes.js';
export { gatewayTlsOptions } from './tls.js';
export { verifyMessageLog, sealMessages, writeCheckpoint, archiveBodies } from './message-log.js';

export const OWNED_TABLES = [
  'lgsp_members', 'lgsp_services', 'lgsp_grants', 'lgsp_tokens', 'lgsp_registry_state', 'lgsp_messages', 'lgsp_message_archive', 'lgsp_chain_head', 'lgsp_checkpoints',
] as const;

/** The module's background deliveries: none (the log is written after each exchange, sealed by its job). */
export const integrationSubscriptions = (_deps: ModuleDeps): Subscription[] => [];

/** The module's scheduled work (sealing the message log, signing checkpoints, archiving bodies, dropping expired tokens); returns its stop. */
export function startIntegrationJobs(deps: ModuleDeps, log: FastifyBaseLogger): () => Promise<void> {
  return startLogJobs(deps, log);
}
