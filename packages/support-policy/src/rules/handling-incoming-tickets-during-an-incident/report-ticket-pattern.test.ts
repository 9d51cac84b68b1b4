import { describe, expect, it } from "vitest";
import { context, incident, ticket } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

const tickets = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    ticket({ id: `T-${i + 1}`, tags: [], subject: `Feature flags slow (${i})` }),
  );

describe("Handling incoming tickets during an incident", () => {
  it("shares a pattern of several tickets about the same issue in the incident channel and the team channel", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident(), context({ queue: tickets(3) })),
      "report_ticket_pattern",
    );
    expect(decision?.details.count).toBe(3);
    expect(decision?.details.channels).toEqual(["incident channel", "#team-support"]);
  });

  it("does not call two tickets a pattern", async () => {
    const decisions = await incidentDecisions(incident(), context({ queue: tickets(2) }));
    expect(decisionFor(decisions, "report_ticket_pattern")).toBeUndefined();
  });

  it("uses the configured pattern threshold", async () => {
    const decisions = await incidentDecisions(
      incident(),
      context({ queue: tickets(2), config: { ticketPatternThreshold: 2 } }),
    );
    expect(decisionFor(decisions, "report_ticket_pattern")).toBeDefined();
  });
});
