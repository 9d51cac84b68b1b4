// The "next page" rule of each vendor this project talks to, for `paginatePages`/`paginateItems`.

/** incident.io: `pagination_meta.after` is the id to continue after; absent or empty on the last page. */
export function incidentIoNextCursor(page: {
  pagination_meta?: { after?: string | null | undefined } | null | undefined;
}): string | undefined {
  return page.pagination_meta?.after || undefined;
}

/**
 * Zendesk cursor pagination: `meta.has_more` says whether there is more; the cursor is
 * `meta.after_cursor`, or the `page[after]` parameter of `links.next` when only the link is given.
 */
export function zendeskNextCursor(page: {
  meta?: { has_more?: boolean | undefined; after_cursor?: string | null | undefined } | undefined;
  links?: { next?: string | null | undefined } | undefined;
}): string | undefined {
  if (page.meta?.has_more === false) return undefined;
  if (page.meta?.after_cursor) return page.meta.after_cursor;
  if (!page.links?.next) return undefined;
  try {
    return new URL(page.links.next).searchParams.get("page[after]") ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Page-number pagination (Statuspage's `page`/`per_page`): pages count from 1 and a page shorter
 * than `perPage` is the last. The returned function is a `nextCursor` whose cursor is the page number.
 */
export function pageNumberNextCursor<Page>(
  perPage: number,
  items: (page: Page) => readonly unknown[],
): (page: Page, current: number | undefined) => number | undefined {
  return (page, current) => (items(page).length < perPage ? undefined : (current ?? 1) + 1);
}
