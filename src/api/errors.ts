// Errors the API answers with: a status, a stable code, a message a person can act on,
// and details (such as field paths). Bad input is always a 4xx, never a 500.
// A DomainError (from the core or a use case) is mapped to its status here and only here.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../contract/common.ts';
import type { ErrorKind, MessageParams } from '../core/errors.ts';
import { DomainError } from '../core/errors.ts';
import type { Language } from '../i18n/message.ts';
import { languageOf, render } from '../i18n/render.ts';

export type { ErrorBody };

export const STATUS_OF_KIND: Readonly<Record<ErrorKind, ContentfulStatusCode>> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  unprocessable: 422,
  rateLimited: 429,
};

/** Legacy: an error with a status and an English message; new code throws DomainError. */
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

export const unauthorized = () => new DomainError('unauthorized', 'auth.unauthorized');
export const forbidden = (permission: string) =>
  new DomainError('forbidden', 'auth.forbidden', { permission });
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} was not found`);
export const conflict = (message: string, details?: unknown) =>
  new ApiError(409, 'conflict', message, details);
export const badRequest = (message: string, details?: unknown) =>
  new ApiError(400, 'invalid_request', message, details);

export function errorBody(
  code: string,
  message: string,
  details?: unknown,
  params?: MessageParams,
): ErrorBody {
  return {
    error: {
      code,
      message,
      ...(params === undefined || Object.keys(params).length === 0 ? {} : { params }),
      ...(details === undefined ? {} : { details }),
    },
  };
}

/** The language of a request's messages: Accept-Language, English by default. */
export function requestLanguage(c: Context): Language {
  return languageOf(c.req.header('accept-language'), 'en');
}

/** A coded error as the API answers it, in the caller's language. */
export function domainErrorResponse(c: Context, error: DomainError): Response {
  const message = render(requestLanguage(c), error.code, error.params);
  return c.json(errorBody(error.code, message, error.details, error.params), STATUS_OF_KIND[error.kind]);
}
