import { z } from "zod";
import { InstantOut, PersonRefSchema } from "../../details/schemas.js";
import { personRef } from "../../details/words.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const noSupportCoverage = defineRule({
  id: "no-support-coverage",
  handbook: "When an incident is declared",
  level: "incident",
  statuses: LIVE,
  priority: 100,
  owner: "on_call_global",
  blocking: false,
  summary:
    "Nobody in support is within working hours for {reference}: tickets wait until {nextCoverageAt} or go to {onCallGlobal}.",
  description:
    "There is no on-call support. When nobody in support is within working hours, no watcher is requested; tickets either wait for support hours to resume or go to the engineering on-call.",
  conditions: {
    all: [{ condition: "outsideSupportHours" }],
  },
  detailsSchema: z.strictObject({
    nextCoverageAt: InstantOut.nullable().describe(
      "When support hours next start; null when nobody has hours in the next three weeks.",
    ),
    fallback: z.string().describe("The engineering on-call's handle (config onCallGlobal)."),
    nextOnline: z
      .array(PersonRefSchema.extend({ at: InstantOut.describe("When they come online.") }))
      .describe("The next three people in support to come online, soonest first."),
  }),
  details: (s) => ({
    nextCoverageAt: s.coverage.nextCoverageAt,
    fallback: s.config.onCallGlobal,
    nextOnline: s.coverage.upcoming.slice(0, 3).map((entry) => ({
      ...personRef(entry.person),
      at: entry.at,
    })),
  }),
  words: (_, d) => ({ nextCoverageAt: d.nextCoverageAt ?? "no scheduled support hours" }),
});
