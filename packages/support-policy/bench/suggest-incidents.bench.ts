import { expect, test } from "vitest";
import { matchTickets } from "../src/match-tickets.js";
import { suggestIncidents } from "../src/suggest/suggest-incidents.js";
import { incident, NOW } from "../test/builders.js";
import { queueOf } from "./queue.js";

// Two live incidents: every queued ticket is matched against both before it may count.
const LIVE = [
  incident({
    number: 5,
    name: "Feature flag evaluation slow",
    affectedComponents: ["Feature flags"],
  }),
  incident({ number: 6, name: "Webhook deliveries delayed", affectedComponents: ["Webhooks"] }),
];
const QUEUES = {
  "1,000": queueOf(1_000, NOW),
  "3,000": queueOf(3_000, NOW),
  "10,000": queueOf(10_000, NOW),
};
const context = { now: NOW, liveIncidents: LIVE };

test("suggestIncidents on a queue of 1,000, 3,000 and 10,000 tickets", async ({ bench }) => {
  // Measuring the wrong work would prove nothing: each queue yields its groups, and none of them
  // holds a ticket a live incident explains.
  for (const queue of Object.values(QUEUES)) {
    const decisions = await suggestIncidents(queue, context);
    expect(decisions.length).toBeGreaterThan(30);
    const grouped = new Set(
      decisions.flatMap((decision) => decision.details.ticketIds as string[]),
    );
    const explained = LIVE.flatMap((live) => matchTickets(live, queue));
    expect(explained.length).toBeGreaterThan(queue.length / 50);
    expect(explained.filter((match) => grouped.has(match.ticketId))).toEqual([]);
  }
  await bench.compare(
    ...Object.entries(QUEUES).map(([size, queue]) =>
      bench(`${size} tickets`, async () => {
        await suggestIncidents(queue, context);
      }),
    ),
  );
});
