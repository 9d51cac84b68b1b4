// How evaluateIncident grows with the queue and the roster, as ratios in one run: 1,000 and
// 10,000 tickets with 5, 50 and 500 people, each call validating its input and laying out every
// person's schedule (the free function keeps nothing between calls).
import { expect, test } from "vitest";
import { evaluateIncident } from "../src/evaluate.js";
import { NOW } from "../test/builders.js";
import { bigIncident, rosterOf, ticketsOf } from "./incident-world.js";

const TICKETS = { "1,000": ticketsOf(1_000), "10,000": ticketsOf(10_000) };
const ROSTERS = { 5: rosterOf(5), 50: rosterOf(50), 500: rosterOf(500) };
// A local binding: reading the imported one goes through a module getter on every call.
const evaluateAll = evaluateIncident;

test("evaluateIncident over 1,000 and 10,000 tickets with 5, 50 and 500 people", async ({
  bench,
}) => {
  // The work measured is the real one: decisions for every ticket, some about the incident.
  for (const team of Object.values(ROSTERS)) {
    const result = await evaluateIncident(bigIncident(team), TICKETS["1,000"], { now: NOW, team });
    expect(result.tickets).toHaveLength(1_000);
    expect(result.matches.length).toBeGreaterThan(100);
    expect(result.tickets.filter((one) => one.decisions.length > 0).length).toBeGreaterThan(100);
  }
  await bench.compare(
    ...Object.entries(ROSTERS).flatMap(([people, team]) =>
      Object.entries(TICKETS).map(([size, tickets]) => {
        const incident = bigIncident(team);
        return bench(`${size} tickets × ${people} people`, async () => {
          await evaluateAll(incident, tickets, { now: NOW, team });
        });
      }),
    ),
  );
});
