import type { Incident, Severity } from "../schemas/incident.js";
import type { ProactiveRole } from "./types.js";

// Shared readings of an incident, used by facts and by decision details alike.

const SEVERITY_RANK: Record<Severity, number> = { minor: 0, major: 1, critical: 2 };

/** Resolved or closed: the customer-facing impact is over. */
export const isImpactOver = (incident: Incident): boolean =>
  incident.status === "resolved" || incident.status === "closed";

/** Critical counts as major everywhere. */
export const isMajor = (incident: Incident): boolean => SEVERITY_RANK[incident.severity] >= 1;

export const isMajorOrSecurity = (incident: Incident): boolean =>
  isMajor(incident) || incident.security;

export const severityAtLeast = (severity: Severity, minimum: Severity): boolean =>
  SEVERITY_RANK[severity] >= SEVERITY_RANK[minimum];

/** Review by the Comms Lead is required before a macro may be used. */
export const macroNeedsReview = (incident: Incident): boolean =>
  isMajorOrSecurity(incident) && incident.roles.commsLead !== undefined;

/** The Comms Lead approved the macro as it reads now: an edit after the approval undoes it. */
export const isMacroApproved = (incident: Incident): boolean =>
  incident.macro?.approvedByCommsAt !== undefined &&
  Date.parse(incident.macro.approvedByCommsAt) >= Date.parse(incident.macro.updatedAt);

/** An approval older than the macro's last edit: the edited text needs a fresh review. */
export const isMacroEditedAfterApproval = (incident: Incident): boolean =>
  incident.macro?.approvedByCommsAt !== undefined && !isMacroApproved(incident);

export const isMacroUsable = (incident: Incident): boolean =>
  incident.macro !== undefined && (!macroNeedsReview(incident) || isMacroApproved(incident));

/** When the Comms Lead last saw the macro: the later of sharing and approval (epoch ms). */
export function macroLastSeenByComms(incident: Incident): number | undefined {
  const seen = [incident.macro?.sharedWithCommsAt, incident.macro?.approvedByCommsAt]
    .filter((at): at is string => at !== undefined)
    .map(Date.parse);
  return seen.length > 0 ? Math.max(...seen) : undefined;
}

/** The macro changed after the assigned Comms Lead last saw it, so they must hear what changed. */
export function isMacroEditedSinceComms(incident: Incident): boolean {
  const seen = macroLastSeenByComms(incident);
  return (
    incident.roles.commsLead !== undefined &&
    incident.macro !== undefined &&
    seen !== undefined &&
    Date.parse(incident.macro.updatedAt) > seen
  );
}

export const after = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && (b === undefined || Date.parse(a) > Date.parse(b));

export const minutesBetween = (from: number, to: number): number =>
  Math.max(0, Math.floor((to - from) / 60_000));

const normalise = (name: string) => name.trim().toLowerCase();

/** Affected components not marked on the status page, and marked ones not affected. */
export function componentDifferences(incident: Incident): { missing: string[]; extra: string[] } {
  const marked = incident.statusPage?.components ?? [];
  const markedSet = new Set(marked.map(normalise));
  const affectedSet = new Set(incident.affectedComponents.map(normalise));
  return {
    missing: incident.affectedComponents.filter((c) => !markedSet.has(normalise(c))),
    extra: marked.filter((c) => !affectedSet.has(normalise(c))),
  };
}

/** Who still has to confirm a proactive outreach: the incident lead, and the Comms Lead if any. */
export function proactiveConfirmationsMissing(incident: Incident): ProactiveRole[] {
  const outreach = incident.proactiveOutreach;
  if (!outreach) return [];
  const missing: ProactiveRole[] = [];
  if (!outreach.incidentLeadConfirmedAt) missing.push("incident_lead");
  if (incident.roles.commsLead && !outreach.commsLeadConfirmedAt) missing.push("comms_lead");
  return missing;
}
