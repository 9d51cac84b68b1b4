// What the reply decisions of a ticket share: the material to answer with, the account team.
import type { TicketSituation } from "../situation/types.js";
import { listWords, personRef } from "./words.js";

/** How to answer: the macro when usable, else the status page link and what we know. */
export const replyMaterial = (s: TicketSituation) => ({
  useMacro: s.readings.macro.usable,
  macroId: s.incident.macro?.id ?? null,
  statusPageUrl: s.incident.statusPage?.url ?? s.config.statusPageUrl ?? null,
});

/** The account team to give a heads-up, each saying whether they are within working hours. */
export const loopIn = (s: TicketSituation) =>
  s.accountTeam.map(({ role, person }) => ({
    role,
    ...personRef(person),
    online: s.accountTeamWorking.includes(person),
  }));

/** "Tam (TAM) and Cece (CSM)". */
export const accountTeamWords = (s: TicketSituation): string =>
  listWords(s.accountTeam.map(({ role, person }) => `${person.name} (${role.toUpperCase()})`));

export const organizationName = (s: TicketSituation): string =>
  s.ticket.organization?.name ?? "the customer";

/** Out of support hours: the heads-up to the account team, and whether they took the ticket. */
export const outOfHoursNote = (s: TicketSituation): string => {
  const heads = s.accountTeam.length > 0 ? `; give ${accountTeamWords(s)} a heads-up` : "";
  const handles =
    s.consultation === "handles"
      ? `; ${organizationName(s)}'s account team said they will answer the customer, so nobody else replies`
      : "";
  return `${handles}${heads}`;
};
