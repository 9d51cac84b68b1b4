import { callInit, invalidArgument, requireText } from "@support/api-core";
import type { IncidentIoClient } from "../client.js";
import { parseIncidentKey } from "../incident-reference.js";
import type { IncidentIoIncident, UserReference } from "../model.js";
import type { RequestOptions } from "../request-options.js";
import { unwrapWith } from "../response-shape.js";
import { resolveIncidentId } from "./resolve-incident-id.js";

/** Who gets which role, and whether the incident channel hears about it. */
export interface RoleAssignment {
  /** The incident role's ID (see `listIncidentRoles`). */
  roleId: string;
  /** The user: any one of `{ id }`, `{ email }` or `{ slack_user_id }`. */
  assignee: UserReference;
  /** Whether incident.io announces the change in the incident's Slack channel. No default. */
  notifyIncidentChannel: boolean;
}

/**
 * Gives a user an incident role with the edit action
 * (`POST /v2/incidents/{id}/actions/edit` with one `incident_role_assignments` entry); other
 * fields and roles are left as they are. Returns the incident as edited. The incident may be
 * given by reference, which costs one `GET` first: the edit action takes the full ID only.
 */
export async function assignIncidentRole(
  client: IncidentIoClient,
  incident: string,
  assignment: RoleAssignment,
  options?: RequestOptions,
): Promise<IncidentIoIncident> {
  const helper = "assignIncidentRole";
  parseIncidentKey(helper, incident);
  if (typeof assignment !== "object" || assignment === null) {
    invalidArgument(helper, "expected an assignment { roleId, assignee, notifyIncidentChannel }");
  }
  const incident_role_id = requireText(helper, "roleId", assignment.roleId);
  const assignee = userReference(helper, assignment.assignee);
  if (typeof assignment.notifyIncidentChannel !== "boolean") {
    invalidArgument(
      helper,
      '"notifyIncidentChannel" must be true or false: say whether the incident channel is told',
    );
  }
  const init = callInit(options);
  const id = await resolveIncidentId(client, incident, init);
  const body = {
    incident: { incident_role_assignments: [{ incident_role_id, assignee }] },
    notify_incident_channel: assignment.notifyIncidentChannel,
  };
  const pending = client.POST("/v2/incidents/{id}/actions/edit", {
    params: { path: { id } },
    body,
    ...init,
  });
  return (await unwrapWith(client, pending, "incident", "object")).incident;
}

const USER_FIELDS = ["id", "email", "slack_user_id"] as const;

/** The assignee with its non-blank identifying fields; at least one is required. */
function userReference(helper: string, value: unknown): UserReference {
  const given = (typeof value === "object" && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const reference: UserReference = {};
  for (const field of USER_FIELDS) {
    const text = given[field];
    if (typeof text === "string" && text.trim() !== "") reference[field] = text.trim();
  }
  if (Object.keys(reference).length === 0) {
    invalidArgument(helper, '"assignee" must have an "id", "email" or "slack_user_id"');
  }
  return reference;
}
