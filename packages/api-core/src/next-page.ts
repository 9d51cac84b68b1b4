/**
 * Page-number pagination (Statuspage's `page`/`per_page`): pages count from 1 and a page shorter
 * than `perPage` is the last. The returned function is a `nextCursor` whose cursor is the page
 * number. (Each vendor's own cursor rule lives in its client package.)
 */
export function pageNumberNextCursor<Page>(
  perPage: number,
  items: (page: Page) => readonly unknown[],
): (page: Page, current: number | undefined) => number | undefined {
  return (page, current) => (items(page).length < perPage ? undefined : (current ?? 1) + 1);
}
