import { z } from "zod";
import { PersonRefSchema } from "../../details/schemas.js";
import { personRef } from "../../details/words.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const commsReviewBeforeUse = defineRule({
  id: "comms-review-before-use",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 80,
  owner: "support_watcher",
  blocking: true,
  summary:
    "Do not use the macro for {reference} yet: the Comms Lead ({commsLead}) reviews {whatToReview} first.",
  description:
    "For major or security incidents with a Comms Lead, the macro draft goes to the Comms Lead and is not used until they approve it, so all channels say the same thing. An approval covers the text it was given for: a macro edited after its approval is a new draft and waits for a fresh review before use.",
  conditions: {
    all: [
      { condition: "macroExists" },
      { condition: "commsReviewRequired" },
      { fact: "macroApprovedByComms", operator: "equal", value: false },
    ],
  },
  detailsSchema: z.strictObject({
    macroId: z.string().nullable().describe("The macro's id."),
    commsLead: PersonRefSchema.nullable().describe("The Comms Lead who reviews it."),
    sharedWithCommsAt: z.string().nullable().describe("When it was shared with them, if it was."),
    approvedByCommsAt: z.string().nullable().describe("When they last approved it, if they did."),
    macroUpdatedAt: z.string().nullable().describe("When the macro was last edited."),
    editedAfterApproval: z
      .boolean()
      .describe("Edited after their approval: the new text needs a fresh review."),
  }),
  details: (s) => ({
    macroId: s.incident.macro?.id ?? null,
    commsLead: s.incident.roles.commsLead ? personRef(s.incident.roles.commsLead) : null,
    sharedWithCommsAt: s.incident.macro?.sharedWithCommsAt ?? null,
    approvedByCommsAt: s.incident.macro?.approvedByCommsAt ?? null,
    macroUpdatedAt: s.incident.macro?.updatedAt ?? null,
    editedAfterApproval: s.readings.macro.editedAfterApproval,
  }),
  words: (_, d) => ({
    commsLead: d.commsLead?.name ?? "the Comms Lead",
    whatToReview: d.editedAfterApproval ? "the version edited after their approval" : "it",
  }),
});
