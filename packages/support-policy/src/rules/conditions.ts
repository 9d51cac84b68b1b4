// Preconditions several rules share, named once (json-rules-engine's `setCondition`): a rule
// writes `{ condition: "relatedTicket" }` and POLICY.md explains the name in plain words.
import type { TopLevelCondition } from "../engine/types.js";
import type { IncidentFactName, TicketFactName } from "../facts/index.js";
import { IMPACT_OVER, LIVE, LIVE_OR_OVER } from "./statuses.js";

interface NamedCondition<Fact extends string> {
  /** What it means, in plain words. */
  description: string;
  conditions: TopLevelCondition<Fact, never>;
}

const statusIn = (statuses: readonly string[]) =>
  ({ all: [{ fact: "status", operator: "in", value: [...statuses] }] }) as const;

/** Conditions over facts both incident-level and ticket-level rules have. */
const SHARED = {
  liveIncident: {
    description: "the incident is live: in triage, active or monitoring",
    conditions: statusIn(LIVE),
  },
  impactOver: {
    description: "the customer-facing impact is over: the incident is resolved or closed",
    conditions: statusIn(IMPACT_OVER),
  },
  realIncident: {
    description:
      "the incident is live or its impact is over (not declined, and not merged into another)",
    conditions: statusIn(LIVE_OR_OVER),
  },
  withinSupportHours: {
    description: "someone in support is within working hours now",
    conditions: { all: [{ fact: "supportCoverageNow", operator: "equal", value: true }] },
  },
  outsideSupportHours: {
    description:
      "nobody in support is within working hours now: there is no on-call support coverage",
    conditions: { all: [{ fact: "supportCoverageNow", operator: "equal", value: false }] },
  },
} satisfies Record<string, NamedCondition<IncidentFactName & TicketFactName>>;

export const INCIDENT_CONDITIONS = {
  ...SHARED,
  macroExists: {
    description: "the incident has a macro",
    conditions: { all: [{ fact: "hasMacro", operator: "equal", value: true }] },
  },
  watcherAssigned: {
    description: "someone has the Support Watcher role",
    conditions: { all: [{ fact: "hasWatcher", operator: "equal", value: true }] },
  },
  needsWatcher: {
    description:
      "nobody watches the incident from support: no Support Watcher is assigned, or the one assigned is off shift or out of office",
    conditions: {
      any: [
        { fact: "hasWatcher", operator: "equal", value: false },
        { fact: "watcherAbsent", operator: "equal", value: true },
      ],
    },
  },
  commsReviewRequired: {
    description:
      "the Comms Lead reviews customer messaging before it is used: the incident is major, critical or security, and has a Comms Lead",
    conditions: {
      all: [
        { fact: "majorOrSecurity", operator: "equal", value: true },
        { fact: "hasCommsLead", operator: "equal", value: true },
      ],
    },
  },
} satisfies Record<string, NamedCondition<IncidentFactName>>;

export const TICKET_CONDITIONS = {
  ...SHARED,
  relatedTicket: {
    description: "the ticket is about the incident (marked so, tagged, or matched)",
    conditions: { all: [{ fact: "related", operator: "equal", value: true }] },
  },
  awaitingReply: {
    description: "the customer is waiting on a reply from us",
    conditions: { all: [{ fact: "customerWaiting", operator: "equal", value: true }] },
  },
  // The handbook's coordination with TAMs and CSMs, as a decision tree over the ticket: an open
  // side conversation decides first; otherwise a major or security incident with the account
  // team online is checked with them, and everything else is answered by support.
  consultAccountTeam: {
    description:
      "support asks the account team before replying: no side conversation with CS/sales was opened yet, the incident is major, critical or security, and the customer's TAM or CSM is within working hours",
    conditions: {
      all: [
        { fact: "csConsultation", operator: "equal", value: "none" },
        { fact: "majorOrSecurity", operator: "equal", value: true },
        { fact: "accountTeamOnline", operator: "equal", value: true },
      ],
    },
  },
  supportAnswers: {
    description:
      "support answers the customer itself: the side conversation with CS/sales timed out or CS declined; or none was opened and either the incident is minor or no TAM or CSM of the customer is within working hours (which includes customers who have none)",
    conditions: {
      any: [
        { fact: "csConsultation", operator: "in", value: ["silent", "declined"] },
        {
          all: [
            { fact: "csConsultation", operator: "equal", value: "none" },
            {
              any: [
                { fact: "majorOrSecurity", operator: "equal", value: false },
                { fact: "accountTeamOnline", operator: "equal", value: false },
              ],
            },
          ],
        },
      ],
    },
  },
} satisfies Record<string, NamedCondition<TicketFactName>>;

export type IncidentConditionName = keyof typeof INCIDENT_CONDITIONS;
export type TicketConditionName = keyof typeof TICKET_CONDITIONS;

/** Every named condition, for the docs: its meaning and its conditions. */
export const NAMED_CONDITIONS: Readonly<Record<string, NamedCondition<string>>> = {
  ...INCIDENT_CONDITIONS,
  ...TICKET_CONDITIONS,
};

/** The named condition a rule's statuses amount to, when it is one of the standard sets. */
export function statusCondition(statuses: readonly string[]): keyof typeof SHARED | undefined {
  const same = (set: readonly string[]) =>
    set.length === statuses.length && set.every((status, index) => statuses[index] === status);
  if (same(LIVE)) return "liveIncident";
  if (same(IMPACT_OVER)) return "impactOver";
  if (same(LIVE_OR_OVER)) return "realIncident";
  return undefined;
}
