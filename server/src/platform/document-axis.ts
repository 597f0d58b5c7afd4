/**
 * The national document axis (Trục liên thông văn bản quốc gia), as the platform's endpoint sees it:
 * send edXML packages and status messages, list what waits for our organs, acknowledge it. Every call
 * has a timeout; a refusal the axis explains (unknown organ) is told apart from its being unavailable.
 */
export type AxisPackage = { packageId: string; kind: 'edxml' | 'status'; from: string; to: string; documentId: string | null; xml: string };

export class AxisRefused extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export type DocumentAxis = {
  /** Sends a package or a status; the axis delivers a key's message once, however often it is sent. */
  send(kind: 'edxml' | 'status', xml: string, idempotencyKey: string): Promise<{ packageId: string }>;
  pending(limit?: number): Promise<AxisPackage[]>;
  ack(packageId: string, to: string): Promise<void>;
};

export function documentAxisClient(options: { url: string; token: string; timeoutMs?: number }): DocumentAxis {
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(options.url + path, {
      ...init, headers: { authorization: `Bearer ${options.token}`, ...init.headers }, signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    const body = await response.json().catch(() => ({})) as { error?: { code?: string; message?: string } } & Record<string, unknown>;
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
      throw new AxisRefused(body.error?.code ?? `HTTP_${response.status}`, body.error?.message ?? `axis refused: ${response.status}`);
    }
    if (!response.ok) throw new Error(`document axis ${path}: ${response.status}`);
    return body;
  };
  return {
    async send(kind, xml, idempotencyKey) {
      const body = await call(kind === 'edxml' ? '/api/packages' : '/api/status', {
        method: 'POST', headers: { 'content-type': 'application/xml; charset=utf-8', 'idempotency-key': idempotencyKey }, body: xml,
      });
      return { packageId: String(body.packageId) };
    },
    async pending(limit = 50) {
      return ((await call(`/api/packages/pending?limit=${limit}`)).packages ?? []) as AxisPackage[];
    },
    async ack(packageId, to) {
      await call(`/api/packages/${encodeURIComponent(packageId)}/ack`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ to }) });
    },
  };
}
