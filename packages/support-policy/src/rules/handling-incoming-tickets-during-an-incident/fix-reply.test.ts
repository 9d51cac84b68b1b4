import { describe, expect, it } from "vitest";
import { context, incident, ticket } from "../../../test/builders.js";
import { BLAMES_VENDOR, expectWarningsOnly } from "../../../test/lint-findings.js";
import { decisionFor, ticketDecisions } from "../../../test/policy.js";

describe("Handling incoming tickets during an incident", () => {
  it('flags a generic "we\'re working on it" draft reply', async () => {
    const decision = decisionFor(
      await ticketDecisions(ticket({ draftReply: "Hi, we're working on it." })),
      "fix_reply",
    );
    expect(decision?.details.findings).not.toEqual([]);
  });

  it("lets a draft with only warnings go", async () => {
    expectWarningsOnly("reply", BLAMES_VENDOR, {
      incident: { statusPage: { url: "https://status.example.com/incidents/abc" } },
    });
    const decisions = await ticketDecisions(ticket({ draftReply: BLAMES_VENDOR }));
    expect(decisionFor(decisions, "fix_reply")).toBeUndefined();
  });

  it("carries the warnings along when the draft also has an error", async () => {
    const decision = decisionFor(
      await ticketDecisions(
        ticket({ draftReply: `${BLAMES_VENDOR} Replica lag is high.` }),
        incident(),
        context({ config: { jargon: ["replica lag"] } }),
      ),
      "fix_reply",
    );
    expect(decision?.details.findings).toContainEqual(
      expect.objectContaining({ rule: "blame_third_party", severity: "warning" }),
    );
    expect(decision?.summary).toContain("(1 lint error and 1 warning)");
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
