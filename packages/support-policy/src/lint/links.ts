// Finds the web addresses in a message once, for the status-link and internal-detail rules.
import { TextPattern } from "./patterns.js";

export interface Link {
  start: number;
  end: number;
  /** Lower-case host without `www.`, port or credentials. */
  host: string;
  /** Lower-case path without query, fragment or trailing slash; `/` for none. */
  path: string;
  hasScheme: boolean;
}

const SCHEME_URL = new TextPattern(/(?<![\p{L}\p{N}_])https?:\/\/[^\s<>()"'`[\]{}|\\^]+/giu);
const BARE_HOST = new TextPattern(
  /(?<![\p{L}\p{N}_@./:-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?::\d{2,5})?(?:\/[^\s<>()"'`[\]{}|\\^]*)?(?![\p{L}\p{N}_@-])/giu,
);
/** Sentence punctuation that ends a sentence rather than the address. */
const TRAILING_PUNCTUATION = new Set([...".,;:!?*_~'\"’"]);

/** The text without the characters of `set` at its end (a loop: a regex anchored at the end would retry every run). */
function trimEnd(text: string, set: ReadonlySet<string>): string {
  let end = text.length;
  while (end > 0 && set.has(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/**
 * The web addresses of a text, in order: those with a scheme, then bare hosts outside them. Both
 * lists come in text order and do not overlap, so one pass over each keeps it linear.
 */
export function findLinks(text: string): Link[] {
  const schemed: Link[] = [];
  for (const match of text.matchAll(SCHEME_URL.for(text))) {
    const link = toLink(match[0], match.index, true);
    if (link) schemed.push(link);
  }
  const links: Link[] = [];
  let next = 0;
  for (const match of text.matchAll(BARE_HOST.for(text))) {
    const start = match.index;
    // Addresses with a scheme before this one are passed; one still open contains it.
    while (next < schemed.length && (schemed[next] as Link).end <= start) {
      links.push(schemed[next] as Link);
      next++;
    }
    const open = schemed[next];
    if (open && open.start <= start) continue;
    const link = toLink(match[0], start, false);
    if (link) links.push(link);
  }
  while (next < schemed.length) links.push(schemed[next++] as Link);
  return links;
}

function toLink(raw: string, start: number, hasScheme: boolean): Link | undefined {
  const trimmed = trimEnd(raw, TRAILING_PUNCTUATION);
  const parsed = parseAddress(trimmed);
  return parsed && { start, end: start + trimmed.length, ...parsed, hasScheme };
}

const SLASH = new Set(["/"]);

/** Splits an address (with or without scheme) into a comparable host and path. */
export function parseAddress(address: string): { host: string; path: string } | undefined {
  const withoutScheme = address.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const authorityEnd = withoutScheme.search(/[/?#]/);
  const authority = authorityEnd === -1 ? withoutScheme : withoutScheme.slice(0, authorityEnd);
  const rest = authorityEnd === -1 ? "" : withoutScheme.slice(authorityEnd);
  const host = authority
    .slice(authority.lastIndexOf("@") + 1)
    .replace(/:\d*$/, "")
    .toLowerCase()
    .replace(/^www\./, "");
  if (host === "") return undefined;
  const query = rest.search(/[?#]/);
  const path = trimEnd(query === -1 ? rest : rest.slice(0, query), SLASH).toLowerCase();
  return { host, path: path === "" ? "/" : path };
}

export function isSameOrSubdomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** True when `path` is `base` or a page below it. */
export function isPathUnder(path: string, base: string): boolean {
  return base === "/" || path === base || path.startsWith(`${base}/`);
}
