// The SIE upload's body: streamed to a temporary file (importSie reads a path in chunks:
// its header first, then the whole), never held in memory, under a limit of its own. A year of vouchers runs to
// hundreds of MB, far beyond the 5 MB every other route takes (app.ts).
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ApiError } from '../errors.ts';

/** The route that takes its own body limit; app.ts leaves it out of the general one. */
export const SIE_IMPORT_PATH = '/api/v1/accounting/sie-imports';
/** Where an upload's progress is polled (import-routes.ts); app.ts gives it its session. */
export const SIE_PROGRESS_PATH = `${SIE_IMPORT_PATH}/progress`;

const DEFAULT_SIE_MAX_BYTES = 200 * 1024 * 1024;

/**
 * PLANVIS_SIE_MAX_BYTES: the largest SIE file `POST /api/v1/accounting/sie-imports` takes,
 * in bytes (default 200 MiB). Read per request, so a change needs no code.
 */
export function sieMaxBytes(): number {
  const value = process.env.PLANVIS_SIE_MAX_BYTES;
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_SIE_MAX_BYTES;
}

const tooLarge = (max: number) =>
  new ApiError(413, 'payload_too_large', `the SIE file is larger than ${max} bytes (PLANVIS_SIE_MAX_BYTES)`);

export type SpooledBody = { path: string; bytes: number; remove: () => Promise<void> };

/** The body's size as the request declares it (Content-Length), or undefined. */
export function declaredLength(request: Request): number | undefined {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  return Number.isSafeInteger(declared) && declared >= 0 ? declared : undefined;
}

/**
 * Writes the request body to a temporary file; 413 (and nothing kept) past `maxBytes`.
 * `onBytes` hears the bytes received so far after each chunk (upload progress).
 */
export async function spoolBody(
  request: Request,
  maxBytes: number,
  onBytes?: (bytes: number) => void,
): Promise<SpooledBody> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const dir = await mkdtemp(join(tmpdir(), 'planvis-sie-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'upload.se');
  let bytes = 0;
  // Counts as it goes: a chunked body says nothing of its size beforehand.
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.byteLength;
      if (bytes > maxBytes) return done(tooLarge(maxBytes));
      onBytes?.(bytes);
      done(null, chunk);
    },
  });
  try {
    if (request.body) {
      const body = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
      await pipeline(body, limit, createWriteStream(path));
    } else {
      await pipeline(Readable.from([]), createWriteStream(path));
    }
    return { path, bytes, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
