import { type IncidentInput, IncidentSchema, type Severity } from "@support/policy";
import type { WatcherConfig } from "../config/schema.js";
import type { IncidentIoIncident, IncidentUpdate } from "../vendors/incident-io.js";
import {
  type DataProblems,
  instantProblem,
  isInstant,
  isUrl,
  UnusableDataError,
  withoutInvalidFields,
} from "./data-problems.js";
import type { People } from "./people.js";
import type { Warnings } from "./warnings.js";

type Mapping = WatcherConfig["incidentIo"];
type Status = IncidentInput["status"];

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const same = (a: unknown, b: unknown) =>
  text(a).trim().toLowerCase() === text(b).trim().toLowerCase();
const among = (value: unknown, list: readonly string[]) => list.some((item) => same(item, value));
const listOf = <T>(value: readonly T[] | undefined | null): readonly T[] =>
  Array.isArray(value) ? value : [];

/** The text values of a custom field entry, whatever the field type. */
export function customFieldValues(incident: IncidentIoIncident, fieldName: string): string[] {
  const entry = listOf(incident.custom_field_entries).find((e) =>
    same(e?.custom_field?.name, fieldName),
  );
  if (!entry) return [];
  return listOf(entry.values)
    .flatMap((value) => {
      if (value?.value_option) return [text(value.value_option.value)];
      if (value?.value_catalog_entry) return [text(value.value_catalog_entry.name)];
      if (typeof value?.value_text === "string")
        return value.value_text.split(",").map((t) => t.trim());
      if (typeof value?.value_link === "string") return [value.value_link];
      if (value?.value_numeric !== undefined) return [String(value.value_numeric)];
      return [];
    })
    .filter((item) => item !== "");
}

/**
 * The incident's severity through the config's mapping. A name the mapping lacks does not stop
 * the run: it is read as major, the stricter reading (the Comms Lead reviews before use, the
 * engineering on-call answers outside support hours), and reported so the mapping can be fixed.
 */
export function severityOf(
  incident: IncidentIoIncident,
  mapping: Mapping,
  warnings: Warnings,
  problems?: DataProblems,
): Severity {
  const name = text(incident.severity?.name);
  if (!name) {
    warnings.add(`${text(incident.reference)} has no severity yet; it is treated as minor.`);
    return "minor";
  }
  const found = Object.entries(mapping.severities).find(([label]) => same(label, name));
  if (found) return found[1];
  warnings.add(
    `incident.io severity "${name}" has no mapping in incidentIo.severities; it is read as major until the config maps it (minor, major or critical).`,
  );
  problems?.add({
    vendor: "incident.io",
    object: "incident",
    id: text(incident.reference) || "unknown",
    field: "severity.name",
    value: name,
    action: "used major, the stricter reading, until incidentIo.severities maps it",
  });
  return "major";
}

/** incident.io status categories onto the policy's statuses; an unknown one stops the run. */
export function statusOf(incident: IncidentIoIncident, mapping: Mapping): Status {
  const category = incident.incident_status?.category as string | undefined;
  switch (category) {
    case "triage":
      return "triage";
    case "live":
    case "paused":
      return among(incident.incident_status.name, mapping.monitoringStatuses)
        ? "monitoring"
        : "active";
    case "learning":
      return "resolved";
    case "closed":
      return "closed";
    case "merged":
      return "merged";
    case "declined":
    case "canceled":
      return "declined";
    default:
      throw new UnusableDataError(
        "incident_status.category",
        category,
        "not a status category the policy knows, so no decision can be made",
      );
  }
}

const isSecurity = (incident: IncidentIoIncident, mapping: Mapping): boolean => {
  const { security } = mapping;
  if (among(incident.incident_type?.name, security.incidentTypes)) return true;
  return security.customField !== undefined
    ? customFieldValues(incident, security.customField).some((v) =>
        among(v, security.customFieldValues),
      )
    : false;
};

/**
 * When the impact last changed: the latest update that changed the severity or the status.
 * Updates without a usable time are left out (and reported).
 */
export function impactChangedAt(
  updates: readonly IncidentUpdate[],
  problems?: DataProblems,
): string | undefined {
  const timed = listOf(updates).filter((update) => {
    if (isInstant(update?.created_at)) return true;
    problems?.add({
      vendor: "incident.io",
      object: "incident update",
      id: text(update?.id) || "unknown",
      field: "created_at",
      value: update?.created_at,
      action: "dropped: the update is not used for when the impact changed",
    });
    return false;
  });
  const ordered = [...timed].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
  let changed: string | undefined;
  for (let i = 1; i < ordered.length; i++) {
    const [before, after] = [ordered[i - 1], ordered[i]];
    if (!before || !after) continue;
    const severityChanged = after.new_severity && after.new_severity.id !== before.new_severity?.id;
    if (severityChanged || after.new_incident_status?.id !== before.new_incident_status?.id) {
      changed = after.created_at;
    }
  }
  return changed;
}

