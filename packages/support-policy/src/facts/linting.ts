import { type Finding, lint } from "../lint/index.js";
import type { Config } from "../schemas/config.js";
import type { Incident } from "../schemas/incident.js";
import { lintContextFor } from "./situation.js";

export const statusPageFindings = (incident: Incident, config: Config): Finding[] =>
  incident.statusPage
    ? lint("status_page", incident.statusPage.message, lintContextFor(incident, config))
    : [];

export const macroFindings = (incident: Incident, config: Config): Finding[] => {
  if (!incident.macro) return [];
  const context = lintContextFor(incident, config);
  return lint("macro", incident.macro.body, { ...context, tags: incident.macro.tags });
};

export const draftFindings = (
  incident: Incident,
  draft: string | undefined,
  config: Config,
): Finding[] => (draft === undefined ? [] : lint("reply", draft, lintContextFor(incident, config)));

/** Only error-level findings make a decision; warnings ride along in its details. */
export const errorCount = (findings: readonly Finding[]): number =>
  findings.filter((finding) => finding.severity === "error").length;
