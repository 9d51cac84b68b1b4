import type { components, operations } from "./generated/schema.js";

type Schemas = components["schemas"];

/** An incident as the v2 API returns it (`id` is the full ID, `reference` reads like `INC-123`). */
export type IncidentIoIncident = Schemas["IncidentV2"];
/** @deprecated Use `IncidentIoIncident`; this name collides with the Statuspage client's. */
export type Incident = IncidentIoIncident;
/** One page of `GET /v2/incidents`; `pagination_meta.total_record_count` counts every match. */
export type IncidentPage = Schemas["IncidentsListResultV2"];
/** The filters `GET /v2/incidents` takes, each an object of operators (`{ one_of: [...] }`). */
export type IncidentFilters = Omit<
  NonNullable<operations["Incidents V2/List"]["parameters"]["query"]>,
  "page_size" | "after"
>;

/** A role responders can hold in an incident (lead, reporter or a custom one). */
export type IncidentRole = Schemas["IncidentRoleV2"];
/** A severity the organisation defines; a higher `rank` is more severe. */
export type IncidentIoSeverity = Schemas["SeverityV1"];
/** @deprecated Use `IncidentIoSeverity`; this name collides with `@support/policy`'s. */
export type Severity = IncidentIoSeverity;
/** A status an incident can be in; `category` groups them (`live`, `closed`, ...). */
export type IncidentIoIncidentStatus = Schemas["IncidentStatusV1"];
/** @deprecated Use `IncidentIoIncidentStatus`; this name collides with the Statuspage client's. */
export type IncidentStatus = IncidentIoIncidentStatus;

/** A user of the organisation, with their base and custom roles. */
export type IncidentIoUser = Schemas["UserWithRolesV2"];
/** @deprecated Use `IncidentIoUser`; this name collides with the Zendesk client's. */
export type User = IncidentIoUser;
/** One page of `GET /v2/users`. */
export type UserPage = Schemas["UsersListResultV2"];

/** An update posted to an incident (new status or severity, with an optional message). */
export type IncidentUpdate = Schemas["IncidentUpdateV2"];
/** One page of `GET /v2/incident_updates`. */
export type IncidentUpdatePage = Schemas["IncidentUpdatesListResultV2"];

/** An external resource (a Zendesk ticket, a pull request, ...) attached to an incident. */
export type IncidentAttachment = Schemas["IncidentAttachmentV1"];

/** Who gets a role: any one of the user's incident.io ID, email or Slack user ID. */
export type UserReference = Schemas["UserReferencePayloadV2"];
