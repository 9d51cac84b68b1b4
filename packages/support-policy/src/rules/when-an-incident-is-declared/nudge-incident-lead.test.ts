import { describe, expect, it } from "vitest";
import { context, incident, lead, minutesBefore } from "../../../test/builders.js";
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
    expect(decision?.because).toContainEqual({
      fact: "minutesSinceWatcherRequested",
      operator: "greaterThanInclusive",
      value: 10,
      valueFrom: "nudgeAfterMinutes",
      actual: 11,
    });
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
