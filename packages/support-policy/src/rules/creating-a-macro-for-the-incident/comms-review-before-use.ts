import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const commsReviewBeforeUse = {
  id: "comms-review-before-use",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 80,
  action: "comms_review_before_use",
  owner: "support_watcher",
  blocking: true,
  summary:
    "Do not use the macro for {reference} yet: the Comms Lead ({commsLead}) reviews {whatToReview} first.",
  description:
    "For major or security incidents with a Comms Lead, the macro draft goes to the Comms Lead and is not used until they approve it, so all channels say the same thing. An approval covers the text it was given for: a macro edited after its approval is a new draft and waits for a fresh review before use.",
  conditions: {
    all: [
      { fact: "hasMacro", operator: "equal", value: true },
      { fact: "majorOrSecurity", operator: "equal", value: true },
      { fact: "hasCommsLead", operator: "equal", value: true },
      { fact: "macroApprovedByComms", operator: "equal", value: false },
    ],
  },
  event: { type: "comms_review_before_use" },
} satisfies IncidentRule;
