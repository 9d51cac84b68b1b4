import {
  describeValue,
  invalidArgument,
  isPlainObject,
  requireBoolean,
  requireText,
} from "@support/api-core";
import type { components } from "./generated/schema.js";
import {
  COMPONENT_STATUSES,
  type ComponentStatus,
  STATUSPAGE_INCIDENT_STATUSES,
  type StatuspageIncidentStatus,
} from "./model.js";

/** The `incident` object of `PATCH /pages/{page_id}/incidents/{incident_id}`, as the overlaid document types it. */
export type IncidentPatch = NonNullable<
  components["schemas"]["patchPagesPageIdIncidents"]["incident"]
>;

/** What `updateIncident` changes. Field names are Statuspage's own. */
export interface IncidentChanges {
  /** The incident's new status. */
  status?: StatuspageIncidentStatus | undefined;
  /** The update message shown on the page and sent to subscribers (at most 25,000 characters). */
  body?: string | undefined;
  /** New status per component id, e.g. `{ "8kbf7d35c070": "partial_outage" }`. */
  components?: Record<string, ComponentStatus> | undefined;
  /** Replaces the list of components the incident is linked to. */
  component_ids?: string[] | undefined;
  /** Whether subscribers are notified of this update: required, so no update is silent or loud by accident. */
  deliver_notifications: boolean;
}

/** Statuspage's documented limit on an update message. */
export const MAX_UPDATE_BODY_LENGTH = 25_000;

const FIELDS = ["status", "body", "components", "component_ids", "deliver_notifications"] as const;
const CHANGES = FIELDS.filter((field) => field !== "deliver_notifications");

/**
 * Checks `changes` field by field and returns the request's `incident` object with only the
 * fields given. Every problem names the field, so a typo fails here and not at the vendor.
 */
export function toIncidentPatch(helper: string, changes: unknown): IncidentPatch {
  if (!isPlainObject(changes)) invalidArgument(helper, `"changes" must be an object`);
  const given = changes as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      invalidArgument(helper, `unknown field "${key}" (known: ${FIELDS.join(", ")})`);
    }
  }
  requireBoolean(
    helper,
    "deliver_notifications",
    given.deliver_notifications,
    "say whether subscribers are notified",
  );
  if (CHANGES.every((field) => given[field] === undefined)) {
    invalidArgument(helper, `nothing to change: give ${CHANGES.join(", ")}`);
  }
  const patch: IncidentPatch = { deliver_notifications: given.deliver_notifications as boolean };
  if (given.status !== undefined) {
    patch.status = oneOf(helper, "status", given.status, STATUSPAGE_INCIDENT_STATUSES);
  }
  if (given.body !== undefined) patch.body = updateBody(helper, given.body);
  if (given.components !== undefined) {
    patch.components = componentStatuses(helper, given.components);
  }
  if (given.component_ids !== undefined) {
    patch.component_ids = componentIds(helper, given.component_ids);
  }
  return patch;
}

function oneOf<T extends string>(
  helper: string,
  field: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (!allowed.includes(value as T)) {
    invalidArgument(
      helper,
      `"${field}" must be one of ${allowed.join(", ")} (got ${describeValue(value)})`,
    );
  }
  return value as T;
}

function updateBody(helper: string, value: unknown): string {
  const body = requireText(helper, "body", value);
  if (body.length > MAX_UPDATE_BODY_LENGTH) {
    invalidArgument(
      helper,
      `"body" is ${body.length} characters; Statuspage takes at most ${MAX_UPDATE_BODY_LENGTH}`,
    );
  }
  return body;
}

function componentStatuses(helper: string, value: unknown): Record<string, ComponentStatus> {
  if (!isPlainObject(value)) {
    invalidArgument(helper, `"components" must map component ids to statuses`);
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0)
    invalidArgument(helper, `"components" must name at least one component`);
  return Object.fromEntries(
    entries.map(([id, status]) => {
      requireText(helper, "components key", id);
      return [id, oneOf(helper, `components.${id}`, status, COMPONENT_STATUSES)];
    }),
  );
}

function componentIds(helper: string, value: unknown): string[] {
  if (!Array.isArray(value)) invalidArgument(helper, `"component_ids" must be an array of ids`);
  return (value as unknown[]).map((id, i) => requireText(helper, `component_ids[${i}]`, id));
}
