// Failures of plan-store operations, mapped by the API to 404, 409 and 400.
export class NotFoundError extends Error {}

/** A write that would lose or break something: stale, or against an immutable version. */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }
}

/** The change would leave the plan invalid; issues carry the document paths. */
export class InvalidChangeError extends Error {
  constructor(
    message: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(message);
  }
}
