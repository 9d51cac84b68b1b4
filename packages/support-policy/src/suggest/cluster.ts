// Groups items that share a signal (a word, a product area) through an inverted index, so the
// cost grows with the number of words in the queue, never with the number of pairs of tickets.

export interface Clusterable {
  /** Signal keys; the same key on two items means they are about the same thing. */
  signals: ReadonlySet<string>;
}

export interface Cluster<T> {
  /** The signal the cluster was formed on. */
  key: string;
  /** Members in input order. */
  members: T[];
}

/** How many signals every item of a group shares (the group's own signal included). */
function sharedCount<T extends Clusterable>(
  items: readonly T[],
  postings: readonly number[],
): number {
  const first = items[postings[0] ?? 0];
  let shared = 0;
  for (const key of first?.signals ?? []) {
    if (postings.every((position) => items[position]?.signals.has(key))) shared++;
  }
  return shared;
}

/**
 * Clusters of at least `minSize` items sharing one signal. Signals are tried by `rank` (lower
 * first), then by their group's weight (more first): its size times 1 + log2 of the signals all its
 * items share, so "calendar sync" and "warehouse sync" tickets form two groups rather than one
 * about "sync"; then by size and key. Each item joins the first cluster that takes it.
 * Deterministic for a given input order.
 */
export function clusterBySignal<T extends Clusterable>(
  items: readonly T[],
  minSize: number,
  rank: (key: string) => number,
): Cluster<T>[] {
  const index = new Map<string, number[]>();
  items.forEach((item, position) => {
    for (const key of item.signals) {
      const postings = index.get(key);
      if (postings) postings.push(position);
      else index.set(key, [position]);
    }
  });
  const candidates = [...index.entries()]
    .filter(([, postings]) => postings.length >= minSize)
    .map(([key, postings]) => ({
      key,
      postings,
      rank: rank(key),
      weight: postings.length * (1 + Math.log2(sharedCount(items, postings))),
    }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.weight - a.weight ||
        b.postings.length - a.postings.length ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  const taken = new Uint8Array(items.length);
  const clusters: Cluster<T>[] = [];
  for (const { key, postings } of candidates) {
    const free = postings.filter((position) => taken[position] === 0);
    if (free.length < minSize) continue;
    for (const position of free) taken[position] = 1;
    clusters.push({ key, members: free.map((position) => items[position] as T) });
  }
  return clusters;
}
