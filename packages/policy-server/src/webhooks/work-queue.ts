/** What became of a key handed to the queue. */
export type QueueOutcome = "queued" | "coalesced" | "dropped";

export interface WorkQueueOptions {
  /** Keys waiting at most (a running key's one follow-up run counts as waiting). */
  capacity: number;
  /** Keys run at the same time; one key never runs twice at once. */
  concurrency: number;
  /** The work for one key; it reports its own failures (a rejection is only swallowed). */
  run(key: string): Promise<void>;
  /** Called whenever the number of waiting keys changes. */
  onDepth?(depth: number): void;
}

/**
 * A bounded queue of keys (one per incident or ticket) that runs at most one job per key at a
 * time and coalesces bursts: a key already waiting is not added again, and a key that arrives
 * while it runs gets exactly one more run after it (the state may have changed after its read
 * began). Past `capacity` waiting keys, new ones are dropped and said so.
 */
export class WorkQueue {
  readonly #options: WorkQueueOptions;
  readonly #waiting: string[] = [];
  readonly #waitingSet = new Set<string>();
  readonly #running = new Set<string>();
  /** Keys that arrived while running: one more run each. */
  readonly #again = new Set<string>();
  #idle: Array<() => void> = [];
  #stopped = false;
  #scheduled = false;

  constructor(options: WorkQueueOptions) {
    this.#options = options;
  }

  /** Keys waiting to run (not counting those running). */
  get depth(): number {
    return this.#waiting.length + this.#again.size;
  }

  get running(): number {
    return this.#running.size;
  }

  add(key: string): QueueOutcome {
    if (this.#waitingSet.has(key) || this.#again.has(key)) return "coalesced";
    if (this.#stopped || this.depth >= this.#options.capacity) return "dropped";
    if (this.#running.has(key)) this.#again.add(key);
    else {
      this.#waiting.push(key);
      this.#waitingSet.add(key);
    }
    this.#changed();
    this.#schedule();
    return "queued";
  }

  /** Resolves once nothing waits or runs (work added since is waited for too). */
  idle(): Promise<void> {
    if (this.depth === 0 && this.#running.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Takes no new keys from now on; waiting ones still run. */
  stop(): void {
    this.#stopped = true;
  }

  #changed(): void {
    this.#options.onDepth?.(this.depth);
  }

  /** Starts work on a later turn of the event loop, so whoever added a key returns first. */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#running.size < this.#options.concurrency && this.#waiting.length > 0) {
      const key = this.#waiting.shift() as string;
      this.#waitingSet.delete(key);
      this.#running.add(key);
      this.#changed();
      void this.#options
        .run(key)
        .catch(() => {})
        .finally(() => this.#finish(key));
    }
    if (this.depth === 0 && this.#running.size === 0) {
      const waiting = this.#idle;
      this.#idle = [];
      for (const resolve of waiting) resolve();
    }
  }

  #finish(key: string): void {
    this.#running.delete(key);
    if (this.#again.delete(key)) {
      this.#waiting.push(key);
      this.#waitingSet.add(key);
    }
    this.#changed();
    this.#pump();
  }
}
