import { describe, expect, it } from "vitest";
import { comms, incident, lead, lou, ticket, waiting } from "../../../test/builders.js";
import { decisionFor, ticketDecisions } from "../../../test/policy.js";

describe("Handling incoming tickets during an incident", () => {
  it("answers a waiting customer with the macro when there is one", async () => {
    const decision = decisionFor(await ticketDecisions(waiting()), "reply_with_macro");
    expect(decision?.details).toMatchObject({
      macroId: "m-1",
      statusPageUrl: "https://status.example.com/incidents/abc",
    });
  });

  it("does not use a major incident's macro before the Comms Lead approved it", async () => {
    const decisions = await ticketDecisions(
      waiting(),
      incident({
        severity: "major",
        roles: { incidentLead: lead, supportWatcher: lou, commsLead: comms },
      }),
    );
    expect(decisionFor(decisions, "reply_with_macro")).toBeUndefined();
    expect(decisionFor(decisions, "reply_with_status_link")).toBeDefined();
  });

  it("does not prompt a reply when the customer is not waiting on us", async () => {
    expect(decisionFor(await ticketDecisions(ticket()), "reply_with_macro")).toBeUndefined();
  });

  it("does not prompt a reply on a solved ticket", async () => {
    const decisions = await ticketDecisions(waiting({ status: "solved" }));
    expect(decisionFor(decisions, "reply_with_macro")).toBeUndefined();
  });
});
