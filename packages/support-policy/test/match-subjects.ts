// The subjects of a list that match an incident: the shape most matching tests assert on.
import { matchTickets } from "../src/match-tickets.js";
import type { ConfigInput } from "../src/schemas/config.js";
import type { TicketInput } from "../src/schemas/ticket.js";
import { incident, ticket } from "./builders.js";

/** A queue ticket neither tagged nor attached, created shortly before NOW. */
export const untagged = (overrides: Partial<TicketInput>) =>
  ticket({ tags: [], attachedToIncident: false, ...overrides });

/** The subjects, of those given, that match an incident of this name and these components. */
export const subjectsMatched = (
  name: string,
  affectedComponents: string[],
  subjects: string[],
  config?: ConfigInput,
) =>
  matchTickets(
    incident({ name, affectedComponents }),
    subjects.map((subject, index) => untagged({ id: `T-${index}`, subject })),
    config,
  ).map((match) => subjects[Number(match.ticketId.slice(2))]);
