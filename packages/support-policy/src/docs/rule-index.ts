// The rule list (`src/rules/index.ts`) is generated from the rule files, so adding a rule means
// writing its file and its test, nothing else.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Level, RuleDefinition } from "../rules/define-rule.js";
import { HANDBOOK_SECTIONS } from "../rules/sections.js";

export const RULES_DIR = join(import.meta.dirname, "..", "rules");
export const RULE_INDEX = join(RULES_DIR, "index.ts");

const LEVEL_ORDER: Record<Level, number> = { cluster: 0, incident: 1, ticket: 2 };

interface RuleFile {
  importPath: string;
  exportName: string;
  rule: RuleDefinition;
}

const isRule = (value: unknown): value is RuleDefinition =>
  typeof value === "object" && value !== null && "detailsSchema" in value && "action" in value;

/** Every rule file of every section folder, with the rule it exports. */
export async function ruleFiles(): Promise<RuleFile[]> {
  const files: RuleFile[] = [];
  for (const { slug } of HANDBOOK_SECTIONS) {
    const dir = join(RULES_DIR, slug);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts")).sort()) {
      const module: Record<string, unknown> = await import(pathToFileURL(join(dir, name)).href);
      const rules = Object.entries(module).filter(([, value]) => isRule(value));
      const [found, ...more] = rules;
      if (!found || more.length > 0 || (found[1] as RuleDefinition).id !== name.slice(0, -3)) {
        throw new Error(
          `${slug}/${name}: a rule file exports exactly one rule, whose id is the file name`,
        );
      }
      files.push({
        importPath: `./${slug}/${name.slice(0, -3)}.js`,
        exportName: found[0],
        rule: found[1] as RuleDefinition,
      });
    }
  }
  return files;
}

/** The text of `src/rules/index.ts`: handbook order, then level, priority and id. */
export async function renderRuleIndex(): Promise<string> {
  const sections = HANDBOOK_SECTIONS.map((section) => section.heading as string);
  const files = await ruleFiles();
  const ordered = [...files].sort(
    (a, b) =>
      sections.indexOf(a.rule.handbook) - sections.indexOf(b.rule.handbook) ||
      LEVEL_ORDER[a.rule.level] - LEVEL_ORDER[b.rule.level] ||
      b.rule.priority - a.rule.priority ||
      (a.rule.id < b.rule.id ? -1 : 1),
  );
  const imports = [...files]
    .sort((a, b) => (a.importPath < b.importPath ? -1 : 1))
    .map((file) => `import { ${file.exportName} } from "${file.importPath}";`);
  return [
    "// Generated from the rule files by `pnpm --filter @support/policy run docs`; do not edit.",
    "// Every rule, in handbook order; within a section by level, then priority (highest first).",
    "",
    ...imports,
    "",
    "export const RULES = [",
    ...ordered.map((file) => `  ${file.exportName},`),
    "] as const;",
    "",
  ].join("\n");
}
