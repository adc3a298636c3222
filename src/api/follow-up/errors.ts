// Bad input to the follow-up, from the request or found by the core calculators: the API
// answers 400 and the command line exits 2, with the calculators' own message.
import type { Context } from 'hono';
import type { Transaction } from 'kysely';
import type { Ore } from '../../core/money/money.ts';
import { AccountMappingError } from '../../core/outcome/accounts.ts';
import { ForecastError } from '../../core/outcome/forecast.ts';
import { IsoDateError } from '../../core/outcome/iso-date.ts';
import { OutcomeInputError } from '../../core/outcome/types.ts';
import type { Database } from '../../db/schema.ts';
import type { AppEnv } from '../context.ts';
import { ApiError, badRequest } from '../errors.ts';
import { toApiError } from '../plans/store.ts';

export class FollowUpInputError extends Error {
  override name = 'FollowUpInputError';
  constructor(
    message: string,
    /** The field the problem is in, e.g. "comment" or "date". */
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * Nothing to project from: no imported outcome and no entered opening balance. Carries the
 * floor in force, so a client can enter an opening balance without changing the floor.
 */
export class NoOpeningBalanceError extends Error {
  override name = 'NoOpeningBalanceError';
  constructor(
    message: string,
    readonly floor: Ore,
  ) {
    super(message);
  }
}

export function isFollowUpInputError(error: unknown): error is Error {
  return (
    error instanceof FollowUpInputError ||
    error instanceof OutcomeInputError ||
    error instanceof ForecastError ||
    error instanceof IsoDateError ||
    error instanceof AccountMappingError
  );
}

export function toFollowUpApiError(error: unknown): unknown {
  if (isFollowUpInputError(error)) {
    const field = error instanceof FollowUpInputError ? error.field : undefined;
    return badRequest(
      error.message,
      field === undefined ? undefined : { issues: [{ path: field, message: error.message }] },
    );
  }
  if (error instanceof NoOpeningBalanceError)
    return new ApiError(409, 'no_opening_balance', error.message, { floorOre: error.floor });
  return toApiError(error);
}

/** Runs follow-up work for a request, with its errors turned into API errors. */
export async function followUpMapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toFollowUpApiError(error);
  }
}

/** Runs a request's write in one transaction, with its errors turned into API errors. */
export function inFollowUpTransaction<T>(
  c: Context<AppEnv>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return followUpMapped(() => c.get('deps').db.db.transaction().execute(work));
}
