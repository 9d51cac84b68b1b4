// Regenerates the rule list, POLICY.md and the JSON Schema files from the rules and zod schemas.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
// The rule list first: POLICY.md and the schemas are built from it.
const { RULE_INDEX, renderRuleIndex } = await import("../src/docs/rule-index.js");
writeFileSync(RULE_INDEX, await renderRuleIndex());
const { renderJsonSchemas } = await import("../src/docs/json-schemas.js");
const { renderPolicyMarkdown } = await import("../src/docs/policy-markdown.js");
writeFileSync(join(root, "POLICY.md"), renderPolicyMarkdown());
mkdirSync(join(root, "schema"), { recursive: true });
for (const [file, text] of Object.entries(renderJsonSchemas())) {
  writeFileSync(join(root, "schema", file), text);
}
console.log("wrote src/rules/index.ts, POLICY.md and schema/*.schema.json");
