// The facts ticket-level rules test: each one's meaning and its one computation.
import { errorCount } from "../situation/linting.js";
import type { TicketSituation } from "../situation/types.js";
import { defineFacts, type FactValues, factsFrom } from "./define.js";
import { INCIDENT_FACTS } from "./incident-facts.js";

const hasAccountTeam = (s: TicketSituation): boolean => s.accountTeam.length > 0;

export const TICKET_FACTS = defineFacts<TicketSituation>()({
  status: { description: INCIDENT_FACTS.status.description, of: (s) => s.incident.status },
  majorOrSecurity: {
    description: INCIDENT_FACTS.majorOrSecurity.description,
    of: (s) => s.readings.majorOrSecurity,
  },
  related: {
    description:
      "whether the ticket is related to the incident (explicitly, by tag, or by matching)",
    of: (s) => s.related,
  },
  attached: {
    description:
      "whether the ticket is attached to the incident: attachedToIncident when given, else whether it carries the incident/<number> tag",
    of: (s) => s.attached,
  },
  tagged: {
    description: "whether the ticket carries the incident/<number> tag",
    of: (s) => s.tagged,
  },
  ticketClosed: {
    description: "whether the ticket is closed and can no longer be updated",
    of: (s) => s.ticket.status === "closed",
  },
  customerWaiting: {
    description:
      "whether the customer is waiting on a reply from us: awaitingReplySince is set and the ticket is not solved or closed",
    of: (s) => s.customerWaiting,
  },
  macroUsable: {
    description:
      "whether the incident macro can be used (it exists and, for major or security incidents with a Comms Lead, was approved)",
    of: (s) => s.readings.macro.usable,
  },
  draftErrorCount: {
    description:
      "error-level lint findings on the draft reply (warnings only ride along in the details)",
    of: (s) => errorCount(s.draftFindings),
  },
  csConsultation: {
    description:
      "where a side conversation with CS/sales about the ticket stands: none (never opened), awaiting (open, within csResponseTimeoutMinutes), silent (open past the timeout), handles (answered: the account team will talk to the customer) or declined (answered: support replies)",
    of: (s) => s.consultation,
  },
  accountTeamOnline: {
    description:
      "whether the customer is enterprise with a TAM or CSM and one of them is within working hours",
    of: (s) => hasAccountTeam(s) && s.accountTeamWorking.length > 0,
  },
  accountTeamOffline: {
    description:
      "whether the customer is enterprise with a TAM or CSM and none of them is within working hours",
    of: (s) => hasAccountTeam(s) && s.accountTeamWorking.length === 0,
  },
  supportCoverageNow: {
    description: INCIDENT_FACTS.supportCoverageNow.description,
    of: (s) => s.coverage.working.length > 0,
  },
  atOrAboveOnCallGlobalSeverity: {
    description: "whether the severity is at or above onCallGlobalMinSeverity",
    of: (s) => s.readings.atOrAboveOnCallGlobalSeverity,
  },
  resolutionNoticeSent: {
    description: "whether the customer was told the incident is resolved",
    of: (s) => s.ticket.resolutionNoticeSentAt !== undefined,
  },
});

export type TicketFacts = FactValues<typeof TICKET_FACTS>;
export const ticketFacts = factsFrom(TICKET_FACTS);
