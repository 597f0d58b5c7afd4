import type { Config } from '../../config.js';

/** The national portal did not acknowledge: unreachable, timed out, or answered with an error (its status, when it answered). */
export class PortalUnavailable extends Error {
  constructor(message: string, readonly status: number | null = null) {
    super(message);
  }
}

export type PortalClient = {
  /** Sends one status change; resolves with the portal's receipt once it acknowledged it. */
  pushChange(message: Record<string, unknown>, idempotencyKey: string, context?: PortalExchange['context']): Promise<{ receipt: string; duplicate: boolean }>;
  /** Dossiers submitted on the portal for the province, after the sequence number `after`. */
  submittedDossiers(after: number, limit: number): Promise<unknown[]>;
  /** The national procedure catalog. */
  procedures(): Promise<unknown[]>;
};

/** One call to the portal as it went, for the integration platform's message log. */
export type PortalExchange = {
  method: string; url: string; status: number; errorCode: string | null; startedAt: Date; finishedAt: Date;
  requestBody: string | null; responseBody: string | null; context: Record<string, string | number | boolean | null>;
};

/**
 * The client of the national public-service portal, or null when none is configured. `onExchange` hears
 * every call once it ended (answered or not), with `context` the caller gave it.
 */
export function portalClient(config: Config['nationalPortal'], onExchange?: (x: PortalExchange) => Promise<void>): PortalClient | null {
  if (!config.url || !config.token) return null;
  const { url, token, timeoutMs, provinceCode } = config;
  const call = async <T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; context?: PortalExchange['context'] } = {}): Promise<T> => {
    const method = init.method ?? 'GET';
    const requestBody = init.body === undefined ? null : JSON.stringify(init.body);
    const startedAt = new Date();
    const heard = (status: number, errorCode: string | null, responseBody: string | null) =>
      onExchange?.({ method, url: url + path, status, errorCode, startedAt, finishedAt: new Date(), requestBody, responseBody, context: init.context ?? {} });
    let response: Response;
    try {
      response = await fetch(url + path, {
        method,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(requestBody === null ? {} : { 'content-type': 'application/json' }), ...init.headers },
        body: requestBody ?? undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error)?.name === 'TimeoutError';
      await heard(0, timedOut ? 'PORTAL_TIMEOUT' : 'PORTAL_UNREACHABLE', null);
      throw new PortalUnavailable(timedOut ? `no answer within ${timeoutMs} ms` : `unreachable: ${(error as Error)?.message ?? error}`);
    }
    const text = await response.text().catch(() => '');
    await heard(response.status, null, text);
    if (!response.ok) {
      let detail = text.slice(0, 300);
      try {
        const parsed = JSON.parse(text) as { error?: { code?: string; message?: string } };
        if (parsed.error) detail = `${parsed.error.code ?? ''} ${parsed.error.message ?? ''}`.trim();
      } catch {
        /* not JSON: the text as it came */
      }
      throw new PortalUnavailable(`HTTP ${response.status}: ${detail}`, response.status);
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new PortalUnavailable(`HTTP ${response.status}: not JSON`, response.status);
    }
  };
  return {
    async pushChange(message, idempotencyKey, context = {}) {
      const answer = await call<{ receipt?: unknown; duplicate?: unknown }>('/api/dossier-sync', { method: 'POST', body: message, headers: { 'idempotency-key': idempotencyKey }, context: { ...context, idempotencyKey } });
      if (typeof answer.receipt !== 'string' || !answer.receipt) throw new PortalUnavailable('acknowledgement without a receipt');
      return { receipt: answer.receipt, duplicate: answer.duplicate === true };
    },
    async submittedDossiers(after, limit) {
      const answer = await call<{ dossiers?: unknown }>(`/api/submitted-dossiers?province=${encodeURIComponent(provinceCode)}&after=${after}&limit=${limit}`);
      if (!Array.isArray(answer.dossiers)) throw new PortalUnavailable('the list of submitted dossiers is missing');
      return answer.dossiers;
    },
    async procedures() {
      const answer = await call<{ procedures?: unknown }>('/api/catalog/procedures');
      if (!Array.isArray(answer.procedures)) throw new PortalUnavailable('the catalog is missing');
      return answer.procedures;
    },
  };
}
