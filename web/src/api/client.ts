import type { Problem } from './types.ts';

/** A failed request, carrying the server's problem details; `detail` is written for people. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

/** Anything thrown, as an ApiError a screen can show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    type: 'about:blank',
    title: 'Unexpected error',
    status: 0,
    code: 'CLIENT_ERROR',
    detail: error instanceof Error ? error.message : 'Something went wrong in the console. Reload the page.',
  });
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | undefined;
let onSessionEnded: () => void = () => {};

/** Called when the server says the session is gone (expired, signed out elsewhere). */
export function setSessionEndedHandler(handler: () => void): void {
  onSessionEnded = handler;
}

/** A fresh CSRF token for state changes; the server ties it to our CSRF cookie. */
export async function refreshCsrfToken(): Promise<void> {
  csrfToken = (await send<{ csrfToken: string }>('GET', '/api/v1/auth/csrf')).csrfToken;
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const body = (await response.json().catch(() => undefined)) as Partial<Problem> | undefined;
    if (body && typeof body.detail === 'string') return body as Problem;
  }
  return {
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    code: 'HTTP_ERROR',
    detail: `The server answered ${response.status} ${response.statusText}. Try again in a moment.`,
  };
}

async function send<T>(
  method: Method,
  path: string,
  body?: unknown,
  canRetry = true,
  contentType = 'application/json',
  signal?: AbortSignal,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const changes = method !== 'GET';
  if (changes && !csrfToken) await refreshCsrfToken();
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['content-type'] = contentType;
  if (changes && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      signal,
      body:
        body === undefined
          ? undefined
          : contentType === 'application/json'
            ? JSON.stringify(body)
            : String(body),
    });
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: 'Offline',
      status: 0,
      code: 'NETWORK_ERROR',
      detail: 'Cannot reach the Amends server. Check your connection and try again.',
    });
  }
  if (response.ok) return (response.status === 204 ? undefined : await response.json()) as T;
  const problem = await readProblem(response);
  // The token can go stale (a new CSRF cookie, a restart): get a fresh one and try once more.
  if (changes && canRetry && problem.code === 'CSRF_TOKEN_INVALID') {
    await refreshCsrfToken();
    return send<T>(method, path, body, false, contentType, signal, extraHeaders);
  }
  if (problem.code === 'UNAUTHENTICATED') onSessionEnded();
  throw new ApiError(problem);
}

export const http = {
  get: <T>(path: string) => send<T>('GET', path),
  /** `signal` cancels the request (the coach's, when the draft changes before it answers). */
  post: <T>(path: string, body?: unknown, signal?: AbortSignal) =>
    send<T>('POST', path, body, true, 'application/json', signal),
  /** A body that is not JSON, e.g. a CSV upload as text/csv. */
  postText: <T>(path: string, text: string, contentType: string) =>
    send<T>('POST', path, text, true, contentType),
  /** A creating POST with its Idempotency-Key: the same key for every retry of one click. */
  postOnce: <T>(path: string, body: unknown, key: string) =>
    send<T>('POST', path, body, true, 'application/json', undefined, { 'idempotency-key': key }),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body),
  delete: <T>(path: string) => send<T>('DELETE', path),
};
