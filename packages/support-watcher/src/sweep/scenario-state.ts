import { ConfigSchema } from "@support/policy";
import type { Snapshot } from "../snapshot.js";
import type { PlanInput } from "./plan.js";

/**
 * A scenario as the sweep's input: attachments are the tickets marked attached, the status page
 * link the incident's (or the config's page), and the template only by its title (Zendesk is not
 * read, so its id is unknown).
 */
export function scenarioPlanInput(snapshot: Snapshot): PlanInput {
  const config = ConfigSchema.parse(snapshot.config);
  return {
    snapshot,
    attached: new Set(snapshot.tickets.filter((t) => t.attachedToIncident).map((t) => t.id)),
    statusPageUrl: snapshot.incident.statusPage?.url ?? config.statusPageUrl,
    template: { id: null, title: config.macroTemplate },
  };
}
