import { describe, expect, it } from "vitest";
import {
  aki,
  bea,
  context,
  incident,
  jo,
  lead,
  lou,
  nia,
  person,
  workingFrom,
} from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";
import type { ContextInput } from "../../schemas/context.js";
import type { Person } from "../../schemas/person.js";

const watchedBy = (watcher: Person) =>
  incident({ roles: { incidentLead: lead, supportWatcher: watcher } });

const handoverOf = async (watcher: Person, ctx: ContextInput = context()) =>
  decisionFor(await incidentDecisions(watchedBy(watcher), ctx), "handover");

describe("Handing over across timezones", () => {
  describe("the handover goes to a colleague at work now or starting soon", () => {
    it("picks a colleague working now over one who starts hours later (London to Los Angeles, not Tokyo)", async () => {
      const decision = await handoverOf(jo, context({ team: [jo, aki, nia, lou] }));
      expect(decision?.details.to).toEqual({
        name: "Lou",
        timezone: "America/Los_Angeles",
        email: "lou@example.com",
        from: "2026-06-03T16:30:00.000Z",
        until: "2026-06-04T00:30:00.000Z",
        minutesAhead: 480,
      });
      expect(decision?.details.at).toBe("2026-06-03T16:30:00.000Z");
      expect(decision?.due).toBe("2026-06-03T16:30:00.000Z");
      expect(decision?.details.detailedNotes).toBe(false);
      expect(decision?.details.noteChecklist).toHaveLength(4);
      expect(decision?.summary).toBe(
        "Hand INC-123 over to Lou in the #team-support workflow thread by 2026-06-03T16:30:00.000Z.",
      );
    });

    it("is done once a handover note is in the thread within handoverLeadMinutes of the handover", async () => {
      const ctx = context({ team: [jo, aki, nia, lou] });
      // Jo's day ends at 16:30 UTC; the lead is 60 minutes, so a note from 15:30 on counts.
      const withNote = (at: string) =>
        incident({
          roles: { incidentLead: lead, supportWatcher: jo },
          handoverNotes: [{ at, by: "Jo", url: "https://example.slack.com/archives/C1/p1" }],
        });
      const posted = await incidentDecisions(withNote("2026-06-03T15:30:00Z"), ctx);
      expect(decisionFor(posted, "handover")).toBeUndefined();
      const yesterday = await incidentDecisions(withNote("2026-06-03T15:29:00Z"), ctx);
      expect(decisionFor(yesterday, "handover")?.details.at).toBe("2026-06-03T16:30:00.000Z");
    });

    it("does not count a start six hours away as coming online", async () => {
      const decision = await handoverOf(jo, context({ team: [jo, aki] }));
      expect(decision?.details.to).toMatchObject({ name: "Aki", from: "2026-06-04T00:00:00.000Z" });
      expect(decision?.details.detailedNotes).toBe(true);
    });

    it("counts someone starting handoverComingOnlineMinutes after the handover, 60 included", async () => {
      const max = workingFrom("Max", "UTC", ["17:30", "23:00"]);
      const decision = await handoverOf(jo, context({ team: [jo, max] }));
      expect(decision?.details.to).toMatchObject({
        name: "Max",
        from: "2026-06-03T17:30:00.000Z",
        minutesAhead: 330,
      });
      expect(decision?.details.detailedNotes).toBe(false);
    });

    it("does not count someone starting one minute past handoverComingOnlineMinutes", async () => {
      const max = workingFrom("Max", "UTC", ["17:31", "23:00"]);
      const decision = await handoverOf(jo, context({ team: [jo, max] }));
      expect(decision?.details.detailedNotes).toBe(true);
      expect(decision?.details.to).toMatchObject({ name: "Max", from: "2026-06-03T17:31:00.000Z" });
    });

    it("uses the configured handoverComingOnlineMinutes", async () => {
      const max = workingFrom("Max", "UTC", ["17:31", "23:00"]);
      const decision = await handoverOf(
        jo,
        context({ team: [jo, max], config: { handoverComingOnlineMinutes: 61 } }),
      );
      expect(decision?.details.detailedNotes).toBe(false);
    });
  });

  describe("among them, the one with the longest stretch of work left", () => {
    const ada = workingFrom("Ada", "UTC", ["09:00", "17:00"], ["18:00", "22:00"]);
    const bo = workingFrom("Bo", "UTC", ["12:00", "20:00"]);

    it("counts working minutes through the end of their working day, lunch left out", async () => {
      const decision = await handoverOf(jo, context({ team: [jo, bo, ada] }));
      // Ada: 16:30-17:00 and 18:00-22:00 (270 minutes); Bo: 16:30-20:00 (210 minutes).
      expect(decision?.details.to).toMatchObject({
        name: "Ada",
        until: "2026-06-03T22:00:00.000Z",
        minutesAhead: 270,
      });
    });

    it("ends a colleague's day at a break of shiftBreakMaxMinutes or more", async () => {
      const decision = await handoverOf(
        jo,
        context({ team: [jo, bo, ada], config: { shiftBreakMaxMinutes: 60 } }),
      );
      // Ada's 60-minute break is not shorter than 60, so her day ends at 17:00.
      expect(decision?.details.to).toMatchObject({ name: "Bo", minutesAhead: 210 });
    });

    it("prefers the earlier start, then the name, when working minutes tie", async () => {
      const decision = await handoverOf(lou, context({ now: "2026-06-04T00:00:00Z" }));
      // Bea (Berlin) and Jo (London) both have 8.5 hours ahead; Bea comes online first.
      expect(decision?.details.to).toMatchObject({ name: "Bea", from: "2026-06-04T07:00:00.000Z" });
    });
  });

  describe("when the watcher's working day is nearly over", () => {
    const wes = workingFrom("Wes", "UTC", ["09:00", "12:00"], ["13:00", "17:30"]);
    const team = [wes, lou, jo, bea];

    it("hands over before the working day ends, not before lunch", async () => {
      const beforeLunch = await handoverOf(wes, context({ now: "2026-06-03T11:30:00Z", team }));
      const atLunch = await incidentDecisions(
        watchedBy(wes),
        context({ now: "2026-06-03T12:30:00Z", team }),
      );
      expect(beforeLunch).toBeUndefined();
      expect(decisionFor(atLunch, "handover")).toBeUndefined();
      expect(decisionFor(atLunch, "request_support_watcher")).toBeUndefined();
      const late = await handoverOf(wes, context({ now: "2026-06-03T16:45:00Z", team }));
      expect(late?.details.at).toBe("2026-06-03T17:30:00.000Z");
    });

    it("treats a break of shiftBreakMaxMinutes (180) as the end of the day", async () => {
      const split = workingFrom("Wes", "UTC", ["09:00", "12:00"], ["15:00", "17:30"]);
      const decision = await handoverOf(
        split,
        context({ now: "2026-06-03T11:30:00Z", team: [split, lou, jo, bea] }),
      );
      expect(decision?.details.at).toBe("2026-06-03T12:00:00.000Z");
      expect(decision?.details.to).toMatchObject({ name: "Jo", minutesAhead: 270 });
    });

    it("joins a break of 179 minutes into one day", async () => {
      const split = workingFrom("Wes", "UTC", ["09:00", "12:00"], ["14:59", "17:30"]);
      expect(
        await handoverOf(split, context({ now: "2026-06-03T11:30:00Z", team: [split, jo] })),
      ).toBeUndefined();
    });

    it("ends the day at an out-of-office range, however short", async () => {
      const away = {
        ...wes,
        outOfOffice: [{ from: "2026-06-03T12:00:00Z", to: "2026-06-03T13:00:00Z" }],
      };
      const decision = await handoverOf(
        away,
        context({ now: "2026-06-03T11:30:00Z", team: [away, jo] }),
      );
      expect(decision?.details.at).toBe("2026-06-03T12:00:00.000Z");
    });

    it("hands over when the day ends within handoverLeadMinutes, 60 included", async () => {
      const atLead = await handoverOf(jo, context({ now: "2026-06-03T15:30:00Z" }));
      expect(atLead?.because).toContainEqual({
        fact: "watcherMinutesLeft",
        operator: "lessThanInclusive",
        value: 60,
        valueFrom: "handoverLeadMinutes",
        actual: 60,
      });
      expect(await handoverOf(jo, context({ now: "2026-06-03T15:29:00Z" }))).toBeUndefined();
    });

    it("does not hand over while the watcher has more than the handover lead time left", async () => {
      expect(await handoverOf(lou)).toBeUndefined();
    });

    it("uses the configured handover lead time", async () => {
      expect(
        await handoverOf(jo, context({ config: { handoverLeadMinutes: 20 } })),
      ).toBeUndefined();
    });

    it("follows the clocks: a London day ends at 17:30 UTC once British summer time is over", async () => {
      const decision = await handoverOf(jo, context({ now: "2026-10-26T17:00:00Z" }));
      expect(decision?.details.at).toBe("2026-10-26T17:30:00.000Z");
      // Los Angeles is still on daylight time until 1 November: 16:00-00:30 UTC.
      expect(decision?.details.to).toMatchObject({ name: "Lou", minutesAhead: 420 });
    });
  });

  describe("a watcher who is already off shift", () => {
    it("hands over now when the watcher's working day is over", async () => {
      const decision = await handoverOf(bea); // 18:00 in Berlin
      expect(decision?.details.at).toBe("2026-06-03T16:00:00.000Z");
      expect(decision?.due).toBe("2026-06-03T16:00:00.000Z");
      expect(decision?.details.watcherOffShift).toBe(true);
      expect(decision?.details.to).toMatchObject({ name: "Lou", minutesAhead: 510 });
      expect(decision?.summary).toContain("the watcher's working day is over");
    });

    it("hands over now when the watcher is out of office", async () => {
      const away = {
        ...lou,
        outOfOffice: [{ from: "2026-06-03T15:00:00Z", to: "2026-06-03T20:00:00Z" }],
      };
      const decision = await handoverOf(away, context({ team: [away, jo, bea] }));
      expect(decision?.details.at).toBe("2026-06-03T16:00:00.000Z");
      expect(decision?.details.to).toMatchObject({ name: "Jo", minutesAhead: 30 });
      expect(decision?.summary).toContain("out of office");
    });
  });

  describe("a watcher leaving with nobody else online writes detailed notes", () => {
    it("names the next person to come online and asks for detailed notes when nobody qualifies", async () => {
      const decision = await handoverOf(lou, context({ now: "2026-06-04T00:00:00Z" }));
      expect(decision?.details.detailedNotes).toBe(true);
      expect(decision?.details.to).toMatchObject({ name: "Bea", from: "2026-06-04T07:00:00.000Z" });
      expect(decision?.summary).toBe(
        "Hand INC-123 over to Bea in the #team-support workflow thread by 2026-06-04T00:30:00.000Z, with detailed notes: nobody in support is working or comes online within 60 minutes of the handover, and Bea is the next to come online, at 2026-06-04T07:00:00.000Z.",
      );
    });

    it("names the next person to come online however far off they are", async () => {
      const ann = person({
        name: "Ann",
        timezone: "Asia/Tokyo",
        workingHours: [{ days: ["sat"], start: "09:00", end: "17:00" }],
      });
      const decision = await handoverOf(jo, context({ team: [jo, ann] }));
      expect(decision?.details.to).toMatchObject({
        name: "Ann",
        from: "2026-06-06T00:00:00.000Z",
        minutesAhead: 480,
      });
      expect(decision?.details.detailedNotes).toBe(true);
    });

    it("names nobody when nobody else in support has working hours at all", async () => {
      const decision = await handoverOf(jo, context({ team: [jo] }));
      expect(decision?.details.to).toBeNull();
      expect(decision?.details.detailedNotes).toBe(true);
      expect(decision?.summary).toContain("whoever comes online next");
      expect(decision?.summary).toContain("nobody has working hours in the next three weeks");
    });
  });

  describe("who the handover goes to", () => {
    it("never names the watcher, even when the roster lists them twice", async () => {
      const again = person({ name: "LOU", email: "LOU@example.com", timezone: "UTC" });
      const decision = await handoverOf(
        lou,
        context({ now: "2026-06-04T00:00:00Z", team: [lou, again, jo] }),
      );
      expect(decision?.details.to).toMatchObject({ name: "Jo" });
    });

    it("schedules a watcher missing from the roster from their own hours", async () => {
      const wes = workingFrom("Wes", "UTC", ["08:00", "16:30"]);
      const decision = await handoverOf(wes, context({ team: [jo, lou] }));
      expect(decision?.details.at).toBe("2026-06-03T16:30:00.000Z");
      expect(decision?.details.to).toMatchObject({ name: "Lou" });
    });
  });
});
