import { z } from "zod";
import { PersonRefSchema } from "../../details/schemas.js";
import { personRef } from "../../details/words.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const shareMacroWithComms = defineRule({
  id: "share-macro-with-comms",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 54,
  owner: "support_watcher",
  blocking: false,
  summary:
    "Share the macro for {reference} with the Comms Lead ({commsLead}) so they know what we tell customers.",
  description:
    "For minor incidents with a Comms Lead, the macro is shared with them after it is created; it can be used straight away.",
  conditions: {
    all: [
      { condition: "macroExists" },
      { fact: "majorOrSecurity", operator: "equal", value: false },
      { fact: "hasCommsLead", operator: "equal", value: true },
      { fact: "macroSharedWithComms", operator: "equal", value: false },
    ],
  },
  detailsSchema: z.strictObject({
    macroId: z.string().nullable().describe("The macro's id."),
    commsLead: PersonRefSchema.nullable().describe("The Comms Lead to share it with."),
  }),
  details: (s) => ({
    macroId: s.incident.macro?.id ?? null,
    commsLead: s.incident.roles.commsLead ? personRef(s.incident.roles.commsLead) : null,
  }),
  words: (_, d) => ({ commsLead: d.commsLead?.name ?? "the Comms Lead" }),
});
