import { chunks } from "./chunks.js";

/** Zendesk's limit on ids per `show_many` request. */
const SHOW_MANY_LIMIT = 100;

/**
 * Runs a `show_many` lookup 100 ids at a time, one request after another, and concatenates the
 * records found. `fetchBatch` receives the comma-separated `ids` parameter.
 */
export async function showManyInBatches<Record>(
  ids: readonly number[],
  fetchBatch: (idsParameter: string) => Promise<readonly Record[]>,
): Promise<Record[]> {
  const found: Record[] = [];
  for (const batch of chunks(ids, SHOW_MANY_LIMIT))
    found.push(...(await fetchBatch(batch.join(","))));
  return found;
}
