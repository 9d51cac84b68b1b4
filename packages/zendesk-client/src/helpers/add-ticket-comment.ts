import type { ZendeskClient } from "../client.js";
import { propertiesOf, requireId, requireText } from "../internal/arguments.js";
import { safeUpdate } from "../internal/safe-update.js";
import { signalInit } from "../internal/signal.js";
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

export interface AddTicketCommentOptions extends CallOptions {
  /**
   * The ticket's `updated_at` as last read. Zendesk then refuses the update with 409 if the
   * ticket changed since, which also stops a retried request from posting the comment twice.
   */
  updatedStamp?: string | undefined;
}

const HELPER = "addTicketComment";

/**
 * Adds a public reply or an internal note to a ticket (`PUT /api/v2/tickets/{ticket_id}` with
 * `ticket.comment`) and returns the updated ticket and the audit recording the comment.
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
    throw new TypeError(
      `${HELPER}: "comment.public" must be true (a reply the requester sees) or false (an internal note)`,
    );
  }
  if ((given.body === undefined) === (given.htmlBody === undefined)) {
    throw new TypeError(`${HELPER}: "comment" needs exactly one of "body" and "htmlBody"`);
  }
  const text =
    given.body !== undefined
      ? { body: requireText(HELPER, "comment.body", given.body) }
      : { html_body: requireText(HELPER, "comment.htmlBody", given.htmlBody) };
  const author =
    given.authorId === undefined
      ? {}
      : { author_id: requireId(HELPER, "comment.authorId", given.authorId) };
  return unwrapRequiring(
    client,
    client.api.PUT("/api/v2/tickets/{ticket_id}", {
      params: { path: { ticket_id } },
      body: {
        ticket: {
          comment: { ...text, public: given.public, ...author },
          ...safeUpdate(HELPER, options.updatedStamp),
        },
      },
      ...signalInit(options),
    }),
    "ticket",
  );
}
