import type { IncidentInput, Severity } from "@support/policy";
import type { WatcherConfig } from "../config/schema.js";
import { CliError } from "../errors.js";
import type { IncidentIoIncident, IncidentUpdate } from "../vendors/incident-io.js";
import type { People } from "./people.js";
import type { Warnings } from "./warnings.js";

type Mapping = WatcherConfig["incidentIo"];
type Status = IncidentInput["status"];

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const among = (value: string, list: readonly string[]) => list.some((item) => same(item, value));

/** The text values of a custom field entry, whatever the field type. */
export function customFieldValues(incident: IncidentIoIncident, fieldName: string): string[] {
  const entry = incident.custom_field_entries.find((e) => same(e.custom_field.name, fieldName));
  if (!entry) return [];
  return entry.values
    .flatMap((value) => {
      if (value.value_option) return [value.value_option.value];
      if (value.value_catalog_entry) return [value.value_catalog_entry.name];
      if (value.value_text !== undefined) return value.value_text.split(",").map((t) => t.trim());
      if (value.value_link !== undefined) return [value.value_link];
      if (value.value_numeric !== undefined) return [value.value_numeric];
      return [];
    })
    .filter((text) => text !== "");
}

export function severityOf(
  incident: IncidentIoIncident,
  mapping: Mapping,
  warnings: Warnings,
): Severity {
  const name = incident.severity?.name;
  if (!name) {
    warnings.add(`${incident.reference} has no severity yet; it is treated as minor.`);
    return "minor";
  }
  const found = Object.entries(mapping.severities).find(([label]) => same(label, name));
  if (!found) {
    throw new CliError(
      `incident.io severity "${name}" has no mapping: add it to incidentIo.severities in the config (minor, major or critical).`,
    );
  }
  return found[1];
}

/** incident.io status categories onto the policy's statuses. */
export function statusOf(incident: IncidentIoIncident, mapping: Mapping): Status {
  const { category, name } = incident.incident_status;
  switch (category) {
    case "triage":
      return "triage";
    case "live":
    case "paused":
      return among(name, mapping.monitoringStatuses) ? "monitoring" : "active";
    case "learning":
      return "resolved";
    case "closed":
      return "closed";
    case "merged":
      return "merged";
    default:
      return "declined";
  }
}

const isSecurity = (incident: IncidentIoIncident, mapping: Mapping): boolean => {
  const { security } = mapping;
  if (incident.incident_type && among(incident.incident_type.name, security.incidentTypes))
    return true;
  return security.customField !== undefined
    ? customFieldValues(incident, security.customField).some((v) =>
        among(v, security.customFieldValues),
      )
    : false;
};

/** When the impact last changed: the latest update that changed the severity or the status. */
export function impactChangedAt(updates: readonly IncidentUpdate[]): string | undefined {
  const ordered = [...updates].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
  let changed: string | undefined;
  for (let i = 1; i < ordered.length; i++) {
    const [before, after] = [ordered[i - 1], ordered[i]];
    if (!before || !after) continue;
    const severityChanged = after.new_severity && after.new_severity.id !== before.new_severity?.id;
    if (severityChanged || after.new_incident_status.id !== before.new_incident_status.id) {
      changed = after.created_at;
    }
  }
  return changed;
}

/** The number in an incident's reference (`INC-123` → 123), which names its tag. */
export function referenceNumber(incident: IncidentIoIncident): number {
  const number = Number(/(\d+)$/.exec(incident.reference)?.[1]);
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new CliError(
      `incident.io returned the reference "${incident.reference}", which has no number.`,
    );
  }
  return number;
}

export interface IncidentSources {
  incident: IncidentIoIncident;
  updates: readonly IncidentUpdate[];
  statusPage?: IncidentInput["statusPage"];
  macro?: IncidentInput["macro"];
}

/** An incident.io incident as the policy's Incident, driven by the config's mapping. */
export function toPolicyIncident(
  sources: IncidentSources,
  config: WatcherConfig,
  people: People,
  warnings: Warnings,
): IncidentInput {
  const { incident } = sources;
  const mapping = config.incidentIo;
  const number = referenceNumber(incident);
  const roleHolder = (roleName: string, label?: string) => {
    const assignment = incident.incident_role_assignments.find(
      (a) => a.assignee && same(a.role.name, roleName),
    );
    return assignment?.assignee
      ? people.find({ name: assignment.assignee.name, email: assignment.assignee.email }, label)
      : undefined;
  };
  // Only the watcher's hours matter (for the handover), so only they are worth a note.
  const incidentLead = roleHolder(mapping.roles.incidentLead);
  const commsLead = roleHolder(mapping.roles.commsLead);
  const supportWatcher = roleHolder(mapping.roles.supportWatcher, "Support Watcher");
  const resolvedAt = incident.incident_timestamp_values?.find((t) =>
    same(t.incident_timestamp.name, mapping.resolvedTimestamp),
  )?.value?.value;
  const changedAt = impactChangedAt(sources.updates);
  const externalComms =
    mapping.externalCommsField === undefined
      ? undefined
      : customFieldValues(incident, mapping.externalCommsField).some((v) =>
          among(v, mapping.externalCommsValues),
        );
  return {
    id: incident.id,
    reference: `INC-${number}`,
    number,
    name: incident.name,
    severity: severityOf(incident, mapping, warnings),
    security: isSecurity(incident, mapping),
    status: statusOf(incident, mapping),
    declaredAt: incident.created_at,
    ...(resolvedAt && { resolvedAt }),
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
    ...(incident.postmortem_document_url && {
      postMortem: { url: incident.postmortem_document_url },
    }),
  };
}