/** The number in an incident's reference (`INC-123` → 123), which names its tag. */
export function referenceNumber(incident: IncidentIoIncident): number {
  const number = Number(/(\d+)$/.exec(text(incident.reference))?.[1]);
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new UnusableDataError("reference", incident.reference, "it has no incident number");
  }
  return number;
}

export interface IncidentSources {
  incident: IncidentIoIncident;
  updates: readonly IncidentUpdate[];
  statusPage?: IncidentInput["statusPage"];
  macro?: IncidentInput["macro"];
}

/**
 * An incident.io incident as the policy's Incident, driven by the config's mapping. Optional
 * values the policy cannot use are dropped and reported; without a usable id, reference,
 * status or declaration time there is no incident to reason about, and it throws.
 */
export function toPolicyIncident(
  sources: IncidentSources,
  config: WatcherConfig,
  people: People,
  warnings: Warnings,
  problems: DataProblems,
): IncidentInput {
  const { incident } = sources;
  const mapping = config.incidentIo;
  const number = referenceNumber(incident);
  const problem = (field: string, value: unknown, action: string) =>
    problems.add({
      vendor: "incident.io",
      object: "incident",
      id: `INC-${number}`,
      field,
      value,
      action,
    });
  if (typeof incident.id !== "string" || incident.id === "") {
    throw new UnusableDataError("id", incident.id, "the incident has no id");
  }
  const declaredProblem = instantProblem(incident.created_at);
  if (declaredProblem !== undefined) {
    throw new UnusableDataError(
      "created_at",
      incident.created_at,
      `the declaration time ${declaredProblem}, and every deadline counts from it`,
    );
  }
  const roleHolder = (roleName: string, label?: string) => {
    const assignment = listOf(incident.incident_role_assignments).find(
      (a) => a?.assignee && same(a.role?.name, roleName),
    );
    return assignment?.assignee
      ? people.find(
          { name: text(assignment.assignee.name), email: text(assignment.assignee.email) },
          label,
        )
      : undefined;
  };
  // Only the watcher's hours matter (for the handover), so only they are worth a note.
  const incidentLead = roleHolder(mapping.roles.incidentLead);
  const commsLead = roleHolder(mapping.roles.commsLead);
  const supportWatcher = roleHolder(mapping.roles.supportWatcher, "Support Watcher");
  const resolvedAt = listOf(incident.incident_timestamp_values).find((t) =>
    same(t?.incident_timestamp?.name, mapping.resolvedTimestamp),
  )?.value?.value;
  if (resolvedAt !== undefined && !isInstant(resolvedAt)) {
    problem(
      `incident_timestamp_values[${mapping.resolvedTimestamp}]`,
      resolvedAt,
      "dropped: the resolution time is not used",
    );
  }
  const postMortemUrl = incident.postmortem_document_url;
  if (postMortemUrl !== undefined && postMortemUrl !== "" && !isUrl(postMortemUrl)) {
    problem(
      "postmortem_document_url",
      postMortemUrl,
      "dropped: not an absolute URL, so the post-mortem link is not shown",
    );
  }
  if (typeof incident.name !== "string") {
    problem("name", incident.name, "used an empty name");
  }
  const changedAt = impactChangedAt(sources.updates, problems);
  const externalComms =
    mapping.externalCommsField === undefined
      ? undefined
      : customFieldValues(incident, mapping.externalCommsField).some((v) =>
          among(v, mapping.externalCommsValues),
        );
  const mapped: IncidentInput = {
    id: incident.id,
    reference: `INC-${number}`,
    number,
    name: text(incident.name),
    severity: severityOf(incident, mapping, warnings, problems),
    security: isSecurity(incident, mapping),
    status: statusOf(incident, mapping),
    declaredAt: incident.created_at,
    ...(isInstant(resolvedAt) && { resolvedAt }),
    ...(changedAt && { impactChangedAt: changedAt }),
    affectedComponents: customFieldValues(incident, mapping.componentsField),
    roles: {
      ...(incidentLead && { incidentLead }),
      ...(commsLead && { commsLead }),
      ...(supportWatcher && { supportWatcher }),
    },
    ...(externalComms !== undefined && { externalCommsRequired: externalComms }),
    ...(sources.statusPage && { statusPage: sources.statusPage }),
    ...(sources.macro && { macro: sources.macro }),
    ...(isUrl(postMortemUrl) && { postMortem: { url: postMortemUrl } }),
  };
  return withoutInvalidFields(IncidentSchema, mapped, (field, value, why) =>
    problem(field, value, `dropped: ${why}`),
  );
}
