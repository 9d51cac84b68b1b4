import { z } from "zod";

/** One condition that held, with the value the fact actually had. */
export const ReasonSchema = z
  .strictObject({
    fact: z.string().describe("The fact the condition tested (see POLICY.md, Facts)."),
    operator: z.string().describe("The json-rules-engine operator, e.g. `equal` or `in`."),
    value: z
      .unknown()
      .describe("What the fact was compared against (the config value when the rule names one)."),
    actual: z.unknown().describe("The value the fact had."),
    valueFrom: z
      .string()
      .optional()
      .describe("The config key or fact the compared value came from, when the rule names one."),
  })
  .describe("A leaf condition of the rule that held.");
export type Reason = z.infer<typeof ReasonSchema>;
