import { requireText } from "@support/api-core";

/**
 * The fields that make a ticket update conditional on the ticket being unchanged since it was
 * read (`updated_at` as `updated_stamp`); Zendesk answers 409 otherwise. Empty when not asked for.
 */
export function safeUpdate(
  helper: string,
  updatedStamp: string | undefined,
): { updated_stamp?: string; safe_update?: boolean } {
  if (updatedStamp === undefined) return {};
  return { updated_stamp: requireText(helper, "updatedStamp", updatedStamp), safe_update: true };
}
