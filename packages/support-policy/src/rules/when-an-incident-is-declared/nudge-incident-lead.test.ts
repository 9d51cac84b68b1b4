import { describe, expect, it } from "vitest";
import { context, incident, lead, minutesBefore, SATURDAY } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

const unwatched = (requestedMinutesAgo: number | undefined, declaredMinutesAgo = 30) =>
  incident({
    roles: { incidentLead: lead },
    declaredAt: minutesBefore(declaredMinutesAgo),
    ...(requestedMinutesAgo === undefined
      ? { supportWatcherRequestedAt: undefined }
      : { supportWatcherRequestedAt: minutesBefore(requestedMinutesAgo) }),
  });

describe("When an incident is declared", () => {
  it("nudges the incident lead when nobody from support joined after the nudge delay", async () => {
    const decision = decisionFor(await incidentDecisions(unwatched(11)), "nudge_incident_lead");
    expect(decision?.owner).toBe("incident_lead");
    expect(decision?.summary).toContain("only within its working hours");
    expect(decision?.details).toMatchObject({
      businessHoursOnly: true,
      supportCoverageNow: true,
      nextCoverageAt: "2026-06-03T16:00:00.000Z",
    });
    expect(decision?.because).toContainEqual({
      fact: "minutesSinceWatcherRequested",
      operator: "greaterThanInclusive",
      value: 10,
      valueFrom: "nudgeAfterMinutes",
      actual: 11,
    });
  });

  it("nudges at exactly the nudge delay", async () => {
    const decision = decisionFor(await incidentDecisions(unwatched(10)), "nudge_incident_lead");
    expect(decision?.details.minutesWaiting).toBe(10);
  });

  it("nudges outside support hours too, saying when support hours start again", async () => {
    const decisions = await incidentDecisions(
      unwatched(11),
      context({ now: SATURDAY, config: { nudgeAfterMinutes: 10 } }),
    );
    const decision = decisionFor(decisions, "nudge_incident_lead");
    expect(decision?.details).toMatchObject({
      supportCoverageNow: false,
      nextCoverageAt: "2026-06-08T07:00:00.000Z", // Bea, Monday 09:00 in Berlin
      businessHoursOnly: true,
    });
    expect(decision?.summary).toContain(
      "nobody in support is within working hours now; support hours next start at 2026-06-08T07:00:00.000Z",
    );
    expect(decisionFor(decisions, "no_support_coverage")).toBeDefined();
    expect(decisionFor(decisions, "request_support_watcher")).toBeUndefined();
  });

  it("says there are no scheduled support hours when nobody in support has any", async () => {
    const decision = decisionFor(
      await incidentDecisions(unwatched(11), context({ now: SATURDAY, team: [] })),
      "nudge_incident_lead",
    );
    expect(decision?.details.nextCoverageAt).toBeNull();
  });

  it("does not nudge once a watcher is assigned, even one who is off shift", async () => {
    const decisions = await incidentDecisions(incident(), context({ now: SATURDAY }));
    expect(decisionFor(decisions, "nudge_incident_lead")).toBeUndefined();
  });

  it("does not nudge before the delay has passed", async () => {
    expect(
      decisionFor(await incidentDecisions(unwatched(9)), "nudge_incident_lead"),
    ).toBeUndefined();
  });

  it("counts from the declaration when no watcher request was posted", async () => {
    const decisions = await incidentDecisions(unwatched(undefined, 12));
    expect(decisionFor(decisions, "nudge_incident_lead")?.details.minutesWaiting).toBe(12);
  });

  it("uses the configured nudge delay", async () => {
    const decisions = await incidentDecisions(
      unwatched(11),
      context({ config: { nudgeAfterMinutes: 30 } }),
    );
    expect(decisionFor(decisions, "nudge_incident_lead")).toBeUndefined();
  });
});
