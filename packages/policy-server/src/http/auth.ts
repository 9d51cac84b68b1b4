import { createHash, timingSafeEqual } from "node:crypto";
import { HttpError } from "./errors.js";

/** The bearer tokens the server accepts, compared in constant time, known in logs by id only. */
export interface TokenSet {
  readonly size: number;
  /** The ids of the tokens, in the order they were given (start-up lines name them). */
  readonly ids: readonly string[];
  /** The id of the matching token, or undefined. */
  match(presented: string): string | undefined;
}

// Domain-separated, so the id is not the plain SHA-256 of the token that other systems may keep.
const digest = (token: string) =>
  createHash("sha256").update("support-policy-server token\0").update(token).digest();

/** How a token is named in logs and metrics: `tok_` and 8 hex digits of a hash of it. */
export const tokenId = (token: string): string =>
  `tok_${digest(token).toString("hex").slice(0, 8)}`;

export function createTokenSet(tokens: readonly string[]): TokenSet {
  const known = [...new Set(tokens)].map((token) => ({
    id: tokenId(token),
    digest: digest(token),
  }));
  return {
    size: known.length,
    ids: known.map((token) => token.id),
    match(presented) {
      // Equal-length digests, and every token compared: the time says nothing about a near miss.
      const candidate = digest(presented);
      let found: string | undefined;
      for (const token of known) {
        if (timingSafeEqual(candidate, token.digest) && found === undefined) found = token.id;
      }
      return found;
    },
  };
}

/** Tokens from `SUPPORT_POLICY_TOKENS` (comma-separated) or a file (one per line, `#` comments). */
export function parseTokens(text: string, separator: "," | "\n"): string[] {
  return text
    .split(separator === "," ? "," : /\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

const REALM = 'Bearer realm="support-policy-server"';

/** The id of the request's valid bearer token, or a 401 saying what is missing. */
export function authenticate(header: string | null, tokens: TokenSet): string {
  const match = header === null ? null : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  if (match?.[1] === undefined) {
    throw new HttpError(
      401,
      "unauthorized",
      "This route needs a bearer token: send Authorization: Bearer <token>.",
      { headers: { "WWW-Authenticate": REALM } },
    );
  }
  const id = tokens.match(match[1]);
  if (id === undefined) {
    throw new HttpError(401, "unauthorized", "The bearer token is not valid.", {
      headers: { "WWW-Authenticate": `${REALM}, error="invalid_token"` },
    });
  }
  return id;
}
