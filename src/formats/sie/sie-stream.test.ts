// streamSie hands out each chunk's events from an array (sie-stream.ts): to its consumer it
// must behave as the async generator yielding one event at a time that it replaces.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamSie } from './read-sie.ts';
import { BatchedGenerator } from './sie-stream.ts';

const BATCHES = [[1, 2], [], [3], [4, 5, 6]];

function source(log: string[], failAt: number): AsyncGenerator<number[]> {
  return (async function* () {
    try {
      for (const [i, batch] of BATCHES.entries()) {
        await null;
        if (i === failAt) throw new Error('the source failed');
        yield batch;
      }
    } finally {
      log.push('source closed');
    }
  })();
}

/** What BatchedGenerator replaces: a generator yielding the items one by one. */
async function* oneByOne(batches: AsyncGenerator<number[]>): AsyncGenerator<number> {
  for await (const batch of batches) yield* batch;
}

const settle = (p: Promise<unknown>) =>
  p.then(
    (value: unknown) => ({ value }),
    (e: unknown) => ({ error: String(e) }),
  );

type Scenario = (g: AsyncGenerator<number, void, unknown>) => Promise<unknown>;
const scenarios: Record<string, Scenario> = {
  'reads to the end': async (g) => {
    const items: unknown[] = [];
    for await (const x of g) items.push(x);
    return [...items, await g.next()];
  },
  'queues calls made without waiting': (g) => Promise.all(Array.from({ length: 8 }, () => settle(g.next()))),
  'stops at a break': async (g) => {
    const items: unknown[] = [];
    for await (const x of g) {
      items.push(x);
      if (x === 3) break;
    }
    return [...items, await g.next()];
  },
  'returns before the start': async (g) => [await g.return(), await g.next()],
  'throws in the middle': async (g) => [
    await g.next(),
    await settle(g.throw(new Error('boom'))),
    await g.next(),
  ],
  'throws before the start': async (g) => [await settle(g.throw(new Error('boom'))), await g.next()],
  'returns while a call waits': (g) => Promise.all([settle(g.next()), settle(g.return()), settle(g.next())]),
};

describe('BatchedGenerator', () => {
  for (const failAt of [-1, 1]) {
    for (const [name, run] of Object.entries(scenarios)) {
      it(`${name}${failAt < 0 ? '' : ', when the source fails'} as a generator does`, async () => {
        const expectedLog: string[] = [];
        const expected = await settle(run(oneByOne(source(expectedLog, failAt))));
        const log: string[] = [];
        const actual = await settle(run(new BatchedGenerator(source(log, failAt))));
        expect(actual).toEqual(expected);
        expect(log).toEqual(expectedLog);
      });
    }
  }
});

describe('streamSie', () => {
  it('closes its input when the consumer stops early', async () => {
    // 40 CP437 letters (0x86, å) settle the encoding at once, so events come chunk by chunk.
    const name = Buffer.concat([Buffer.from('#FNAMN "'), Buffer.alloc(40, 0x86), Buffer.from('"\r\n')]);
    const voucher = ['#VER A 1 20240101', '{', '#TRANS 1930 {} 1.00', '#TRANS 3010 {} -1.00', '}'];
    const lines = Array.from({ length: 10 }, () => voucher).flat();
    const input = Readable.from([name, ...lines.map((l) => Buffer.from(`${l}\r\n`))]);
    let vouchers = 0;
    for await (const item of streamSie(input)) if (item.type === 'voucher' && ++vouchers === 2) break;
    expect(input.destroyed).toBe(true);
    expect(input.readableEnded).toBe(false);
  });
});
