import { describe, expect, it } from "vitest";
import {
  context,
  incident,
  lead,
  minutesAfter,
  minutesBefore,
  SATURDAY,
} from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

const unwatched = (requestedMinutesAgo: number) =>
  incident({
    roles: { incidentLead: lead },
    supportWatcherRequestedAt: minutesBefore(requestedMinutesAgo),
  });

describe("When an incident is declared", () => {
  it("asks the team for a Support Watcher while someone in support is within working hours", async () => {
    const decision = decisionFor(await incidentDecisions(unwatched(2)), "request_support_watcher");
    expect(decision?.owner).toBe("support_team");
    expect(decision?.details.escalated).toBe(false);
    expect(decision?.due).toBe(minutesAfter(3));
    expect(decision?.details.candidates).toEqual([
      expect.objectContaining({ name: "Lou", minutesLeft: 510 }),
      expect.objectContaining({ name: "Jo", minutesLeft: 30 }),
    ]);
  });

  it("expects anyone around to volunteer once nobody has for a few minutes", async () => {
    const decision = decisionFor(await incidentDecisions(unwatched(6)), "request_support_watcher");
    expect(decision?.details.escalated).toBe(true);
    expect(decision?.due).toBeUndefined();
    expect(decision?.summary).toContain("anyone around");
  });

  it("does not ask once a Support Watcher is assigned", async () => {
    expect(
      decisionFor(await incidentDecisions(incident()), "request_support_watcher"),
    ).toBeUndefined();
  });

  it("does not ask anyone to watch outside support working hours", async () => {
    const decisions = await incidentDecisions(unwatched(2), context({ now: SATURDAY }));
    expect(decisionFor(decisions, "request_support_watcher")).toBeUndefined();
  });

  it("does not ask for a watcher once the incident is no longer live", async () => {
    const decisions = await incidentDecisions(
      incident({ roles: { incidentLead: lead }, status: "declined" }),
    );
    expect(decisionFor(decisions, "request_support_watcher")).toBeUndefined();
  });
});
