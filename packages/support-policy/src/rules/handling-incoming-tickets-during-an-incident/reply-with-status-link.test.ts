import { describe, expect, it } from "vitest";
import { incident, resolved, waiting } from "../../../test/builders.js";
import { decisionFor, ticketDecisions } from "../../../test/policy.js";

describe("Handling incoming tickets during an incident", () => {
  it("without a macro, explains the impact, links the status page and gives a timeline or says there is none", async () => {
    const decision = decisionFor(
      await ticketDecisions(waiting(), incident({ macro: undefined })),
      "reply_with_status_link",
    );
    expect(decision?.details.statusPageUrl).toBe("https://status.example.com/incidents/abc");
    expect(decision?.details.mustInclude).toHaveLength(3);
  });

  it("prefers the macro when it is usable", async () => {
    expect(decisionFor(await ticketDecisions(waiting()), "reply_with_status_link")).toBeUndefined();
  });

  it("does not use incident replies once the incident is resolved", async () => {
    const decisions = await ticketDecisions(waiting(), resolved({ macro: undefined }));
    expect(decisionFor(decisions, "reply_with_status_link")).toBeUndefined();
  });
});
