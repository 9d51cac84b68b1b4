/** What every redacted credential is replaced with. */
export const REDACTED = "[REDACTED]";

/**
 * Scrubs credentials out of anything that may end up in an error, a log line or `util.inspect`:
 * the client's own secrets (in every encoding we send them), credential-looking header values,
 * URL user-info and sensitive query parameters.
 */
export interface Redactor {
  /** The string with every known secret and credential-looking token replaced by `[REDACTED]`. */
  text(value: string): string;
  /** A URL with user-info and sensitive query parameters removed, then scrubbed like `text`. */
  url(value: string): string;
  /** A deep copy of a JSON-like value with every string scrubbed like `text`. */
  value(value: unknown): unknown;
  /** A scrubbed stand-in for an arbitrary thrown value, safe to keep as an error's `cause`. */
  error(value: unknown): unknown;
}

// "Authorization: Bearer abc", "api_key=abc", "\"password\":\"abc\"" and the like.
const NAMED_CREDENTIAL =
  /\b((?:proxy-)?authorization|x-api-key|api[-_]?key|[\w-]*token|password|passwd|[\w-]*secret)(["']?\s*[:=]\s*["']?)((?:(?:Bearer|Basic|OAuth|Token|Digest)\s+)?[^\s"',;&}]+)/gi;
// A bare "Bearer abc…" anywhere in free text.
const SCHEME_CREDENTIAL = /\b(Bearer|Basic|OAuth|Token|Digest)\s+[A-Za-z0-9._~+/=:-]{6,}/g;
const SENSITIVE_QUERY_PARAM =
  /token|api[-_]?key|apikey|secret|password|passwd|signature|^sig$|^auth$|authorization|credential|session/i;
const MIN_SECRET_LENGTH = 4;
const MAX_DEPTH = 12;

function secretVariants(secret: string): string[] {
  return [secret, encodeURIComponent(secret), Buffer.from(secret, "utf8").toString("base64")];
}

export function createRedactor(secrets: Iterable<string | null | undefined> = []): Redactor {
  const known = [
    ...new Set(
      [...secrets]
        .filter((s): s is string => typeof s === "string" && s.length >= MIN_SECRET_LENGTH)
        .flatMap(secretVariants),
    ),
  ].sort((a, b) => b.length - a.length);

  const text = (value: string): string => {
    let out = value;
    for (const secret of known) out = out.split(secret).join(REDACTED);
    return out
      .replace(NAMED_CREDENTIAL, (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`)
      .replace(SCHEME_CREDENTIAL, (_m, scheme: string) => `${scheme} ${REDACTED}`);
  };

  const url = (value: string): string => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      return text(value);
    }
    if (parsed.username || parsed.password) {
      parsed.username = "";
      parsed.password = "";
    }
    for (const name of [...new Set(parsed.searchParams.keys())]) {
      if (SENSITIVE_QUERY_PARAM.test(name)) parsed.searchParams.set(name, REDACTED);
    }
    // URLSearchParams re-encodes brackets; decode them back so filters stay readable.
    return text(parsed.toString().replaceAll("%5B", "[").replaceAll("%5D", "]"));
  };

  const deep = (input: unknown, depth: number, seen: WeakSet<object>): unknown => {
    if (typeof input === "string") return text(input);
    if (input === null || typeof input !== "object") return input;
    if (depth > MAX_DEPTH || seen.has(input)) return "[…]";
    seen.add(input);
    if (Array.isArray(input)) return input.map((item) => deep(item, depth + 1, seen));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(input)) out[key] = deep(item, depth + 1, seen);
    return out;
  };

  const error = (input: unknown, depth = 0): unknown => {
    if (!(input instanceof Error)) return deep(input, depth, new WeakSet());
    const copy = new Error(text(input.message)) as Error & { code?: string };
    copy.name = input.name;
    copy.stack = input.stack === undefined ? `${copy.name}: ${copy.message}` : text(input.stack);
    const code = (input as { code?: unknown }).code;
    if (typeof code === "string") copy.code = text(code);
    if (input.cause !== undefined && depth < 4) copy.cause = error(input.cause, depth + 1);
    return copy;
  };

  return {
    text,
    url,
    value: (input) => deep(input, 0, new WeakSet()),
    error: (input) => error(input),
  };
}
