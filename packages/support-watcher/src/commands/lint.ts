import { type Finding, type LintContext, type LintKind, lint, lintKinds } from "@support/policy";
import { loadConfig } from "../config/load.js";
import { EXIT, UsageError } from "../errors.js";
import { countWords, renderFindings } from "../output/findings.js";
import { safe } from "../output/safe.js";
import { defineCommand, stringOption, writeJson } from "./command.js";
import { summaryOf } from "./registry.js";

export const lintCommand = defineCommand({
  name: "lint",
  summary: summaryOf("lint"),
  help: `Usage: support-watcher lint --kind status_page|macro|reply [text | -] [options]

Checks a customer-facing text against the handbook's message rules (jargon, no customer impact,
nothing said about what still works, vague filler, missing status page link or timeline, internal
details, blaming a vendor, missing incident tag) and prints each finding with the offending words
highlighted. The text is the arguments, or standard input when it is "-" or absent.

Options:
  --kind <kind>          status_page, macro or reply (required)
  --incident <INC-123>   The incident, so a macro's incident/<number> tag can be checked
  --tags <a,b>           The macro's tags (comma-separated); without them the macro's
                         incident/<number> tag is not checked, and a note says so
  --status-page <url>    The incident's status page link (default: statusPage.url of the config)
  --status <status>      The incident's status (investigating, monitoring, resolved, …); while it
                         is unresolved a status page update must say when the next one comes
  --json                 Print the findings array as JSON
  --config <file>        Config file for extra jargon, allowed terms and internal domains`,
  options: {
    kind: { type: "string" },
    incident: { type: "string" },
    tags: { type: "string" },
    "status-page": { type: "string" },
    status: { type: "string" },
    json: { type: "boolean" },
    config: { type: "string" },
  },
  async run({ values, positionals }, context) {
    const kind = values.kind;
    if (typeof kind !== "string" || !lintKinds.includes(kind as LintKind)) {
      throw new UsageError(`lint: --kind must be one of ${lintKinds.join(", ")}.`, "lint");
    }
    const text =
      positionals.length === 0 || (positionals.length === 1 && positionals[0] === "-")
        ? await context.io.readStdin()
        : positionals.join(" ");
    if (text.trim() === "") throw new UsageError("lint: there is no text to check.", "lint");
    const lintContext = await lintContextFrom(values, context.io.cwd);
    const findings = lint(kind as LintKind, text, lintContext);
    const count = (severity: Finding["severity"]) =>
      findings.filter((f) => f.severity === severity).length;
    const errors = count("error");
    if (values.json === true) writeJson(context, findings);
    else {
      const s = context.out;
      const notes = count("info");
      const verdict =
        findings.length === 0
          ? s.green(`${kind}: no findings.`)
          : `${kind}: ${countWords(errors, "error")}, ${countWords(count("warning"), "warning")}${notes > 0 ? `, ${countWords(notes, "note")}` : ""}`;
      const shown = findings.map(inCliTerms);
      context.io.stdout.write(
        `${[s.bold(verdict), ...renderFindings(text, shown, s)].join("\n")}\n`,
      );
    }
    return errors > 0 ? EXIT.attention : EXIT.ok;
  },
});

/** A notice about what was not checked, told as the option that checks it. */
function inCliTerms(finding: Finding): Finding {
  if (finding.rule !== "tags_not_checked") return finding;
  const { suggestion: _library, ...rest } = finding;
  return { ...rest, message: "The macro's tags were not checked: pass --tags to check them." };
}

async function lintContextFrom(
  values: Record<string, string | boolean | undefined>,
  cwd: string,
): Promise<LintContext> {
  const { config } = await loadConfig({
    cwd,
    path: stringOption(values, "config", "a file path"),
  });
  const { jargon, allowedTerms, internalDomains } = config.policy;
  const statusPage = typeof values["status-page"] === "string" ? values["status-page"] : undefined;
  let number: number | undefined;
  if (typeof values.incident === "string") {
    const match = /^(?:INC-)?(\d+)$/i.exec(values.incident);
    if (!match)
      throw new UsageError(
        `lint: --incident must look like INC-123; got "${safe(values.incident, { max: 60 })}".`,
        "lint",
      );
    number = Number(match[1]);
  }
  const tags =
    typeof values.tags === "string"
      ? values.tags
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean)
      : undefined;
  const status = typeof values.status === "string" ? values.status : undefined;
  return {
    ...((number !== undefined || statusPage || status) && {
      incident: {
        ...(number !== undefined && { number }),
        ...(statusPage && { statusPage: { url: statusPage } }),
        ...(status && { status }),
      },
    }),
    ...(tags && { tags }),
    config: {
      ...(jargon && { jargon }),
      ...(allowedTerms && { allowedTerms }),
      ...(internalDomains && { internalDomains }),
      ...(config.statusPage.url && { statusPageUrl: config.statusPage.url }),
    },
  };
}
