import type { Person, TicketInput } from "@support/policy";
import type { Snapshot } from "../snapshot.js";

/**
 * What `brief --save` leaves out unless `--full`: the queue tickets that do not look related,
 * and personal data, meaning
 *   - every email address (people's `email` fields, and any address inside vendor text such as
 *     subjects, macro bodies and status page messages),
 *   - Slack handles of the roster,
 *   - customers' names (each organization becomes "Customer <its id>"),
 *   - draft replies, which quote customers.
 * Names, time zones and hours of the support team, the incident roles and TAMs/CSMs stay: the
 * decisions (coverage, handover, who to loop in) are made from them.
 */
export const PERSONAL_DATA = [
  "email addresses",
  "Slack handles",
  "customer names",
  "draft replies",
];

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

const person = ({ email: _email, slack: _slack, ...rest }: Person): Person => rest;

/** Email addresses masked in every string of a JSON-like value. */
function masked<T>(value: T): T {
  if (typeof value === "string") return value.replace(EMAIL, "[email]") as T;
  if (Array.isArray(value)) return value.map(masked) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v)])) as T;
  return value;
}

function ticket(t: TicketInput): TicketInput {
  const { draftReply: _draft, organization, ...rest } = t;
  return masked({
    ...rest,
    ...(organization && {
      organization: {
        ...organization,
        name: `Customer ${organization.id}`,
        ...(organization.tam && { tam: person(organization.tam) }),
        ...(organization.csm && { csm: person(organization.csm) }),
      },
    }),
  });
}

/** The snapshot as `--save` writes it by default: related tickets only, personal data left out. */
export function withoutPersonalData(snapshot: Snapshot, relatedIds: ReadonlySet<string>): Snapshot {
  const { roles } = snapshot.incident;
  const incident = masked({
    ...snapshot.incident,
    roles: {
      ...(roles.incidentLead && { incidentLead: person(roles.incidentLead) }),
      ...(roles.commsLead && { commsLead: person(roles.commsLead) }),
      ...(roles.supportWatcher && { supportWatcher: person(roles.supportWatcher) }),
    },
  });
  return {
    ...snapshot,
    incident,
    tickets: snapshot.tickets.filter((t) => relatedIds.has(t.id)).map(ticket),
    team: snapshot.team.map(person),
    dataProblems: masked(snapshot.dataProblems),
  };
}
