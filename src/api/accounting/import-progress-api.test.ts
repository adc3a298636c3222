// An upload's progress through the API, on both drivers: POST …/sie-imports?progressId=
// records it, GET …/sie-imports/progress/{id} gives it to the user who uploaded and to no
// one else. Progress *during* an upload is caught deterministically: the body is held open
// half sent (upload phase), and a gate in front of importSie holds back its reports after
// the first rows are stored, until the test has looked (store phase).
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateSie } from '../../../bench/sie-generate.ts';
import type * as ImportSieModule from '../../db/accounting/import-sie.ts';
import type { SieImportProgress } from '../../db/accounting/types.ts';
import { testDrivers } from '../../db/testing/test-database.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/middleware.ts';
import { createTestContext } from '../testing/test-app.ts';
import type { Client, TestContext } from '../testing/test-app.ts';

type Gate = {
  /** Rows per batch for the gated import, so a small file stores in several batches. */
  batchRows: number;
  /** Every report importSie made, in order. */
  reports: SieImportProgress[];
  /** Called once the first rows are stored; later reports are held back from then on. */
  holding: () => void;
  /** Until this settles, the held reports (and the POST's answer) wait. */
  released: Promise<void>;
};

const gate = vi.hoisted(() => ({ current: null as Gate | null }));

vi.mock('../../db/accounting/import-sie.ts', async (importOriginal) => {
  const real = await importOriginal<typeof ImportSieModule>();
  const importSie: typeof real.importSie = async (db, actor, input, options = {}) => {
    const armed = gate.current;
    if (!armed) return real.importSie(db, actor, input, options);
    let held: SieImportProgress[] | null = null;
    const result = await real.importSie(db, actor, input, {
      ...options,
      batchRows: armed.batchRows,
      onProgress: (p) => {
        armed.reports.push(p);
        if (held) return void held.push(p);
        options.onProgress?.(p);
        if (p.phase === 'store' && p.rows > 0) {
          held = [];
          armed.holding();
        }
      },
    });
    await armed.released;
    for (const p of held ?? []) options.onProgress?.(p);
    return result;
  };
  return { ...real, importSie };
});

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const OK = new URL('../../db/accounting/fixtures/ok/nrf-2026.se', import.meta.url);
const UNBALANCED = new URL('../../db/accounting/fixtures/not-ok/nrf-2026-unbalanced.se', import.meta.url);
const IMPORTS = '/api/v1/accounting/sie-imports';
const progressOf = (client: Client, id: string) => client.get(`${IMPORTS}/progress/${id}`);

type Progress = {
  progressId: string;
  phase: string;
  rows: number;
  totalRows?: number;
  bytes?: number;
  totalBytes?: number;
};

