import { z } from "zod";
import { listWords } from "../../details/words.js";
import { defineRule } from "../define-rule.js";
import { LIVE_OR_OVER } from "../statuses.js";

const ROLE_WORDS = { incident_lead: "the incident lead", comms_lead: "the Comms Lead" } as const;

export const proactiveOutreachGate = defineRule({
  id: "proactive-outreach-gate",
  handbook: "Creating proactive tickets",
  level: "incident",
  statuses: LIVE_OR_OVER,
  priority: 80,
  owner: "support_watcher",
  blocking: true,
  summary:
    "Do not create proactive tickets for {reference} yet: waiting for {missingList} to confirm.",
  description:
    "Before any proactive ticket is created, the incident lead confirms and, when one is assigned, the Comms Lead too, so customers do not hear the same thing twice.",
  conditions: {
    all: [
      { fact: "proactiveOutreachRequested", operator: "equal", value: true },
      { fact: "proactiveConfirmationsMissing", operator: "greaterThan", value: 0 },
    ],
  },
  detailsSchema: z.strictObject({
    missing: z
      .array(z.enum(["incident_lead", "comms_lead"]))
      .describe("Who still has to confirm: the incident lead, and the Comms Lead when assigned."),
    requestedAt: z.string().nullable().describe("When the outreach was requested."),
  }),
  details: (s) => ({
    missing: [...s.readings.proactiveMissing],
    requestedAt: s.incident.proactiveOutreach?.requestedAt ?? null,
  }),
  words: (_, d) => ({ missingList: listWords(d.missing.map((role) => ROLE_WORDS[role])) }),
});
