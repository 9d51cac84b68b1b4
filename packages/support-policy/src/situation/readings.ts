import type { LintContext } from "../lint/index.js";
import { incidentTag, type MatchProfile } from "../match-tickets.js";
import type { Config } from "../schemas/config.js";
import type { Incident } from "../schemas/incident.js";
import {
  after,
  componentDifferences,
  isImpactOver,
  isMacroApproved,
  isMacroEditedAfterApproval,
  isMacroEditedSinceComms,
  isMacroUsable,
  isMajor,
  isMajorOrSecurity,
  macroLastSeenByComms,
  proactiveConfirmationsMissing,
  severityAtLeast,
} from "./incident-state.js";
import type { LintMemo } from "./linting.js";
import type { IncidentReadings } from "./types.js";
import { newestHandoverNote } from "./workflow-thread.js";

/** The lint context for this incident, carrying the lint keys of the config. */
export function lintContextFor(incident: Incident, config: Config): LintContext {
  const lintConfig: NonNullable<LintContext["config"]> = {};
  if (config.jargon) lintConfig.jargon = config.jargon;
  if (config.allowedTerms) lintConfig.allowedTerms = config.allowedTerms;
  if (config.statusPageUrl) lintConfig.statusPageUrl = config.statusPageUrl;
  if (config.internalDomains) lintConfig.internalDomains = config.internalDomains;
  const about: NonNullable<LintContext["incident"]> = {
    number: incident.number,
    status: incident.status,
    affectedComponents: incident.affectedComponents,
  };
  if (incident.statusPage) about.statusPage = { url: incident.statusPage.url };
  if (incident.macro) about.macro = { tags: incident.macro.tags };
  return { incident: about, config: lintConfig };
}

/** Words every summary may use, beside those a rule adds. */
function commonWords(incident: Incident, config: Config): Record<string, string> {
  return {
    reference: incident.reference,
    name: incident.name,
    severity: incident.security ? `${incident.severity} security` : incident.severity,
    tag: incidentTag(incident),
    teamChannel: config.teamChannel,
    marketingChannel: config.marketingChannel,
    marketingHandle: config.marketingHandle,
    csChannel: config.csChannel,
    onCallGlobal: config.onCallGlobal,
    macroTemplate: config.macroTemplate,
  };
}

/** Reads the incident once for one evaluation; the lint results come through the policy's memo. */
export function readIncident(
  incident: Incident,
  config: Config,
  profile: MatchProfile,
  memo: LintMemo,
): IncidentReadings {
  const lintContext = lintContextFor(incident, config);
  const contextKey = JSON.stringify(lintContext);
  const macro = incident.macro;
  return {
    tag: incidentTag(incident),
    major: isMajor(incident),
    majorOrSecurity: isMajorOrSecurity(incident),
    atOrAboveOnCallGlobalSeverity: severityAtLeast(
      incident.severity,
      config.onCallGlobalMinSeverity,
    ),
    impactOver: isImpactOver(incident),
    watcherRequestedAt: Date.parse(incident.supportWatcherRequestedAt ?? incident.declaredAt),
    handoverNote: newestHandoverNote(incident),
    macro: {
      usable: isMacroUsable(incident),
      approved: isMacroApproved(incident),
      editedAfterApproval: isMacroEditedAfterApproval(incident),
      editedSinceComms: isMacroEditedSinceComms(incident),
      lastSeenByComms: macroLastSeenByComms(incident),
      impactChangedSinceUpdate:
        macro !== undefined && after(incident.impactChangedAt, macro.updatedAt),
    },
    components: componentDifferences(incident),
    proactiveMissing: proactiveConfirmationsMissing(incident),
    impactChangedSinceTeamUpdate: after(incident.impactChangedAt, incident.lastTeamUpdateAt),
    statusPageFindings: incident.statusPage
      ? memo.lint("status_page", incident.statusPage.message, lintContext, contextKey)
      : [],
    macroFindings: macro
      ? memo.lint("macro", macro.body, { ...lintContext, tags: macro.tags }, contextKey)
      : [],
    profile,
    words: commonWords(incident, config),
    lintContext,
    lintContextKey: contextKey,
  };
}
