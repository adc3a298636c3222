// The SIE file as the import reads it: a path (read in chunks) or bytes (cut into chunks,
// so that no reader gets the whole file at once), hashed on the way through for the
// import's record, with the bytes read so far for progress.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** The file: a path or its bytes. */
export type SieImportInput = { fileName: string; data: string | Uint8Array };

export type Digest = { sha256: string; bytes: number };

const CHUNK_BYTES = 256 * 1024;

/** The input's chunks, without hashing (for a read that may stop early). */
export async function* sieChunks(data: string | Uint8Array): AsyncGenerator<Uint8Array> {
  if (typeof data === 'string') {
    yield* createReadStream(data, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>;
    return;
  }
  for (let at = 0; at < data.byteLength; at += CHUNK_BYTES) yield data.subarray(at, at + CHUNK_BYTES);
}

export class SieFileReader {
  private readonly hash = createHash('sha256');
  private done: Digest | null = null;
  /** Bytes read so far. */
  bytes = 0;

  constructor(private readonly data: string | Uint8Array) {}

  async size(): Promise<number> {
    return typeof this.data === 'string' ? (await stat(this.data)).size : this.data.byteLength;
  }

  /** Reads the file once, hashing it; `digest` holds the result once it was read to the end. */
  async *chunks(): AsyncGenerator<Uint8Array> {
    for await (const chunk of sieChunks(this.data)) {
      this.hash.update(chunk);
      this.bytes += chunk.byteLength;
      yield chunk;
    }
    this.done = { sha256: this.hash.digest('hex'), bytes: this.bytes };
  }

  digest(): Digest {
    if (this.done === null) throw new Error('the SIE file was not read to its end');
    return this.done;
  }
}
