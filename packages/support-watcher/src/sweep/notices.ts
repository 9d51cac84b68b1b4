import { ApiError, addTicketComment, showTicket } from "@support/zendesk-client";
import { ticketTags } from "../adapters/tickets.js";
import type { WatcherConfig } from "../config/schema.js";
import type { LiveState } from "../live/load.js";
import { markerTagFor, resolutionNotice, type SweepPlan } from "./plan.js";
import { type ApplyDeps, type Recorder, ticketTarget as target } from "./types.js";

/**
 * One safe update per ticket: the public notice, the incident tag and the marker tag together.
 * A 409 means the ticket changed since it was read (or a retried request already went
 * through): it is re-read, and the notice is sent once more only if the marker is still absent.
 */
export async function notifyTickets(
  plan: SweepPlan,
  state: LiveState,
  config: WatcherConfig,
  deps: ApplyDeps,
  record: Recorder,
) {
  if (plan.notify.length === 0) return;
  const zendesk = deps.vendors.zendesk();
  const body = resolutionNotice(state, config);
  const marker = markerTagFor(state, config);
  let finished = 0;
  for (const id of plan.notify) {
    let ticket = state.zendeskTickets.get(id) ?? {};
    for (let attempt = 1; ; attempt++) {
      try {
        await addTicketComment(
          zendesk,
          Number(id),
          { body, public: true },
          {
            addTags: [plan.tag, marker],
            currentTags: ticketTags(ticket),
            updatedStamp: ticket.updated_at ?? state.snapshot.now,
          },
        );
        await record("post_resolution_notice", target(id), "ok", { detail: { marker } });
        break;
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409) || attempt > 1) {
          await record("post_resolution_notice", target(id), "failed", { error });
          break;
        }
        try {
          ticket = await showTicket(zendesk, Number(id));
        } catch (readError) {
          await record("post_resolution_notice", target(id), "failed", { error: readError });
          break;
        }
        if (ticketTags(ticket).includes(marker)) {
          await record("post_resolution_notice", target(id), "already_done", {
            detail: { marker },
          });
          break;
        }
      }
    }
    deps.progress.count("resolution notices", ++finished, plan.notify.length);
  }
}
