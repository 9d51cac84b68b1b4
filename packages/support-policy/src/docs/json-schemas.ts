import { z } from "zod";
import { ConfigSchema } from "../schemas/config.js";
import { ContextSchema } from "../schemas/context.js";
import { DecisionSchema } from "../schemas/decision.js";
import { EvaluationSchema, IncidentEvaluationSchema } from "../schemas/evaluation.js";
import { IncidentSchema } from "../schemas/incident.js";
import { SuggestContextSchema } from "../schemas/suggest-context.js";
import { TicketSchema } from "../schemas/ticket.js";

/** The JSON Schema files shipped under `schema/`, by file name. */
export function renderJsonSchemas(): Record<string, string> {
  const inputs = {
    incident: IncidentSchema,
    ticket: TicketSchema,
    context: ContextSchema,
    config: ConfigSchema,
    "suggest-context": SuggestContextSchema,
  };
  const outputs = {
    decision: DecisionSchema,
    evaluation: EvaluationSchema,
    "incident-evaluation": IncidentEvaluationSchema,
  };
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(inputs)) {
    files[`${name}.schema.json`] =
      `${JSON.stringify(z.toJSONSchema(schema, { io: "input" }), null, 2)}\n`;
  }
  // Every decision repeats the same parts (because, handbook, people): each is written once in
  // $defs, which keeps the files a third of their inlined size.
  for (const [name, schema] of Object.entries(outputs)) {
    files[`${name}.schema.json`] =
      `${JSON.stringify(z.toJSONSchema(schema, { io: "output", reused: "ref" }), null, 2)}\n`;
  }
  return files;
}
