import type { ModuleDeps } from '../../platform/context.js';
import { logExchange } from '../integration/index.js';
import type { PortalExchange } from './portal-client.js';
import { ONE_STOP_MEMBER } from './registries.js';

/** The national public-service portal as the message log names it. */
export const NATIONAL_PORTAL_MEMBER = 'VN/GOV/000.00.00.G22/DVCQG';

/**
 * Records a call to the national portal in the integration platform's message log (chained and signed
 * like a gateway call; bodies as hashes only). A log that cannot be written does not stop the sync: the
 * call is in this module's own tables either way, and the failure is reported.
 */
export const logPortalExchange = (deps: ModuleDeps, service: string, log?: { warn: (obj: unknown, msg: string) => void }) => async (x: PortalExchange) => {
  try {
    await logExchange(deps, {
      consumer: ONE_STOP_MEMBER, provider: NATIONAL_PORTAL_MEMBER, service, method: x.method, path: x.url, status: x.status, errorCode: x.errorCode,
      startedAt: x.startedAt, finishedAt: x.finishedAt, requestBody: x.requestBody, responseBody: x.responseBody, requestContentType: x.requestBody ? 'application/json' : null,
      responseContentType: 'application/json', retention: 'metadata', context: x.context,
    });
  } catch (error) {
    log?.warn({ err: error, service }, 'national portal exchange not logged');
  }
};
