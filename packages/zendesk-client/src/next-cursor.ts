/**
 * Zendesk's cursor pagination rule: `meta.has_more` says whether there is more; the cursor is
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
