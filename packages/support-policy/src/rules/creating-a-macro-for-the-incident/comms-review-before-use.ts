import type { IncidentRule } from "../types.js";

export const commsReviewBeforeUse = {
  id: "comms-review-before-use",
  handbook: "Creating a macro for the incident",
  level: "incident",
  priority: 80,
  action: "comms_review_before_use",
  owner: "support_watcher",
  blocking: true,
  summary:
    "Do not use the macro for {reference} yet: the Comms Lead ({commsLead}) reviews it first.",
  description:
    "For major or security incidents with a Comms Lead, the macro draft goes to the Comms Lead and is not used until they approve it, so all channels say the same thing.",
  conditions: {
    all: [
      { fact: "live", operator: "equal", value: true },
      { fact: "hasMacro", operator: "equal", value: true },
      { fact: "majorOrSecurity", operator: "equal", value: true },
      { fact: "hasCommsLead", operator: "equal", value: true },
      { fact: "macroApprovedByComms", operator: "equal", value: false },
    ],
  },
  event: { type: "comms_review_before_use" },
} satisfies IncidentRule;
