// Finds the web addresses in a message once, for the status-link and internal-detail rules.

export interface Link {
  start: number;
  end: number;
  /** Lower-case host without `www.`, port or credentials. */
  host: string;
  /** Lower-case path without query, fragment or trailing slash; `/` for none. */
  path: string;
  hasScheme: boolean;
}

const SCHEME_URL = /(?<![\p{L}\p{N}_])https?:\/\/[^\s<>()"'`[\]{}|\\^]+/giu;
const BARE_HOST =
  /(?<![\p{L}\p{N}_@./:-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?::\d{2,5})?(?:\/[^\s<>()"'`[\]{}|\\^]*)?(?![\p{L}\p{N}_@-])/giu;
/** Sentence punctuation that ends a sentence rather than the address. */
const TRAILING_PUNCTUATION = /[.,;:!?*_~'"’]+$/u;

export function findLinks(text: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(SCHEME_URL)) {
    const link = toLink(match[0], match.index, true);
    if (link) links.push(link);
  }
  for (const match of text.matchAll(BARE_HOST)) {
    const start = match.index;
    if (links.some((link) => link.start <= start && start < link.end)) continue;
    const link = toLink(match[0], start, false);
    if (link) links.push(link);
  }
  return links.sort((a, b) => a.start - b.start);
}

function toLink(raw: string, start: number, hasScheme: boolean): Link | undefined {
  const trimmed = raw.replace(TRAILING_PUNCTUATION, "");
  const parsed = parseAddress(trimmed);
  return parsed && { start, end: start + trimmed.length, ...parsed, hasScheme };
}

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
  const path = rest
    .replace(/[?#].*$/s, "")
    .replace(/\/+$/, "")
    .toLowerCase();
  return { host, path: path === "" ? "/" : path };
}

export function isSameOrSubdomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** True when `path` is `base` or a page below it. */
export function isPathUnder(path: string, base: string): boolean {
  return base === "/" || path === base || path.startsWith(`${base}/`);
}
