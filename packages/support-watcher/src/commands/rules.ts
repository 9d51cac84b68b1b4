import { HANDBOOK_SECTIONS, lintRules, policyRules } from "@support/policy";
import { EXIT } from "../errors.js";
import { defineCommand, writeJson } from "./command.js";
import { summaryOf } from "./registry.js";

export const rulesCommand = defineCommand({
  name: "rules",
  summary: summaryOf("rules"),
  help: `Usage: support-watcher rules [--json]

Lists every policy rule, grouped by the handbook section it enforces (id, level, owner, action,
whether it blocks, and what it checks); a section that sums up duties lists the rules of other
sections that carry each one out. Then the message lint rules and their sources.

Options:
  --json       Print { rules, lintRules } as JSON (the policy's own metadata)`,
  options: { json: { type: "boolean" } },
  async run({ values }, context) {
    if (values.json === true) {
      writeJson(context, { rules: policyRules, lintRules });
      return EXIT.ok;
    }
    const s = context.out;
    const lines: string[] = [];
    for (const section of HANDBOOK_SECTIONS) {
      const rules = policyRules.filter((rule) => rule.handbook === section.heading);
      lines.push(s.bold(section.heading));
      if ("implementedBy" in section) {
        for (const { duty, rules: ids } of section.implementedBy) {
          lines.push(`  ${duty}: ${s.dim(ids.join(", "))}`);
        }
      }
      for (const rule of rules) {
        const flags = [rule.level, rule.owner, rule.blocking ? s.red("blocking") : ""].filter(
          Boolean,
        );
        lines.push(
          `  ${s.cyan(rule.id)} ${s.dim(`(${flags.join(", ")})`)}`,
          `      ${rule.description}`,
        );
      }
      lines.push("");
    }
    lines.push(s.bold("Message lint (support-watcher lint)"));
    for (const rule of lintRules) {
      const severity = rule.severity === "error" ? s.red(rule.severity) : s.yellow(rule.severity);
      lines.push(
        `  ${s.cyan(rule.id)} ${s.dim(`(${rule.kinds.join(", ")};`)} ${severity}${s.dim(")")}`,
        `      ${rule.description}`,
        `      ${s.dim(`Source: ${rule.source}`)}`,
      );
    }
    context.io.stdout.write(`${lines.join("\n")}\n`);
    return EXIT.ok;
  },
});
