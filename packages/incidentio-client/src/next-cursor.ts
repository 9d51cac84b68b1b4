/** incident.io's next-page rule: `pagination_meta.after` is the id to continue after; absent or empty on the last page. */
export function incidentIoNextCursor(page: {
  pagination_meta?: { after?: string | null | undefined } | null | undefined;
}): string | undefined {
  return page.pagination_meta?.after || undefined;
}
