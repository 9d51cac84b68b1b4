import {
  callInit,
  invalidArgument,
  propertiesOf,
  requireId,
  requireText,
  retryOnlyBeforeSending,
} from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { requireTags } from "../internal/arguments.js";
import { safeUpdate } from "../internal/safe-update.js";
import { type Requiring, unwrapRequiring } from "../internal/unwrap-field.js";
import type { CallOptions, TicketUpdate } from "../types.js";

/** A comment: exactly one of `body` (plain text) and `htmlBody`. */
export type NewTicketComment = (
  | { body: string; htmlBody?: undefined }
  | { htmlBody: string; body?: undefined }
) & {
  /**
   * Required on purpose: `true` is a reply the requester (and CCs) receive, `false` an
   * internal note only agents see. Zendesk's own default would be public.
   */
  public: boolean;
  /** Post as this user instead of the credential's owner. */
  authorId?: number | undefined;
};

/** Without tags: the comment alone, optionally as a safe update. */
interface CommentOnly {
  /**
   * The ticket's `updated_at` as last read. Zendesk then refuses the update with 409 if the
   * ticket changed since, which also stops a retried request from posting the comment twice.
   */
  updatedStamp?: string | undefined;
  addTags?: undefined;
  currentTags?: undefined;
}

/**
 * With tags added in the same update. Zendesk's ticket update replaces the whole tag list, so
 * the helper sends `currentTags` plus `addTags`; that is only safe when the update is refused
 * if the ticket changed since its tags were read, hence `updatedStamp` is required.
 */
interface CommentWithTags {
  /** Tags to put on the ticket together with the comment (one atomic update). */
  addTags: readonly string[];
  /** The ticket's tags as read together with `updatedStamp`; none of them is removed. */
  currentTags: readonly string[];
  /** The ticket's `updated_at` read with `currentTags`: the update is a safe update. */
  updatedStamp: string;
}

export type AddTicketCommentOptions = CallOptions & (CommentOnly | CommentWithTags);

const HELPER = "addTicketComment";

/**
 * Adds a public reply or an internal note to a ticket (`PUT /api/v2/tickets/{ticket_id}` with
 * `ticket.comment`) and returns the updated ticket and the audit recording the comment. With
 * `addTags` the tags land in the same update (`ticket.tags`: the current ones plus these), as a
 * safe update. Without `updatedStamp` the PUT is not idempotent and is retried only when the
 * connection failed before anything was sent (or on 429); with it, a repeat after a success is
 * refused with 409, so it is retried like any PUT.
 */
export async function addTicketComment(
  client: ZendeskClient,
  ticketId: number,
  comment: NewTicketComment,
  options: AddTicketCommentOptions = {},
): Promise<Requiring<TicketUpdate, "ticket">> {
  const ticket_id = requireId(HELPER, "ticketId", ticketId);
  const given = propertiesOf(comment);
  if (typeof given.public !== "boolean") {
    invalidArgument(
      HELPER,
      `"comment.public" must be true (a reply the requester sees) or false (an internal note)`,
    );
  }
  if ((given.body === undefined) === (given.htmlBody === undefined)) {
    invalidArgument(HELPER, `"comment" needs exactly one of "body" and "htmlBody"`);
  }
  const text =
    given.body !== undefined
      ? { body: requireText(HELPER, "comment.body", given.body) }
      : { html_body: requireText(HELPER, "comment.htmlBody", given.htmlBody) };
  const author =
    given.authorId === undefined
      ? {}
      : { author_id: requireId(HELPER, "comment.authorId", given.authorId) };
  const safe = safeUpdate(HELPER, options.updatedStamp);
  return unwrapRequiring(
    client,
    client.PUT("/api/v2/tickets/{ticket_id}", {
      params: { path: { ticket_id } },
      body: {
        ticket: {
          comment: { ...text, public: given.public, ...author },
          ...tagsUpdate(options),
          ...safe,
        },
      },
      ...callInit(options),
      // Zendesk has no idempotency key for ticket updates: without safe_update a repeated PUT
      // posts the comment twice, so it is retried only if it never left.
      ...(safe.safe_update ? {} : retryOnlyBeforeSending()),
    }),
    "ticket",
  );
}

/** `{ tags }` for a comment that adds tags: the ticket's tags as read plus the new ones. */
function tagsUpdate(options: AddTicketCommentOptions): { tags?: string[] } {
  const given = propertiesOf(options);
  if (given.addTags === undefined) {
    if (given.currentTags !== undefined) {
      invalidArgument(HELPER, `option "currentTags" is only used with "addTags"`);
    }
    return {};
  }
  const added = requireTags(HELPER, "addTags", given.addTags);
  if (given.updatedStamp === undefined || given.currentTags === undefined) {
    invalidArgument(
      HELPER,
      `option "addTags" needs "currentTags" and "updatedStamp" (the ticket's tags and updated_at as read), because Zendesk replaces the whole tag list`,
    );
  }
  const current = requireTags(HELPER, "currentTags", given.currentTags, { allowEmpty: true });
  return { tags: [...new Set([...current, ...added])] };
}
