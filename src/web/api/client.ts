// Talks to /api/v1 with the session cookie; writes send the CSRF token from login.
import type { Session } from './types.ts';

export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly retryAfter: number | null;
  /** The error's details as the API sends them (e.g. a 409's current values). */
  readonly details: unknown;
  constructor(status: number, code: string, message: string, retryAfter: number | null, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
    this.details = details;
  }
}

let csrfToken: string | null = null;

/** The API's error answer as an ApiRequestError (the status line when it is not JSON). */
async function failure(response: Response): Promise<ApiRequestError> {
  let code = 'http_error';
  let message = `${response.status} ${response.statusText}`;
  let details: unknown;
  try {
    const data = (await response.json()) as {
      error?: { code?: string; message?: string; details?: unknown };
    };
    code = data.error?.code ?? code;
    message = data.error?.message ?? message;
    details = data.error?.details;
  } catch {
    // not JSON: keep the status line
  }
  const retry = Number(response.headers.get('retry-after'));
  return new ApiRequestError(
    response.status,
    code,
    message,
    Number.isFinite(retry) && retry > 0 ? retry : null,
    details,
  );
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  /** A write (POST, PUT, PATCH, DELETE) with the CSRF token; a 409 arrives as ApiRequestError status 409. */
  send: <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
    request<T>(method, path, body),
  /**
   * Sends a file's bytes as the body (e.g. an XLSX import) with the CSRF token; errors as
   * `send`. A File or Blob is streamed by the browser, with its Content-Length.
   */
  async upload<T>(path: string, bytes: ArrayBuffer | Blob, contentType: string): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', 'content-type': contentType };
    if (csrfToken !== null) headers['x-csrf-token'] = csrfToken;
    const response = await fetch(`/api/v1${path}`, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: bytes,
    });
    if (!response.ok) throw await failure(response);
    return (await response.json()) as T;
  },
  async login(username: string, password: string): Promise<Session> {
    const session = await request<Session>('POST', '/auth/login', { username, password });
    csrfToken = session.csrfToken;
    return session;
  },
  /** The current session, or null when not logged in. */
  async session(): Promise<Session | null> {
    try {
      const session = await request<Session>('GET', '/auth/session');
      csrfToken = session.csrfToken;
      return session;
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 401) return null;
      throw error;
    }
  },
  async logout(): Promise<void> {
    await request<undefined>('POST', '/auth/logout');
    csrfToken = null;
  },
};
