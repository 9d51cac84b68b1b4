import type { Ack } from "../acks/types.js";
import { exampleScenario } from "./load.js";
import type { Scenario } from "./schema.js";

// The bundled example's incident (INC-2417, feature flags slow in EU projects) over its life, as
// the successive polls `watch --example` replays: each step is the previous one plus what
// happened since, so every step is a complete scenario.

type Step = (scenario: Scenario, base: Scenario) => void;

const ack = (ruleId: string, at: string, by: string, extra: Partial<Ack> = {}): Ack => ({
  ruleId,
  at,
  by,
  ...extra,
});

const carry = (scenario: Scenario, ...acks: Ack[]) => {
  scenario.acknowledgements = [...(scenario.acknowledgements ?? []), ...acks];
};

const ticket = (base: Scenario, id: string, createdAt: string) => {
  const found = structuredClone(base.tickets.find((t) => t.id === id));
  if (!found) throw new Error(`the bundled example has no ticket ${id}`);
  found.createdAt = createdAt;
  if (found.awaitingReplySince) found.awaitingReplySince = createdAt;
  return found;
};

const STEPS: Array<{ now: string; description: string; step: Step }> = [
  {
    now: "2026-06-03T14:40:00Z",
    description: "Declared: the workflow asks #team-support for a Support Watcher",
    step: (s) => {
      s.incident.severity = "minor";
      s.incident.roles = { incidentLead: s.incident.roles.incidentLead };
      delete s.incident.macro;
      delete s.incident.statusPage;
      delete s.incident.lastTeamUpdateAt;
      delete s.incident.impactChangedAt;
      s.tickets = s.tickets.filter((t) => t.id === "48176" || t.id === "48190");
    },
  },
  {
    now: "2026-06-03T14:47:00Z",
    description: "Priya raises her hand and joins the incident channel; Sam becomes Comms Lead",
    step: (s, base) => {
      s.incident.roles.supportWatcher = base.incident.roles.supportWatcher;
      s.incident.roles.commsLead = base.incident.roles.commsLead;
    },
  },
  {
    now: "2026-06-03T15:31:00Z",
    description: "The macro is created and the status page entry is up",
    step: (s, base) => {
      s.incident.macro = structuredClone(base.incident.macro);
      if (s.incident.macro) delete s.incident.macro.sharedWithCommsAt;
      s.incident.statusPage = {
        ...structuredClone(base.incident.statusPage),
        updatedAt: "2026-06-03T15:25:00Z",
      } as Scenario["incident"]["statusPage"];
    },
  },
  {
    now: "2026-06-03T15:45:00Z",
    description: "Tickets arrive; Priya shares the macro with Sam and tells the team",
    step: (s, base) => {
      s.tickets.push(
        ticket(base, "48213", "2026-06-03T15:33:00Z"),
        ticket(base, "48221", "2026-06-03T15:38:00Z"),
        ticket(base, "48230", "2026-06-03T15:41:00Z"),
      );
      carry(
        s,
        ack("share-macro-with-comms", "2026-06-03T15:34:00Z", "Priya Raman"),
        ack("announce-macro", "2026-06-03T15:35:00Z", "Priya Raman", {
          note: "posted in the workflow thread",
        }),
        ack("update-team", "2026-06-03T15:35:00Z", "Priya Raman"),
      );
    },
  },
  {
    now: "2026-06-03T15:50:00Z",
    description: "The impact changes: flag changes take 30 to 60 seconds; the incident is major",
    step: (s) => {
      s.incident.severity = "major";
      s.incident.impactChangedAt = "2026-06-03T15:48:00Z";
    },
  },
  {
    now: "2026-06-03T16:21:00Z",
    description: "CS was asked about Acme Health; Priya's day ends at 16:45",
    step: (s, base) => {
      s.incident.statusPage = structuredClone(base.incident.statusPage);
      carry(
        s,
        ack("check-with-cs", "2026-06-03T16:00:00Z", "Priya Raman", {
          ticketId: "48213",
          note: "side conversation in #cs-sales-support",
        }),
        ack("update-team", "2026-06-03T16:05:00Z", "Priya Raman"),
      );
    },
  },
  {
    now: "2026-06-03T16:50:00Z",
    description:
      "Handover: Lou takes over; Sam approved the updated macro; CS will handle Acme Health",
    step: (s, base) => {
      const lou = base.team.find((p) => p.name === "Lou Bennett");
      if (lou) s.incident.roles.supportWatcher = lou;
      if (s.incident.macro) s.incident.macro.updatedAt = "2026-06-03T16:38:00Z";
      carry(
        s,
        ack("leave-to-cs", "2026-06-03T16:26:00Z", "Priya Raman", {
          ticketId: "48213",
          note: "Rosa talks to Acme Health herself",
        }),
        ack("comms-review-before-use", "2026-06-03T16:40:00Z", "Priya Raman", {
          note: "Sam approved it in the incident channel",
        }),
      );
    },
  },
  {
    now: "2026-06-03T18:10:00Z",
    description: "Resolved: the customer-facing impact is over",
    step: (s) => {
      s.incident.status = "resolved";
      s.incident.resolvedAt = "2026-06-03T18:05:00Z";
      s.incident.postMortem = { url: "https://docs.example.com/post-mortems/inc-2417" };
    },
  },
  {
    now: "2026-06-03T18:40:00Z",
    description: "The sweep told every customer and deleted the macro; the last steps are done",
    step: (s) => {
      delete s.incident.macro;
      for (const t of s.tickets) {
        if (t.id === "48176") continue;
        t.tags = [...new Set([...t.tags, "incident/2417", "incident/2417/notified"])];
        t.attachedToIncident = true;
        t.relatedToIncident = true;
        t.resolutionNoticeSentAt = "2026-06-03T18:20:00Z";
        delete t.draftReply;
        delete t.awaitingReplySince;
        t.status = "pending";
      }
      carry(
        s,
        ack("update-team", "2026-06-03T18:12:00Z", "Lou Bennett", {
          note: "resolved, notices going out",
        }),
        ack("review-docs", "2026-06-03T18:30:00Z", "Lou Bennett", {
          note: "no docs change needed",
        }),
        ack("postmortem-feedback", "2026-06-03T18:35:00Z", "Lou Bennett"),
      );
    },
  },
];

/** The bundled sequence: one complete scenario per poll, with its own clock and description. */
export function exampleSequence(): Scenario[] {
  const base = exampleScenario();
  const steps: Scenario[] = [];
  let current = structuredClone(base);
  for (const { now, description, step } of STEPS) {
    current = structuredClone(current);
    step(current, base);
    current.now = now;
    current.description = description;
    steps.push(current);
  }
  return steps;
}
