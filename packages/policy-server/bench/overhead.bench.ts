// What the HTTP layer adds to the policy, in-process (no sockets): the library call against the
// same call through the app (body parsing, validation of the answer, decision log with masking,
// metrics), for one evaluation and for evaluate-incident over 10 and 100 tickets.
import { evaluate, evaluateIncident } from "@support/policy";
import { expect, test } from "vitest";
import { testServer } from "../test/support/test-server.js";
import { EXAMPLE, exampleContext } from "../test/support/world.js";

const { post } = testServer({ rateLimitPerMinute: 0 });
const context = exampleContext();
const ticket = EXAMPLE.tickets[1];
const ticketsOf = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    ...EXAMPLE.tickets[i % EXAMPLE.tickets.length],
    id: String(60_000 + i),
  }));

test("one evaluation: the library against the same call through the server", async ({ bench }) => {
  const body = JSON.stringify({ incident: EXAMPLE.incident, ticket, context });
  const expected = JSON.stringify(
    await evaluate(EXAMPLE.incident as never, ticket as never, context as never),
  );
  expect(await (await post("/v1/evaluate", body)).text()).toBe(expected);
  await bench.compare(
    bench("evaluate (library)", async () => {
      await evaluate(EXAMPLE.incident as never, ticket as never, context as never);
    }),
    bench("POST /v1/evaluate (in-process app)", async () => {
      await (await post("/v1/evaluate", body)).text();
    }),
  );
});

for (const count of [10, 100]) {
  test(`evaluate-incident over ${count} tickets: library against server`, async ({ bench }) => {
    const tickets = ticketsOf(count);
    const body = JSON.stringify({ incident: EXAMPLE.incident, tickets, context });
    const response = await post("/v1/evaluate-incident", body);
    expect(response.status).toBe(200);
    await bench.compare(
      bench(`evaluateIncident, ${count} tickets (library)`, async () => {
        await evaluateIncident(EXAMPLE.incident as never, tickets as never, context as never);
      }),
      bench(`POST /v1/evaluate-incident, ${count} tickets`, async () => {
        await (await post("/v1/evaluate-incident", body)).text();
      }),
      { time: 2000 },
    );
  });
}
