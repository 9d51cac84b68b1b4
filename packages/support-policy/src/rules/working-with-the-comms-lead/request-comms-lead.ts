import { z } from "zod";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const requestCommsLead = defineRule({
  id: "request-comms-lead",
  handbook: "Working with the Comms Lead",
  level: "incident",
  statuses: LIVE,
  priority: 52,
  owner: "support_watcher",
  blocking: false,
  summary:
    "Ask for a Comms Lead for {reference} in {marketingChannel} or with {marketingHandle}: external comms are required.",
  description:
    "Marketing owns external communication. When external comms are required and no Comms Lead is assigned, support asks Marketing for one.",
  conditions: {
    all: [
      { fact: "externalCommsRequired", operator: "equal", value: true },
      { fact: "hasCommsLead", operator: "equal", value: false },
    ],
  },
  detailsSchema: z.strictObject({
    channel: z.string().describe("Where to ask (config marketingChannel)."),
    handle: z.string().describe("The handle that reaches Marketing (config marketingHandle)."),
  }),
  details: (s) => ({ channel: s.config.marketingChannel, handle: s.config.marketingHandle }),
});
