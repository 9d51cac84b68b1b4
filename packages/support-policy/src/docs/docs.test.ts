import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { handbookHeadings } from "../../test/handbook.js";
import { RULES } from "../rules/index.js";
import { HANDBOOK_SECTIONS } from "../rules/sections.js";
import { renderJsonSchemas } from "./json-schemas.js";
import { renderPolicyMarkdown } from "./policy-markdown.js";
import { RULE_INDEX, renderRuleIndex } from "./rule-index.js";

const packageRoot = resolve(import.meta.dirname, "../..");
const REGENERATE = "run `pnpm --filter @support/policy run docs` to regenerate it";

describe("living documentation", () => {
  it(`keeps the rule list src/rules/index.ts in step with the rule files (${REGENERATE})`, async () => {
    expect(readFileSync(RULE_INDEX, "utf8")).toBe(await renderRuleIndex());
  });

  it(`keeps POLICY.md in step with the rules (${REGENERATE})`, () => {
    expect(readFileSync(join(packageRoot, "POLICY.md"), "utf8")).toBe(renderPolicyMarkdown());
  });

  it(`keeps the JSON Schema files in step with the zod schemas (${REGENERATE})`, () => {
    const expected = renderJsonSchemas();
    const dir = join(packageRoot, "schema");
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, text] of Object.entries(expected)) {
      expect(readFileSync(join(dir, file), "utf8"), file).toBe(text);
    }
  });

  it("lists exactly the handbook's ## sections, in handbook order", () => {
    expect(HANDBOOK_SECTIONS.map((section) => section.heading)).toEqual(handbookHeadings());
  });

  it("covers all twelve handbook sections with at least one rule each", () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    expect(HANDBOOK_SECTIONS).toHaveLength(12);
    for (const section of HANDBOOK_SECTIONS) {
      const own = RULES.filter((rule) => rule.handbook === section.heading).map((rule) => rule.id);
      const pointed =
        "implementedBy" in section ? section.implementedBy.flatMap((duty) => duty.rules) : [];
      expect([...own, ...pointed].length, section.heading).toBeGreaterThan(0);
      for (const id of pointed) expect(ids, `${section.heading}: ${id}`).toContain(id);
    }
  });

  it("shows the duties of a summing-up section with links to the rules that carry them out", () => {
    const policy = renderPolicyMarkdown();
    const role = policy.slice(
      policy.indexOf("\n## Your role during an incident\n"),
      policy.indexOf("\n## When an incident is declared\n"),
    );
    expect(role).toContain(
      "| Declare an incident when you suspect one | [raise-incident](#raise-incident) |",
    );
    expect(role).toContain("[handover](#handover)");
  });

  it("covers every section in POLICY.md, with a heading per rule", () => {
    const policy = renderPolicyMarkdown();
    for (const { heading } of HANDBOOK_SECTIONS) expect(policy).toContain(`\n## ${heading}\n`);
    for (const rule of RULES) expect(policy).toContain(`\n### ${rule.id}\n`);
  });
});
