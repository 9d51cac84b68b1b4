/**
 * Serialises query parameters the way OpenAPI's `deepObject` style describes, extended to any
 * depth: `{ status_category: { one_of: ["live", "learning"] } }` becomes
 * `status_category[one_of]=live&status_category[one_of]=learning`. Top-level arrays repeat the
 * key (`form`, exploded); `undefined` and `null` are left out. Brackets stay unencoded for
 * readable logs; names and values are otherwise percent-encoded.
 */
export function serializeDeepObjectQuery(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) add(key, item);
      return;
    }
    if (value instanceof Date) {
      pairs.push(`${key}=${encodeURIComponent(value.toISOString())}`);
      return;
    }
    if (typeof value === "object") {
      for (const [name, item] of Object.entries(value))
        add(`${key}[${encodeURIComponent(name)}]`, item);
      return;
    }
    pairs.push(`${key}=${encodeURIComponent(String(value))}`);
  };
  for (const [name, value] of Object.entries(query)) add(encodeURIComponent(name), value);
  return pairs.join("&");
}
