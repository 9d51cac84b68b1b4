import { z } from "zod";
import { lintNotices, lintRules } from "../lint/index.js";
import type { RuleDefinition } from "../rules/define-rule.js";
import { RULES } from "../rules/index.js";
import { HANDBOOK_SECTIONS } from "../rules/sections.js";
import { ConfigSchema } from "../schemas/config.js";
import { namedConditionsSection, whenLines } from "./conditions.js";
import { appliesToLine, replyOrderLine, replyOrderSection, statusTable } from "./statuses.js";

interface ConfigProperty {
  default?: unknown;
  description?: string;
}

const configProperties = (): Record<string, ConfigProperty> =>
  (z.toJSONSchema(ConfigSchema, { io: "input" }) as { properties: Record<string, ConfigProperty> })
    .properties;

const LEVEL_WORDS: Record<RuleDefinition["level"], string> = {
  incident: "incident",
  ticket: "ticket",
  cluster: "cluster of queue tickets (`suggestIncidents`)",
};

/** The decision's detail fields, each with its description, as a nested list. */
function detailLines(rule: RuleDefinition): string[] {
  const schema = z.toJSONSchema(rule.detailsSchema, { io: "output" }) as {
    properties?: Record<string, { description?: string }>;
  };
  return [
    "- Details:",
    ...Object.entries(schema.properties ?? {}).map(
      ([key, field]) => `  - \`${key}\`${field.description ? `: ${field.description}` : ""}`,
    ),
  ];
}

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

function ruleSection(rule: RuleDefinition, defaults: Record<string, unknown>): string[] {
  return [
    `### ${rule.id}`,
    "",
    rule.description,
    "",
    `- Decision: \`${rule.action}\`, owner \`${rule.owner}\`, ${rule.blocking ? "**blocking**" : "not blocking"}, priority ${rule.priority}, evaluated per ${LEVEL_WORDS[rule.level]}.`,
    ...detailLines(rule),
    `- Summary: ${rule.summary}`,
    appliesToLine(rule),
    ...replyOrderLine(rule),
    ...whenLines(rule.conditions, defaults),
    "",
  ];
}

/** POLICY.md: every handbook section with its rules, then lint rules, config and facts. */
export function renderPolicyMarkdown(): string {
  const properties = configProperties();
  const defaults = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, property.default]),
  );
  const lines: string[] = [
    "# Support incident policy",
    "",
    "Generated from the rule files in `src/rules` by `pnpm --filter @support/policy run docs`; edit the rules, not this file.",
    "Each `##` section below is a section of the support incident-response handbook, in handbook order, with the rules that enforce it.",
    'Every decision links here by its rule id (`docs: "POLICY.md#<rule-id>"`).',
    "",
    "## Contents",
    "",
    ...HANDBOOK_SECTIONS.map(({ heading, slug }) => `- [${heading}](#${slug})`),
    "- [Named conditions](#named-conditions)",
    "- [Rules by incident status](#rules-by-incident-status)",
    "- [One reply per ticket](#one-reply-per-ticket)",
    "- [Message lint rules](#message-lint-rules)",
    "- [Configuration](#configuration)",
    "",
  ];
  for (const section of HANDBOOK_SECTIONS) {
    lines.push(`## ${section.heading}`, "");
    if ("implementedBy" in section) {
      lines.push(
        "This section sums up duties that later sections detail; these rules carry them out:",
        "",
        "| Duty | Rules |",
        "| --- | --- |",
        ...section.implementedBy.map(
          ({ duty, rules }) =>
            `| ${cell(duty)} | ${rules.map((id) => `[${id}](#${id})`).join(", ")} |`,
        ),
        "",
      );
    }
    for (const rule of RULES.filter((rule) => rule.handbook === section.heading)) {
      lines.push(...ruleSection(rule, defaults));
    }
  }
  lines.push(...namedConditionsSection(defaults), ...statusTable(), ...replyOrderSection());
  lines.push(
    "## Message lint rules",
    "",
    "`lint(kind, text, context)` checks status page messages, macros and replies; `review_status_page`, `fix_macro` and `fix_reply` carry its findings. Only error-level findings make those decisions: warnings alone never do, and ride along in `details.findings` when an error does.",
    "",
    "| Rule | Kinds | Severity | Source | What it checks |",
    "| --- | --- | --- | --- | --- |",
    ...lintRules.map(
      (rule) =>
        `| <a id="lint-${rule.id}"></a>\`${rule.id}\` | ${rule.kinds.join(", ")} | ${rule.severity} | ${cell(rule.source)} | ${cell(rule.description)} |`,
    ),
    "",
    "Notices are findings with severity `info`: something the lint could not check, never a problem with the text.",
    "",
    ...lintNotices.map(
      (notice) =>
        `- \`${notice.id}\` (${notice.kinds.join(", ")}; instead of [\`${notice.skippedRule}\`](#lint-${notice.skippedRule})): ${notice.description}`,
    ),
    "",
    "## Configuration",
    "",
    "Pass partial overrides as `context.config`; every key left out takes its default.",
    "",
    "| Key | Default | Meaning |",
    "| --- | --- | --- |",
    ...Object.entries(properties).map(
      ([key, property]) =>
        `| \`${key}\` | ${property.default === undefined ? "(none)" : `\`${JSON.stringify(property.default)}\``} | ${cell(property.description ?? "")} |`,
    ),
    "",
  );
  return lines.join("\n");
}
