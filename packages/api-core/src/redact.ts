/** What every redacted credential is replaced with. */
export const REDACTED = "[REDACTED]";

/**
 * Secrets shorter than this are not redacted: a value that short matches ordinary text
 * (`suppor[REDACTED]-wa[REDACTED]cher`) and is not a real API key or token anyway. Callers that
 * read credentials from people (a CLI) should warn about them.
 */
export const MIN_SECRET_LENGTH = 8;

/**
 * Scrubs credentials out of anything that may end up in an error, a log line or `util.inspect`:
 * the known secrets in every encoding they may come back in, and (unless switched off)
 * credential-looking header values, URL user-info and sensitive query parameters.
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

export interface RedactorOptions {
  /**
   * Also replace whatever looks like a credential (`Authorization: …`, `Bearer …`, `api_key=…`),
   * known or not (default true). Output meant for people switches it off, as "Basic plan" is
   * no credential.
   */
  patterns?: boolean | undefined;
}

// "Authorization: Bearer abc", "api_key=abc", "\"password\":\"abc\"" and the like.
export const NAMED_CREDENTIAL =
  /\b((?:proxy-)?authorization|x-api-key|api[-_]?key|[\w-]*token|password|passwd|[\w-]*secret)(["']?\s*[:=]\s*["']?)((?:(?:Bearer|Basic|OAuth|Token|Digest)\s+)?[^\s"',;&}]+)/gi;
// A bare "Bearer abc…" anywhere in free text.
export const SCHEME_CREDENTIAL = /\b(Bearer|Basic|OAuth|Token|Digest)\s+[A-Za-z0-9._~+/=:-]{6,}/g;

// What each pattern cannot match without, as plain alternatives that are quick to look for: a
// credential name followed by an optional quote, spaces and ":" or "=" (with the same `i`
// folding), a scheme followed by a space. Text with neither skips the patterns above, whose
// `\b[\w-]*` start costs far more on a long line that holds no credential.
const MAY_NAME_CREDENTIAL = /(?:authorization|api[-_]?key|token|passw(?:or)?d|secret)["']?\s*[:=]/i;
const MAY_HOLD_SCHEME = /(?:Bearer|Basic|OAuth|Token|Digest)\s/;
const SENSITIVE_QUERY_PARAM =
  /token|api[-_]?key|apikey|secret|password|passwd|signature|^sig$|^auth$|authorization|credential|session/i;
const MAX_DEPTH = 12;

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const base64Url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const jsonEscaped = (text: string) => JSON.stringify(text).slice(1, -1);

/**
 * Every way a secret may come back from a server or a log: as sent, base64 (as in a Basic
 * header) and base64url; each of those raw, percent-encoded (upper and lower case hex, `+` for
 * a space as in forms), JSON-escaped, JSON-escaped with `\/` and with `\u00XX` escapes of HTML
 * characters (as PHP and Go encoders write them); and every one of those JSON-escaped again,
 * as it reads once written into a JSON file.
 */
export function secretVariants(secret: string): string[] {
  const forms = new Set<string>();
  for (const base of [secret, base64(secret), base64Url(secret)]) {
    const json = jsonEscaped(base);
    const percent = encodeURIComponent(base);
    for (const form of [
      base,
      percent,
      percent.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
      new URLSearchParams({ s: base }).toString().slice(2),
      json,
      json.replaceAll("/", "\\/"),
      json.replace(/[<>&'=+]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
    ]) {
      forms.add(form);
    }
  }
  // Each form once more JSON-escaped: a value quoted back as text, then written into JSON output.
  for (const form of [...forms]) forms.add(jsonEscaped(form));
  return [...forms];
}

/**
 * The secrets inside authentication header values: the value itself, the credential after its
 * scheme (`Bearer <token>`), and for `Basic` the decoded `user:password` and the password alone.
 */
export function credentialSecrets(headerValues: Iterable<string>): string[] {
  const out: string[] = [];
  for (const value of headerValues) {
    out.push(value);
    const match = /^([A-Za-z]+)\s+(\S+)$/.exec(value.trim());
    if (!match) continue;
    const [, scheme = "", credential = ""] = match;
    out.push(credential);
    if (scheme.toLowerCase() !== "basic") continue;
    const decoded = Buffer.from(credential, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0) out.push(decoded, decoded.slice(colon + 1));
  }
  return out;
}

export function createRedactor(
  secrets: Iterable<string | null | undefined> = [],
  options: RedactorOptions = {},
): Redactor {
  const patterns = options.patterns ?? true;
  const known = [
    ...new Set(
      [...secrets]
        .filter((s): s is string => typeof s === "string" && s.length >= MIN_SECRET_LENGTH)
        .flatMap(secretVariants),
    ),
  ].sort((a, b) => b.length - a.length);

  const text = (value: string): string => {
    let out = value;
    for (const secret of known) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    if (!patterns) return out;
    if (MAY_NAME_CREDENTIAL.test(out)) {
      out = out.replace(
        NAMED_CREDENTIAL,
        (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`,
      );
    }
    if (MAY_HOLD_SCHEME.test(out)) {
      out = out.replace(SCHEME_CREDENTIAL, (_m, scheme: string) => `${scheme} ${REDACTED}`);
    }
    return out;
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
    const copy = new Error(text(input.message)) as Error & { code?: string; body?: unknown };
    copy.name = input.name;
    copy.stack = input.stack === undefined ? `${copy.name}: ${copy.message}` : text(input.stack);
    const { code, body } = input as { code?: unknown; body?: unknown };
    if (typeof code === "string") copy.code = text(code);
    if (body !== undefined) copy.body = deep(body, depth, new WeakSet());
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
