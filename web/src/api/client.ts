import createClient from 'openapi-fetch';
import type { paths } from './schema';

/** The JSON body a route answers with, e.g. `Reply<'/api/auth/me', 'get'>`. */
export type Reply<P extends keyof paths, M extends keyof paths[P], S extends number = 200> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** An API failure with the server's stable code and Vietnamese message. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
  }
}

type ErrorBody = { error?: { code?: string; message?: string; details?: unknown } } | undefined;

let csrfToken: Promise<string> | undefined;
const fetchCsrfToken = async () => {
  const response = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  return ((await response.json()) as { token: string }).token;
};
/** The synchronizer token for state-changing calls made outside the typed client (uploads). */
export const csrf = () =>
  (csrfToken ??= fetchCsrfToken().catch((error: unknown) => {
    csrfToken = undefined;
    throw error;
  }));
/** Forgets the token: the server binds it to the session and renews its secret at sign-in, registration and sign-out. */
export const resetCsrf = () => {
  csrfToken = undefined;
};

const isCsrfRefusal = async (response: Response) =>
  response.status === 403 &&
  ((await response.clone().json().catch(() => undefined)) as { error?: { code?: string } } | undefined)?.error?.code === 'CSRF_INVALID';

/**
 * Every state-changing call carries the synchronizer token (the server rejects it otherwise). A
 * token that outlived its session (signed in or out in another tab) is refused once, then renewed.
 */
async function fetchWithCsrf(request: Request): Promise<Response> {
  if (request.method === 'GET' || request.method === 'HEAD') return fetch(request);
  const retry = request.clone();
  request.headers.set('x-csrf-token', await csrf());
  const response = await fetch(request);
  if (!(await isCsrfRefusal(response))) return response;
  resetCsrf();
  retry.headers.set('x-csrf-token', await csrf());
  return fetch(retry);
}

export const api = createClient<paths>({ credentials: 'same-origin', fetch: fetchWithCsrf });

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the server's message. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = error as ErrorBody;
  throw new ApiError(response.status, body?.error?.code ?? 'HTTP_' + response.status, body?.error?.message ?? response.statusText, body?.error?.details);
}

/** Throws the server's error for a failed fetch response. */
export async function ensureOk(response: Response): Promise<Response> {
  if (response.ok) return response;
  const body = (await response.json().catch(() => undefined)) as ErrorBody;
  throw new ApiError(response.status, body?.error?.code ?? `HTTP_${response.status}`, body?.error?.message ?? response.statusText, body?.error?.details);
}
