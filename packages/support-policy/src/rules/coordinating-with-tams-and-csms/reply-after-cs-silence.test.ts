import { describe, expect, it } from "vitest";
import { context, enterprise, incident, minutesBefore, waiting } from "../../../test/builders.js";
import { decisionFor, ticketDecisions } from "../../../test/policy.js";

const major = incident({ severity: "major" });
const consulted = (minutesAgo: number) =>
  waiting({ organization: enterprise(), csConsultation: { openedAt: minutesBefore(minutesAgo) } });

describe("Coordinating with TAMs and CSMs", () => {
  it("responds to a waiting customer when nobody in CS answered within the timeout", async () => {
    const decisions = await ticketDecisions(consulted(31), major);
    expect(decisionFor(decisions, "reply_after_cs_silence")?.details).toMatchObject({
      timeoutMinutes: 30,
      useMacro: true,
    });
    expect(decisionFor(decisions, "check_with_cs")).toBeUndefined();
    // The one reply to send: the plain macro reply is folded into it.
    expect(decisionFor(decisions, "reply_with_macro")).toBeUndefined();
    expect(decisionFor(decisions, "reply_after_cs_silence")?.details.outranked).toEqual([
      "reply_with_macro",
    ]);
  });

  it("replies at exactly the timeout", async () => {
    expect(
      decisionFor(await ticketDecisions(consulted(30), major), "reply_after_cs_silence"),
    ).toBeDefined();
  });

  it("keeps waiting within the timeout", async () => {
    expect(
      decisionFor(await ticketDecisions(consulted(29), major), "reply_after_cs_silence"),
    ).toBeUndefined();
  });

  it("uses the configured CS response timeout", async () => {
    const decisions = await ticketDecisions(
      consulted(31),
      major,
      context({ config: { csResponseTimeoutMinutes: 60 } }),
    );
    expect(decisionFor(decisions, "reply_after_cs_silence")).toBeUndefined();
  });
});
