import { describe, expect, it } from "vitest";
import { bea, context, incident, jo, lead, lou, person } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

const watchedBy = (watcher: typeof jo) =>
  incident({ roles: { incidentLead: lead, supportWatcher: watcher } });

describe("Handing over across timezones", () => {
  it("hands over before the watcher logs off, to the person with the most working hours ahead", async () => {
    const decision = decisionFor(await incidentDecisions(watchedBy(jo)), "handover");
    expect(decision?.details.to).toMatchObject({ name: "Lou", minutesAhead: 480 });
    expect(decision?.details.at).toBe("2026-06-03T16:30:00.000Z");
    expect(decision?.due).toBe("2026-06-03T16:30:00.000Z");
    expect(decision?.details.detailedNotes).toBe(false);
    expect(decision?.details.noteChecklist).toHaveLength(4);
  });

  it("asks a West Coast watcher logging off for detailed notes, since nobody else is online", async () => {
    const decision = decisionFor(
      await incidentDecisions(watchedBy(lou), context({ now: "2026-06-04T00:00:00Z" })),
      "handover",
    );
    expect(decision?.details.detailedNotes).toBe(true);
    // Bea (Berlin) and Jo (London) both have 8.5 hours ahead; Bea comes online first.
    expect(decision?.details.to).toMatchObject({ name: "Bea", from: "2026-06-04T07:00:00.000Z" });
    expect(decision?.summary).toContain("detailed notes");
  });

  it("hands over at once when the watcher's working hours already ended", async () => {
    const decision = decisionFor(
      await incidentDecisions(watchedBy(bea)), // 18:00 in Berlin
      "handover",
    );
    expect(decision?.details.at).toBe("2026-06-03T16:00:00.000Z");
  });

  it("names nobody when no one in support comes online within the horizon", async () => {
    const decision = decisionFor(
      await incidentDecisions(
        watchedBy(jo),
        context({
          team: [
            jo,
            person({
              name: "Ann",
              timezone: "Asia/Tokyo",
              workingHours: [{ days: ["sat"], start: "09:00", end: "17:00" }],
            }),
          ],
        }),
      ),
      "handover",
    );
    expect(decision?.details.to).toBeNull();
    expect(decision?.summary).toContain("whoever comes online next");
  });

  it("does not hand over while the watcher has more than the handover lead time left", async () => {
    expect(decisionFor(await incidentDecisions(watchedBy(lou)), "handover")).toBeUndefined();
  });

  it("uses the configured handover lead time", async () => {
    const decisions = await incidentDecisions(
      watchedBy(jo),
      context({ config: { handoverLeadMinutes: 20 } }),
    );
    expect(decisionFor(decisions, "handover")).toBeUndefined();
  });
});
