// Errors the API answers with: a status, a stable code, a message a person can act on,
// and details (such as field paths). Bad input is always a 4xx, never a 500.
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorBody = {
  error: { code: string; message: string; details?: unknown };
};

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const unauthorized = () => new ApiError(401, 'unauthorized', 'log in first: POST /api/v1/auth/login');
export const forbidden = (what: string) => new ApiError(403, 'forbidden', `your role may not ${what}`);
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} was not found`);
export const conflict = (message: string, details?: unknown) =>
  new ApiError(409, 'conflict', message, details);
export const badRequest = (message: string, details?: unknown) =>
  new ApiError(400, 'invalid_request', message, details);

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}
