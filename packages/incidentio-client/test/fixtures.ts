// Example data of this project's own invention, typed by the generated schema. Response bodies
// built from it are checked against the vendor document where a test replies with them.
import type {
  IncidentAttachment,
  IncidentIoIncident,
  IncidentIoIncidentStatus,
  IncidentIoSeverity,
  IncidentIoUser,
  IncidentRole,
  IncidentUpdate,
} from "../src/index.js";

const CREATED = "2026-03-02T08:14:00Z";
const UPDATED = "2026-03-02T09:40:00Z";

export const liveStatus: IncidentIoIncidentStatus = {
  id: "01JN8Q0STATUSLIVE00000000A",
  name: "Investigating",
  description: "Working out what is wrong.",
  category: "live",
  rank: 2,
  created_at: CREATED,
  updated_at: UPDATED,
};

export const closedStatus: IncidentIoIncidentStatus = {
  ...liveStatus,
  id: "01JN8Q0STATUSCLOSED000000B",
  name: "Closed",
  description: "Nothing left to do.",
  category: "closed",
  rank: 9,
};

export const majorSeverity: IncidentIoSeverity = {
  id: "01JN8Q0SEVERITYMAJOR00000C",
  name: "Major",
  description: "Many customers cannot pay.",
  rank: 3,
  created_at: CREATED,
  updated_at: UPDATED,
};

export const commsRole: IncidentRole = {
  id: "01JN8Q0ROLECOMMS000000000D",
  name: "Customer comms",
  shortform: "comms",
  description: "Keeps support and customers informed.",
  instructions: "Post an update to the support channel every 30 minutes.",
  role_type: "custom",
  created_at: CREATED,
  updated_at: UPDATED,
};

export function user(id: string, name: string, email: string): IncidentIoUser {
  return {
    id,
    name,
    email,
    role: "responder",
    is_active: true,
    base_role: { id: "01JN8Q0RBACRESPONDER0000E", name: "Responder", slug: "responder" },
    custom_roles: [],
    seats: { on_call: "full_access", response: "full_access" },
  };
}

export function incident(id: string, number: number, name: string): IncidentIoIncident {
  return {
    id,
    reference: `INC-${number}`,
    name,
    visibility: "public",
    mode: "standard",
    creator: { user: { id: "01JN8Q0USERMIRA0000000000F", name: "Mira Kovac", role: "responder" } },
    incident_status: { ...liveStatus },
    severity: { ...majorSeverity },
    incident_role_assignments: [],
    custom_field_entries: [],
    slack_team_id: "T04SUPPORT",
    slack_channel_id: `C0INC${number}`,
    created_at: CREATED,
    updated_at: UPDATED,
  };
}

export function update(id: string, incidentId: string, message: string): IncidentUpdate {
  return {
    id,
    incident_id: incidentId,
    message,
    new_incident_status: { ...liveStatus },
    updater: { user: { id: "01JN8Q0USERMIRA0000000000F", name: "Mira Kovac", role: "responder" } },
    created_at: UPDATED,
  };
}

export function zendeskAttachment(
  id: string,
  incidentId: string,
  ticketId: string,
): IncidentAttachment {
  return {
    id,
    incident_id: incidentId,
    resource: {
      resource_type: "zendesk_ticket",
      external_id: ticketId,
      title: `Ticket ${ticketId}: card payments declined`,
      permalink: `https://acme-support.zendesk.com/agent/tickets/${ticketId}`,
    },
  };
}
