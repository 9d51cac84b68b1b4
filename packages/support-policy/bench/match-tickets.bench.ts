import { expect, test } from "vitest";
import { incidentMatchProfile, matchTickets, matchTicketToProfile } from "../src/match-tickets.js";
import { ConfigSchema } from "../src/schemas/config.js";
import { IncidentSchema } from "../src/schemas/incident.js";
import { TicketSchema } from "../src/schemas/ticket.js";
import { incident, NOW } from "../test/builders.js";
import { queueOf } from "./queue.js";

// One live incident matched against queues of three sizes, created within its look-back window.
const INCIDENT = incident({
  name: "Webhook deliveries delayed",
  affectedComponents: ["Webhooks", "Event ingestion"],
  declaredAt: NOW,
});
const QUEUES = {
  "1,000": queueOf(1_000, NOW),
  "3,000": queueOf(3_000, NOW),
  "10,000": queueOf(10_000, NOW),
};

test("matchTickets on a queue of 1,000, 3,000 and 10,000 tickets", async ({ bench }) => {
  // Measuring the wrong work would prove nothing: each queue has webhook tickets that match and
  // tickets of other areas that do not.
  for (const queue of Object.values(QUEUES)) {
    const matches = matchTickets(INCIDENT, queue);
    expect(matches.length).toBeGreaterThan(queue.length / 100);
    expect(matches.length).toBeLessThan(queue.length / 5);
  }
  await bench.compare(
    ...Object.entries(QUEUES).map(([size, queue]) =>
      bench(`${size} tickets`, () => {
        matchTickets(INCIDENT, queue);
      }),
    ),
  );
});

test("the incident's profile built once against once per ticket (1,000 tickets)", async ({
  bench,
}) => {
  const config = ConfigSchema.parse({});
  const parsed = IncidentSchema.parse(INCIDENT);
  const tickets = QUEUES["1,000"].map((input) => TicketSchema.parse(input));
  const once = () => {
    const profile = incidentMatchProfile(parsed, config);
    return tickets.filter((ticket) => matchTicketToProfile(profile, ticket));
  };
  const each = () =>
    tickets.filter((ticket) => matchTicketToProfile(incidentMatchProfile(parsed, config), ticket));
  expect(once()).toEqual(each());
  await bench.compare(bench("profile once", once), bench("profile per ticket", each));
});
