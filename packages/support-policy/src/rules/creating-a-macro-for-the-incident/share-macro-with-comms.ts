import { LIVE } from "../statuses.js";
import type { IncidentRule } from "../types.js";

export const shareMacroWithComms = {
  id: "share-macro-with-comms",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 54,
  action: "share_macro_with_comms",
  owner: "support_watcher",
  blocking: false,
  summary:
    "Share the macro for {reference} with the Comms Lead ({commsLead}) so they know what we tell customers.",
  description:
    "For minor incidents with a Comms Lead, the macro is shared with them after it is created; it can be used straight away.",
  conditions: {
    all: [
      { fact: "hasMacro", operator: "equal", value: true },
      { fact: "majorOrSecurity", operator: "equal", value: false },
      { fact: "hasCommsLead", operator: "equal", value: true },
      { fact: "macroSharedWithComms", operator: "equal", value: false },
    ],
  },
  event: { type: "share_macro_with_comms" },
} satisfies IncidentRule;
