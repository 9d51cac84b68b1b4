import { z } from "zod";
import { countWords } from "../../details/words.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const sweepQueue = defineRule({
  id: "sweep-queue",
  handbook: "Handling incoming tickets during an incident",
  level: "incident",
  statuses: LIVE,
  priority: 45,
  owner: "support_watcher",
  blocking: false,
  summary:
    "Attach {tickets} to {reference}; {eachWas} opened before the declaration and looks related.",
  description:
    "The watcher checks the queue for tickets that predate the declaration (by up to lookbackMinutes) and look related, and attaches them.",
  conditions: {
    all: [
      { condition: "watcherAssigned" },
      { fact: "unattachedEarlyTicketCount", operator: "greaterThan", value: 0 },
    ],
  },
  detailsSchema: z.strictObject({
    ticketIds: z
      .array(z.string())
      .describe("Related queue tickets opened before the declaration and not attached."),
    lookbackMinutes: z.int().describe("How far before the declaration tickets count (config)."),
  }),
  details: (s) => ({
    ticketIds: [...s.unattachedEarly],
    lookbackMinutes: s.config.lookbackMinutes,
  }),
  words: (_, d) => ({
    tickets: countWords(d.ticketIds.length, "queue ticket"),
    eachWas: d.ticketIds.length === 1 ? "it was" : "each was",
  }),
});
