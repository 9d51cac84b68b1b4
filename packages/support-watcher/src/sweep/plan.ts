import {
  type Decision,
  evaluateIncident,
  incidentTag,
  isDecision,
  type TicketInput,
} from "@support/policy";
import { UPDATE_MANY_LIMIT } from "@support/zendesk-client";
import type { WatcherConfig } from "../config/schema.js";
import type { LiveState } from "../live/load.js";
import { fill } from "../text/fill.js";

export interface MacroDraft {
  title: string;
  /** The template to copy; its id is null in a plan made from a scenario (Zendesk is not read). */
  template: { id: number | null; title: string };
  tag: string;
}

/** What a plan is made from: the state read live, or one built from a scenario. */
export type PlanInput = Pick<LiveState, "snapshot" | "attached" | "statusPageUrl"> & {
  template: { id?: number | null | undefined; title: string } | undefined;
};

/** Every write the sweep would make, computed from the current state; nothing is written here. */
export interface SweepPlan {
  incident: { id: string; reference: string; status: string };
  tag: string;
  /** Tickets the policy counts as related (matched, tagged or attached). */
  related: string[];
  /** Related tickets without an incident.io attachment. */
  attach: string[];
  /** Related tickets without the incident tag (and not notified below), in update_many batches. */
  tagBatches: string[][];
  createMacro: MacroDraft | null;
  /** Tagged or attached tickets to tell the incident is resolved (after the tags above). */
  notify: string[];
  deleteMacro: { id: string; title: string } | null;
  /** Writes the decisions call for that cannot be made, and why. */
  cannot: string[];
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );

const ids = (decisions: Decision[], action: string) =>
  decisions.filter((d) => d.action === action && d.ticketId).map((d) => d.ticketId as string);

export const placeholders = (state: PlanInput): Record<string, string> => {
  const { incident } = state.snapshot;
  return {
    reference: incident.reference,
    name: incident.name,
    number: String(incident.number),
    ...(state.statusPageUrl && { statusPageUrl: state.statusPageUrl }),
  };
};

/**
 * What the decisions call for, as writes: attach and tag every related ticket, draft the macro
 * while the incident is live, and once it is resolved notify each tagged ticket and delete the
 * macro. The notices are planned against the state *after* this run's tags and attachments,
 * so one run finishes the job.
 */
export async function planSweep(state: PlanInput, config: WatcherConfig): Promise<SweepPlan> {
  const { snapshot } = state;
  const { incident } = snapshot;
  const context = { now: snapshot.now, team: snapshot.team, config: snapshot.config };
  const tag = incidentTag(incident);
  // The incident's decisions and the queue's matches, without evaluating every ticket.
  const { decisions: incidentLevel, matches } = await evaluateIncident(incident, [], {
    ...context,
    queue: snapshot.tickets,
  });
  const related = new Set(
    [...matches.map((m) => m.ticketId), ...state.attached].sort((a, b) =>
      a.localeCompare(b, "en", { numeric: true }),
    ),
  );
  const byId = new Map(snapshot.tickets.map((t) => [t.id, t]));
  const attach = [...related].filter((id) => !state.attached.has(id) && byId.has(id));
  const untagged = [...related].filter((id) => {
    const ticket = byId.get(id);
    return ticket && ticket.status !== "closed" && !ticket.tags.includes(tag);
  });
  const cannot: string[] = [];
  const values = placeholders(state);

  let createMacro: MacroDraft | null = null;
  const create = incidentLevel.find(isDecision("create_macro"));
  if (create) {
    const template = state.template;
    if (template?.id === undefined) {
      cannot.push(
        `Create the macro: there is no Zendesk macro titled "${create.details.template}" to start from.`,
      );
    } else {
      createMacro = {
        title: fill(config.zendesk.macroTitle, values),
        template: { id: template.id ?? null, title: template.title },
        tag,
      };
    }
  }

  const macro = incident.macro;
  const deleteMacro =
    macro && incidentLevel.some((d) => d.action === "delete_macro")
      ? { id: macro.id, title: macro.title }
      : null;

  // Notices go to the tickets that are tagged or attached once this run's writes are done, and
  // only after resolution, so the per-ticket evaluation runs only then (it is the slow part).
  let notify: string[] = [];
  if (incident.status === "resolved" || incident.status === "closed") {
    const changed = new Set([...attach, ...untagged]);
    const after = snapshot.tickets.map(
      (t): TicketInput =>
        changed.has(t.id)
          ? { ...t, tags: [...new Set([...t.tags, tag])], attachedToIncident: true }
          : t,
    );
    const candidates = after.filter((t) => t.attachedToIncident || t.tags.includes(tag));
    const evaluation = await evaluateIncident(incident, candidates, { ...context, queue: after });
    notify = ids(
      evaluation.tickets.flatMap((one) => one.decisions),
      "notify_resolved",
    );
  }
  const noticeTemplate = config.zendesk.resolutionNotice.body;
  if (notify.length > 0 && noticeTemplate.includes("{statusPageUrl}") && !values.statusPageUrl) {
    cannot.push(
      `Post the resolution notice to ${notify.length} tickets: the notice links the status page, and no link is known (set statusPage.url in the config).`,
    );
    notify = [];
  }
  return {
    incident: { id: incident.id, reference: incident.reference, status: incident.status },
    tag,
    related: [...related],
    attach,
    // A notified ticket gets the incident tag in the same update as its notice.
    tagBatches: chunks(
      untagged.filter((id) => !notify.includes(id)),
      UPDATE_MANY_LIMIT,
    ),
    createMacro,
    notify,
    deleteMacro,
    cannot,
  };
}

export const resolutionNotice = (state: LiveState, config: WatcherConfig): string =>
  fill(config.zendesk.resolutionNotice.body, placeholders(state));

export const markerTagFor = (state: LiveState, config: WatcherConfig): string =>
  fill(config.zendesk.resolutionNotice.markerTag, placeholders(state));

export const writeCount = (plan: SweepPlan): number =>
  plan.attach.length +
  plan.tagBatches.reduce((n, batch) => n + batch.length, 0) +
  (plan.createMacro ? 1 : 0) +
  plan.notify.length +
  (plan.deleteMacro ? 1 : 0);
