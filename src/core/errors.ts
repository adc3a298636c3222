// A failure a person can act on, as data: a kind (what the caller did wrong, which the API
// maps to one HTTP status and the CLI to one exit code), a message code and its parameters.
// The text is not here: src/i18n renders the code in Swedish or English for the web app,
// the command line and the documents. Nothing in core writes prose.

/** What went wrong, from the caller's side. */
export type ErrorKind =
  /** The input is malformed or breaks a rule (HTTP 400, exit 2). */
  | 'invalid'
  /** A file or document was read but its content cannot be used (HTTP 422, exit 2). */
  | 'unprocessable'
  /** The thing named does not exist in the caller's organisation (HTTP 404, exit 2). */
  | 'notFound'
  /** Stale, immutable or otherwise in the way of the change (HTTP 409, exit 1). */
  | 'conflict'
  /** No session (HTTP 401). */
  | 'unauthorized'
  /** The caller's role may not do this (HTTP 403). */
  | 'forbidden'
  /** The request or file is larger than allowed (HTTP 413, exit 2). */
  | 'tooLarge'
  /** Too many attempts; try later (HTTP 429). */
  | 'rateLimited';

/** Values a message is rendered from: plain data, never prose. */
export type MessageParams = Readonly<Record<string, string | number | boolean | null>>;

/** A coded message: what a finding, a reason or a warning says, rendered by src/i18n. */
export type CodedMessage = { code: string; params: MessageParams };

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly kind: ErrorKind,
    /** A code of the message catalogue, e.g. "followUp.forecast.commentRequired". */
    readonly code: string,
    readonly params: MessageParams = {},
    /** Data the caller can use to recover, e.g. a 409's current values. */
    readonly details?: unknown,
  ) {
    // The code and its parameters, for logs; people read the catalogue's text.
    super(`${code} ${JSON.stringify(params)}`);
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
