// What the server keeps between requests, by the JSON of what it was made from: bounded, so a
// long-running server stays small whatever its callers send.

/** A value as JSON, or undefined when it cannot be written (nested deeper than the stack). */
export function jsonKey(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** At most `max` entries; the least recently used is dropped first. */
export class RecentlyUsed<V> {
  readonly #entries = new Map<string, V>();
  readonly #max: number;
  constructor(max: number) {
    this.#max = max;
  }

  /** The entry kept under the key (now the most recently used), or the one `make` gives, kept. */
  lookup(key: string, make: () => V): V {
    if (this.#entries.has(key)) {
      const kept = this.#entries.get(key) as V;
      // Most recently used last, so the oldest is the first key.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept;
    }
    const made = make();
    if (this.#entries.size >= this.#max) {
      this.#entries.delete(this.#entries.keys().next().value as string);
    }
    this.#entries.set(key, made);
    return made;
  }
}
