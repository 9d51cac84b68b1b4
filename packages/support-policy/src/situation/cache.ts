/** A Map that forgets its oldest entries beyond a size, so a long-running process stays bounded. */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, V>();
  readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }

  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  set(key: K, value: V): V {
    if (this.#entries.size >= this.limit) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, value);
    return value;
  }

  /** The cached value, or `make()`'s, remembered. */
  through(key: K, make: () => V): V {
    const known = this.#entries.get(key);
    return known !== undefined || this.#entries.has(key) ? (known as V) : this.set(key, make());
  }
}
