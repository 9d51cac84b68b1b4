import { isPathUnder, type Link, parseAddress } from "./links.js";
import type { LintContext } from "./types.js";

export interface Address {
  host: string;
  path: string;
}

/** The status page addresses the context knows: the incident's page and the configured page. */
export function statusPageAddresses(context: LintContext): Address[] {
  const known = [context.incident?.statusPage?.url, context.config?.statusPageUrl];
  return known.flatMap((url) => {
    const address = url === undefined ? undefined : parseAddress(url);
    return address ? [address] : [];
  });
}

/**
 * A link counts as the status page when it is a known status page address, a page below it, or
 * the home page of the same site (which lists the open incidents). With no address known, any
 * site whose host starts with `status.` counts.
 */
export function isStatusPageLink(link: Link, known: readonly Address[]): boolean {
  if (known.length === 0) return link.host.startsWith("status.");
  return known.some(
    (address) =>
      link.host === address.host && (link.path === "/" || isPathUnder(link.path, address.path)),
  );
}

/** Any address on a status page site: public by definition, so never an internal detail. */
export function isOnStatusPageSite(link: Link, known: readonly Address[]): boolean {
  return link.host.startsWith("status.") || known.some((address) => address.host === link.host);
}
