// streamSie's iterator. An async generator costs several promise round trips per yield, and
// streamSie yields once per event (a voucher, mostly): with a generator yielding one item
// at a time, that was a fifth of the import's parse time. Here the generator machinery runs
// once per chunk of the file (an array of its events), and each event is handed out as an
// already resolved promise. To its consumer it behaves as the async generator it replaces.

/** An async generator seen one item at a time, though its source yields arrays of them. */
export class BatchedGenerator<T> implements AsyncGenerator<T, void, unknown> {
  private items: readonly T[] = [];
  private index = 0;
  private finished = false;
  /** Calls that had to wait for the source and are not done: later calls queue behind them. */
  private waiting = 0;
  private lastWaiting: Promise<unknown> = Promise.resolve();

  constructor(private readonly batches: AsyncGenerator<readonly T[], void, unknown>) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<T, void>> {
    if (this.waiting === 0 && this.index < this.items.length) {
      return Promise.resolve({ value: this.items[this.index++] as T, done: false });
    }
    return this.inTurn(() => this.refill());
  }

  /** Stops early (a consumer's break): the source's finally blocks run, the file is closed. */
  return(): Promise<IteratorResult<T, void>> {
    return this.inTurn(async () => {
      this.finish();
      await this.batches.return();
      return { value: undefined, done: true };
    });
  }

  throw(error: unknown): Promise<IteratorResult<T, void>> {
    return this.inTurn(async () => {
      if (!this.finished) {
        this.finish();
        await this.batches.throw(error);
      }
      throw error;
    });
  }

  private async refill(): Promise<IteratorResult<T, void>> {
    while (this.index >= this.items.length) {
      if (this.finished) return { value: undefined, done: true };
      const batch = await this.batches.next();
      if (batch.done === true) {
        this.finish();
        return { value: undefined, done: true };
      }
      this.items = batch.value;
      this.index = 0;
    }
    return { value: this.items[this.index++] as T, done: false };
  }

  private finish(): void {
    this.finished = true;
    this.items = [];
    this.index = 0;
  }

  /**
   * Runs step after every earlier call that waited has settled, as a generator queues calls.
   * The count drops before the caller sees the result, so its next call takes the fast path.
   */
  private inTurn<R>(step: () => Promise<R>): Promise<R> {
    const run = async (): Promise<R> => {
      try {
        return await step();
      } finally {
        this.waiting--;
      }
    };
    const result = this.waiting++ === 0 ? run() : this.lastWaiting.then(run, run);
    this.lastWaiting = result.catch(() => undefined);
    return result;
  }
}
