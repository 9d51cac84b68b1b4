import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

const load = (file: string) =>
  ajv.compile(JSON.parse(readFileSync(new URL(`../../schema/${file}`, import.meta.url), "utf8")));

/** The published `--json` output schemas, compiled: each returns the problems found (none = valid). */
export const outputSchemas = {
  brief: load("brief-output.schema.json"),
  sweep: load("sweep-output.schema.json"),
  "handover-note": load("handover-note-output.schema.json"),
};

export function schemaProblems(command: keyof typeof outputSchemas, value: unknown): string[] {
  const validate = outputSchemas[command];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
