import { describe, expect, it } from "vitest";
import {
  bea,
  context,
  incident,
  jo,
  lead,
  lou,
  minutesAfter,
  minutesBefore,
  person,
  SATURDAY,
} from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";
import type { Person } from "../../schemas/person.js";

const watchedBy = (watcher: Person) =>
  incident({ roles: { incidentLead: lead, supportWatcher: watcher } });

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

  it("lists each person once when the roster names them twice", async () => {
    const again = person({ name: "Jo", email: "JO@Example.com", timezone: "Asia/Tokyo" });
    const decision = decisionFor(
      await incidentDecisions(unwatched(2), context({ team: [lou, jo, again, lou] })),
      "request_support_watcher",
    );
    expect(decision?.details.candidates).toEqual([
      expect.objectContaining({ name: "Lou", minutesLeft: 510 }),
      expect.objectContaining({ name: "Jo", minutesLeft: 30 }),
    ]);
  });
});

describe("When an incident is declared: a hand raised in the workflow thread", () => {
  it("names who raised their hand since the request and stops asking everyone to volunteer", async () => {
    const raised = incident({
      ...unwatched(8),
      handRaises: [
        { name: "Lou", at: minutesBefore(9) },
        { name: "Jo", at: minutesBefore(3) },
      ],
    });
    const decision = decisionFor(
      await incidentDecisions(raised, context({ team: [lou, jo] })),
      "request_support_watcher",
    );
    // Lou's hand went up before this request (8 minutes ago), so only Jo's counts.
    expect(decision?.details.handsRaised).toEqual([{ name: "Jo", at: "2026-06-03T15:57:00.000Z" }]);
    expect(decision?.details.escalated).toBe(false);
    expect(decision?.summary).toContain(
      "Jo raised their hand in the workflow thread and takes the role by joining the incident channel; nobody else needs to volunteer in #team-support",
    );
  });

  it("asks for a volunteer again when the only hand went up before the request", async () => {
    const raised = incident({
      ...unwatched(8),
      handRaises: [{ name: "Lou", at: minutesBefore(9) }],
    });
    const decision = decisionFor(
      await incidentDecisions(raised, context({ team: [lou, jo] })),
      "request_support_watcher",
    );
    expect(decision?.details.handsRaised).toEqual([]);
    expect(decision?.details.escalated).toBe(true);
  });
});

describe("Handing over across timezones: picking up from a previous timezone", () => {
  it("points the pickup steps at the newest handover note", async () => {
    const decision = decisionFor(
      await incidentDecisions(
        incident({
          roles: { incidentLead: lead, supportWatcher: bea },
          handoverNotes: [
            { at: "2026-06-03T14:00:00Z" },
            {
              at: "2026-06-03T15:20:00Z",
              by: "Bea",
              url: "https://example.slack.com/archives/C1/p2",
            },
          ],
        }),
      ),
      "request_support_watcher",
    );
    const pickUp = decision?.details.pickUp as { handoverNote: unknown; checklist: string[] };
    expect(pickUp.handoverNote).toEqual({
      at: "2026-06-03T15:20:00.000Z",
      by: "Bea",
      url: "https://example.slack.com/archives/C1/p2",
    });
    expect(pickUp.checklist[0]).toBe(
      "read the handover note the previous watcher left in the #team-support workflow thread at 2026-06-03T15:20:00.000Z (https://example.slack.com/archives/C1/p2)",
    );
    expect(pickUp.checklist[1]).toBe(
      "catch up on what the incident channel has said since 2026-06-03T15:20:00.000Z",
    );
  });

  it("asks the people in hours to pick up from a watcher whose working day is over", async () => {
    const decision = decisionFor(
      await incidentDecisions(watchedBy(bea)),
      "request_support_watcher",
    );
    expect(decision?.details.pickUp).toEqual({
      handoverNote: null,
      previousWatcher: { name: "Bea", timezone: "Europe/Berlin", email: "bea@example.com" },
      checklist: [
        expect.stringContaining("handover notes"),
        expect.stringContaining("incident channel"),
        "reply in the #team-support workflow thread the incident began with to raise your hand, unless you already have, and join the incident channel to take the Support Watcher role",
      ],
    });
    expect(decision?.details.watcherAbsence).toBe("outside_working_hours");
    expect(decision?.details.watcherOffSince).toBe("2026-06-03T15:30:00.000Z");
    expect(decision?.details.candidates).toEqual([
      expect.objectContaining({ name: "Lou" }),
      expect.objectContaining({ name: "Jo" }),
    ]);
    // Nobody volunteered in the 30 minutes since Bea's day ended.
    expect(decision?.details.requestedAt).toBe("2026-06-03T15:30:00.000Z");
    expect(decision?.details.escalated).toBe(true);
    expect(decision?.summary).toContain("pick it up from Bea, who is off shift");
  });

  it("asks for a pickup the moment the watcher's day ends, and not a minute before", async () => {
    const atEnd = await incidentDecisions(watchedBy(jo), context({ now: "2026-06-03T16:30:00Z" }));
    const before = await incidentDecisions(watchedBy(jo), context({ now: "2026-06-03T16:29:00Z" }));
    const decision = decisionFor(atEnd, "request_support_watcher");
    expect(decision?.details.requestedAt).toBe("2026-06-03T16:30:00.000Z");
    expect(decision?.details.escalated).toBe(false);
    expect(decision?.due).toBe("2026-06-03T16:35:00.000Z");
    expect(decisionFor(before, "request_support_watcher")).toBeUndefined();
  });

  it("asks for a pickup when the watcher is out of office", async () => {
    const away = {
      ...lou,
      outOfOffice: [{ from: "2026-06-03T15:00:00Z", to: "2026-06-03T20:00:00Z" }],
    };
    const decision = decisionFor(
      await incidentDecisions(watchedBy(away), context({ team: [away, jo, bea] })),
      "request_support_watcher",
    );
    expect(decision?.details.watcherAbsence).toBe("out_of_office");
    expect(decision?.details.pickUp).toMatchObject({ previousWatcher: { name: "Lou" } });
    expect(decision?.details.candidates).toEqual([expect.objectContaining({ name: "Jo" })]);
    expect(decision?.summary).toContain("pick it up from Lou, who is out of office");
  });

  it("does not ask for a pickup while the watcher is at work", async () => {
    const decisions = await incidentDecisions(watchedBy(lou));
    expect(decisionFor(decisions, "request_support_watcher")).toBeUndefined();
  });

  it("asks nobody to pick up when nobody in support is within working hours", async () => {
    const decisions = await incidentDecisions(watchedBy(lou), context({ now: SATURDAY }));
    expect(decisionFor(decisions, "request_support_watcher")).toBeUndefined();
    expect(decisionFor(decisions, "no_support_coverage")).toBeDefined();
    expect(decisionFor(decisions, "handover")?.due).toBe("2026-06-06T12:00:00.000Z");
  });

  it("sends no pickup with an ordinary request for a first watcher", async () => {
    const decision = decisionFor(await incidentDecisions(unwatched(2)), "request_support_watcher");
    expect(decision?.details.pickUp).toBeNull();
    expect(decision?.details.watcherAbsence).toBeNull();
  });
});
