// Regenerates POLICY.md and the JSON Schema files from the rules and zod schemas.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderJsonSchemas } from "../src/docs/json-schemas.js";
import { renderPolicyMarkdown } from "../src/docs/policy-markdown.js";

const root = join(import.meta.dirname, "..");
writeFileSync(join(root, "POLICY.md"), renderPolicyMarkdown());
mkdirSync(join(root, "schema"), { recursive: true });
for (const [file, text] of Object.entries(renderJsonSchemas())) {
  writeFileSync(join(root, "schema", file), text);
}
console.log("wrote POLICY.md and schema/*.schema.json");
