import { describe, expect, it } from "vitest";
import { minutesBefore, resolved } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

const postMortem = { url: "https://docs.example.com/pm/123" };

describe("After an incident resolves", () => {
  it("adds support's feedback to a major incident's post-mortem", async () => {
    const decision = decisionFor(
      await incidentDecisions(resolved({ severity: "major", postMortem })),
      "postmortem_feedback",
    );
    expect(decision?.details.url).toBe(postMortem.url);
  });

  it("treats critical incidents as major", async () => {
    const decisions = await incidentDecisions(resolved({ severity: "critical", postMortem }));
    expect(decisionFor(decisions, "postmortem_feedback")).toBeDefined();
  });

  it("does not ask for feedback on minor incidents", async () => {
    expect(
      decisionFor(await incidentDecisions(resolved({ postMortem })), "postmortem_feedback"),
    ).toBeUndefined();
  });

  it("does not ask twice once feedback was added", async () => {
    const decisions = await incidentDecisions(
      resolved({
        severity: "major",
        postMortem: { ...postMortem, supportFeedbackAt: minutesBefore(1) },
      }),
    );
    expect(decisionFor(decisions, "postmortem_feedback")).toBeUndefined();
  });
});