/** Waits until the promise settles or `ms` pass, whichever is first: a hang fails plainly. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

describe.each(testDrivers())('SIE upload progress on %s', (kind) => {
  let ctx: TestContext;
  let economist: Client;
  let admin: Client;
  let reader: Client;
  let dir: string;
  let ok: Buffer;

  /** The file's bytes as they are (the test client would send a string as UTF-8). */
  function post(
    client: Client,
    query: string,
    body: Uint8Array | ReadableStream<Uint8Array>,
    length?: number,
  ) {
    const session = client.session;
    if (!session) throw new Error('a logged-in client is needed');
    return ctx.app.request(`${IMPORTS}?${query}`, {
      method: 'POST',
      headers: {
        cookie: `${SESSION_COOKIE}=${session.token}`,
        [CSRF_HEADER]: session.csrfToken,
        'content-type': 'application/octet-stream',
        ...(length === undefined ? {} : { 'content-length': String(length) }),
      },
      body,
      duplex: 'half',
    } as RequestInit);
  }
  const upload = (client: Client, body: Uint8Array | string, query: string) =>
    post(client, query, typeof body === 'string' ? Buffer.from(body, 'latin1') : body);

  /** A POST whose body is sent in two parts: the second when the test says so. */
  function heldUpload(client: Client, query: string, body: Uint8Array, firstBytes: number) {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    controller.enqueue(body.subarray(0, firstBytes));
    const response = post(client, query, stream, body.byteLength);
    return {
      response,
      finish: () => {
        controller.enqueue(body.subarray(firstBytes));
        controller.close();
      },
    };
  }

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    economist = await ctx.login('economist');
    admin = await ctx.login('admin');
    reader = await ctx.login('reader');
    dir = await mkdtemp(join(tmpdir(), 'planvis-progress-'));
    ok = await readFile(OK);
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("reports an import's end to its uploader, and to no one else", async () => {
    const id = randomUUID();
    const response = await upload(economist, ok, `fileName=nrf-2026.se&progressId=${id}`);
    expect(response.status).toBe(201);
    const mine = await progressOf(economist, id);
    expect(mine.status).toBe(200);
    // Stored: 12 balances, 6 period figures, 4 vouchers and 9 transactions.
    expect(await mine.json()).toMatchObject({ progressId: id, phase: 'done', rows: 31, totalRows: 31 });
    // The same user in another session reads it too; another user of the organisation does not.
    expect((await progressOf(await ctx.login('economist'), id)).status).toBe(200);
    const other = await progressOf(admin, id);
    expect(other.status).toBe(404);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await progressOf(reader, id)).status).toBe(403);
    expect((await progressOf(ctx.anonymous(), id)).status).toBe(401);
    expect((await progressOf(economist, randomUUID())).status).toBe(404);
    expect((await progressOf(economist, 'not-a-uuid')).status).toBe(400);
    expect((await upload(economist, ok, `progressId=not-a-uuid`)).status).toBe(400);
  });

  it('marks an upload that stored nothing as failed, the POST answering as it always has', async () => {
    const invalid = randomUUID();
    expect((await upload(economist, await readFile(UNBALANCED), `progressId=${invalid}`)).status).toBe(422);
    expect(await (await progressOf(economist, invalid)).json()).toMatchObject({ phase: 'failed' });

    const empty = randomUUID();
    expect((await upload(economist, '', `progressId=${empty}`)).status).toBe(400);
    expect(await (await progressOf(economist, empty)).json()).toMatchObject({ phase: 'failed' });

    const refused = randomUUID();
    const otherCompany = ok.toString('latin1').replace('#ORGNR 222000-1234', '#ORGNR 232100-0000');
    expect((await upload(economist, otherCompany, `progressId=${refused}`)).status).toBe(409);
    expect(await (await progressOf(economist, refused)).json()).toMatchObject({ phase: 'failed' });

    const before = process.env.PLANVIS_SIE_MAX_BYTES;
    process.env.PLANVIS_SIE_MAX_BYTES = String(ok.byteLength - 1);
    try {
      const tooLarge = randomUUID();
      expect((await upload(economist, ok, `progressId=${tooLarge}`)).status).toBe(413);
      expect(await (await progressOf(economist, tooLarge)).json()).toMatchObject({ phase: 'failed' });
    } finally {
      if (before === undefined) delete process.env.PLANVIS_SIE_MAX_BYTES;
      else process.env.PLANVIS_SIE_MAX_BYTES = before;
    }
  });

  it('shows the bytes received while the body is still arriving, even with the database busy', async () => {
    const id = randomUUID();
    const half = Math.floor(ok.byteLength / 2);
    const post = heldUpload(economist, `fileName=nrf-2026.se&progressId=${id}`, ok, half);
    await expect
      .poll(async () => (await progressOf(economist, id)).json(), { timeout: 10_000, interval: 20 })
      .toMatchObject({ phase: 'upload', rows: 0, bytes: half, totalBytes: ok.byteLength });

    // On PGlite an import's transaction holds the only connection for as long as it runs; a
    // poll must not wait for it. Hold the connection the same way and poll.
    const busy = deferred();
    const started = deferred();
    const transaction = ctx.db.db.transaction().execute(async () => {
      started.resolve();
      await busy.promise;
    });
    await started.promise;
    try {
      const during = await within(progressOf(economist, id), 5000, 'a poll while the database is busy');
      expect(during.status).toBe(200);
      expect(await during.json()).toMatchObject({ phase: 'upload', bytes: half });
    } finally {
      busy.resolve();
      await transaction;
    }

    post.finish();
    expect((await post.response).status).toBe(201);
    expect(await (await progressOf(economist, id)).json()).toMatchObject({ phase: 'done', rows: 31 });
  });

  it('shows the rows stored and the share of the file read while storing', async () => {
    const file = join(dir, 'large.se');
    const generated = await generateSie(file, 6000);
    const body = await readFile(file);
    const holding = deferred();
    const released = deferred();
    const armed: Gate = {
      batchRows: 1000,
      reports: [],
      holding: holding.resolve,
      released: released.promise,
    };
    gate.current = armed;
    try {
      const id = randomUUID();
      const response = upload(economist, body, `fileName=large.se&progressId=${id}`);
      await within(holding.promise, 15_000, 'storing the first rows');
      const during = (await (await progressOf(economist, id)).json()) as Progress;
      expect(during).toMatchObject({ phase: 'store', totalBytes: body.byteLength });
      expect(during.rows).toBeGreaterThanOrEqual(1000);
      expect(during.bytes).toBeGreaterThan(0);
      expect(during.bytes).toBeLessThanOrEqual(body.byteLength);
      released.resolve();
      expect((await response).status).toBe(201);

      // One #IB balance, the vouchers and their rows.
      const rows = 1 + generated.vouchers + generated.transRows;
      expect(await (await progressOf(economist, id)).json()).toMatchObject({
        phase: 'done',
        rows,
        totalRows: rows,
      });
      const phases = armed.reports.map((r) => r.phase).filter((p, i, all) => p !== all[i - 1]);
      expect(phases).toEqual(['replace', 'store', 'index', 'summarise', 'done']);
      const stored = armed.reports.filter((r) => r.phase === 'store').map((r) => r.rows);
      expect(stored).toEqual([...stored].sort((a, b) => a - b));
    } finally {
      released.resolve();
      gate.current = null;
    }
  });
});
