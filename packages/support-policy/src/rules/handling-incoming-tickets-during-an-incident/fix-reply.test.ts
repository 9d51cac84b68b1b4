import { describe, expect, it } from "vitest";
import { ticket } from "../../../test/builders.js";
import { decisionFor, ticketDecisions } from "../../../test/policy.js";

describe("Handling incoming tickets during an incident", () => {
  it('flags a generic "we\'re working on it" draft reply', async () => {
    const decision = decisionFor(
      await ticketDecisions(ticket({ draftReply: "Hi, we're working on it." })),
      "fix_reply",
    );
    expect(decision?.details.findings).not.toEqual([]);
  });

  it("does not lint drafts on tickets unrelated to the incident", async () => {
    const decisions = await ticketDecisions(
      ticket({ relatedToIncident: false, tags: [], draftReply: "Hi, we're working on it." }),
    );
    expect(decisionFor(decisions, "fix_reply")).toBeUndefined();
  });

  it("has nothing to fix when there is no draft", async () => {
    expect(decisionFor(await ticketDecisions(ticket()), "fix_reply")).toBeUndefined();
  });
});
