import { describe, expect, it } from "vitest";
import { person } from "../../test/builders.js";
import { isWorking, minutesLeftInShift, nextStart, workingMinutesAhead } from "./business-hours.js";
import { coverageAt } from "./coverage.js";

const weekdays = ["mon", "tue", "wed", "thu", "fri"] as const;
const allWeek = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

describe("business hours in the person's own zone", () => {
  it("counts the default 09:00-17:30 on weekdays in Europe/Berlin and not weekends", () => {
    const berlin = person({ name: "Bea", timezone: "Europe/Berlin" });
    expect(isWorking(berlin, "2026-03-16T08:00:00Z")).toBe(true); // Mon 09:00 CET
    expect(isWorking(berlin, "2026-03-16T07:59:00Z")).toBe(false);
    expect(isWorking(berlin, "2026-03-16T16:29:00Z")).toBe(true); // 17:29 CET
    expect(isWorking(berlin, "2026-03-16T16:30:00Z")).toBe(false); // 17:30 CET, end is exclusive
    expect(isWorking(berlin, "2026-03-14T10:00:00Z")).toBe(false); // Saturday
    expect(nextStart(berlin, "2026-03-14T10:00:00Z")).toBe("2026-03-16T08:00:00.000Z");
  });

  it("follows Europe/Berlin into summer time after the last Sunday of March", () => {
    const berlin = person({ name: "Bea", timezone: "Europe/Berlin" });
    expect(nextStart(berlin, "2026-03-28T12:00:00Z")).toBe("2026-03-30T07:00:00.000Z"); // 09:00 CEST
  });

  it("handles several intervals a day in Asia/Kolkata, which has a half-hour offset", () => {
    const kolkata = person({
      name: "Ira",
      timezone: "Asia/Kolkata",
      workingHours: [
        { days: [...weekdays], start: "09:00", end: "13:00" },
        { days: [...weekdays], start: "14:00", end: "18:00" },
      ],
    });
    expect(minutesLeftInShift(kolkata, "2026-06-01T06:30:00Z")).toBe(60); // 12:00 IST
    expect(isWorking(kolkata, "2026-06-01T08:00:00Z")).toBe(false); // 13:30 lunch
    expect(nextStart(kolkata, "2026-06-01T08:00:00Z")).toBe("2026-06-01T08:30:00.000Z");
    expect(workingMinutesAhead(kolkata, "2026-06-01T08:00:00Z")).toBe(240);
  });

  it("joins touching intervals into one stretch of work", () => {
    const split = person({
      name: "Jo",
      timezone: "Europe/London",
      workingHours: [
        { days: ["mon"], start: "09:00", end: "12:00" },
        { days: ["mon"], start: "12:00", end: "15:00" },
      ],
    });
    expect(minutesLeftInShift(split, "2026-06-01T09:00:00+01:00")).toBe(360);
  });

  it("runs a 22:00-06:00 shift past midnight into the next day", () => {
    const night = person({
      name: "Nia",
      timezone: "Europe/London",
      workingHours: [{ days: ["mon"], start: "22:00", end: "06:00" }],
    });
    expect(isWorking(night, "2026-06-02T03:00:00+01:00")).toBe(true); // Tue 03:00 BST
    expect(isWorking(night, "2026-06-02T22:30:00+01:00")).toBe(false); // Tue evening: not a shift day
    expect(minutesLeftInShift(night, "2026-06-01T22:00:00+01:00")).toBe(480);
  });

  it("makes a night shift one hour longer when Europe/London falls back", () => {
    const night = person({
      name: "Nia",
      timezone: "Europe/London",
      workingHours: [{ days: ["sat"], start: "22:00", end: "06:00" }],
    });
    // Sat 24 Oct 2026 22:00 BST to Sun 25 Oct 06:00 GMT: nine hours.
    expect(minutesLeftInShift(night, "2026-10-24T21:00:00Z")).toBe(540);
  });

  it("shortens a shift that spans the America/Los_Angeles spring-forward gap", () => {
    const la = person({
      name: "Lou",
      timezone: "America/Los_Angeles",
      workingHours: [{ days: ["sun"], start: "00:00", end: "06:00" }],
    });
    // Sun 8 Mar 2026 00:00 PST to 06:00 PDT: five hours.
    expect(minutesLeftInShift(la, "2026-03-08T08:00:00Z")).toBe(300);
  });

  it("starts a shift that begins inside the spring-forward gap just after it (Pacific/Auckland)", () => {
    const nz = person({
      name: "Ngaio",
      timezone: "Pacific/Auckland",
      workingHours: [{ days: ["sun"], start: "02:30", end: "08:00" }],
    });
    // 27 Sep 2026: 02:00 NZST jumps to 03:00 NZDT, so 02:30 becomes 03:30 NZDT.
    expect(nextStart(nz, "2026-09-26T00:00:00Z")).toBe("2026-09-26T14:30:00.000Z");
  });

  it("starts a shift at the first of two repeated wall times when America/Los_Angeles falls back", () => {
    const la = person({
      name: "Lou",
      timezone: "America/Los_Angeles",
      workingHours: [{ days: ["sun"], start: "01:30", end: "05:00" }],
    });
    // 1 Nov 2026: 01:30 PDT (08:30Z) comes before 01:30 PST (09:30Z).
    expect(nextStart(la, "2026-11-01T00:00:00Z")).toBe("2026-11-01T08:30:00.000Z");
    expect(minutesLeftInShift(la, "2026-11-01T08:30:00Z")).toBe(270);
  });

  it("moves with Australia/Sydney and Pacific/Auckland from daylight to standard time in April", () => {
    const sydney = person({ name: "Syd", timezone: "Australia/Sydney" });
    const auckland = person({ name: "Aro", timezone: "Pacific/Auckland" });
    expect(nextStart(sydney, "2026-04-01T12:00:00Z")).toBe("2026-04-01T22:00:00.000Z"); // 09:00 AEDT
    expect(nextStart(sydney, "2026-04-05T12:00:00Z")).toBe("2026-04-05T23:00:00.000Z"); // 09:00 AEST
    expect(nextStart(auckland, "2026-04-05T12:00:00Z")).toBe("2026-04-05T21:00:00.000Z"); // 09:00 NZST
  });

  it("cuts out-of-office ranges out of working hours", () => {
    const away = person({
      name: "Bea",
      timezone: "Europe/Berlin",
      outOfOffice: [{ from: "2026-03-16T00:00:00+01:00", to: "2026-03-17T12:00:00+01:00" }],
    });
    expect(isWorking(away, "2026-03-16T10:00:00+01:00")).toBe(false);
    expect(nextStart(away, "2026-03-16T10:00:00+01:00")).toBe("2026-03-17T11:00:00.000Z");
    expect(minutesLeftInShift(away, "2026-03-17T12:00:00+01:00")).toBe(330);
  });

  it("treats 24:00 as midnight at the end of the day and joins round-the-clock days", () => {
    const always = person({
      name: "Ops",
      timezone: "UTC",
      workingHours: [{ days: [...allWeek], start: "00:00", end: "24:00" }],
    });
    expect(isWorking(always, "2026-07-04T23:59:00Z")).toBe(true);
    expect(minutesLeftInShift(always, "2026-07-04T23:00:00Z")).toBeGreaterThan(24 * 60);
  });
});

describe("coverage of the support team", () => {
  const team = [
    person({ name: "Lou", timezone: "America/Los_Angeles" }),
    person({ name: "Jo", timezone: "Europe/London" }),
    person({ name: "Bea", timezone: "Europe/Berlin" }),
  ];

  it("lists who is on, most time left first, and when the picture next changes", () => {
    const coverage = coverageAt(team, "2026-06-03T16:00:00Z"); // Wed: 09:00 PDT, 17:00 BST, 18:00 CEST
    expect(coverage.working.map((entry) => [entry.person.name, entry.minutesLeft])).toEqual([
      ["Lou", 510],
      ["Jo", 30],
    ]);
    expect(coverage.upcoming.map((entry) => [entry.person.name, entry.at])).toEqual([
      ["Bea", "2026-06-04T07:00:00.000Z"],
    ]);
    expect(coverage.nextChangeAt).toBe("2026-06-03T16:30:00.000Z");
    expect(coverage.nextCoverageAt).toBe("2026-06-03T16:00:00.000Z");
  });

  it("names the earliest start when nobody is on", () => {
    const coverage = coverageAt(team, "2026-06-06T12:00:00Z"); // Saturday
    expect(coverage.working).toEqual([]);
    expect(coverage.nextCoverageAt).toBe("2026-06-08T07:00:00.000Z"); // Bea, Mon 09:00 CEST
  });

  it("uses the configured default working hours for people without their own", () => {
    const coverage = coverageAt(team, "2026-06-06T11:00:00Z", {
      defaultWorkingHours: [{ days: ["sat"], start: "10:00", end: "14:00" }],
    });
    expect(coverage.working.map((entry) => entry.person.name)).toEqual(["Jo", "Bea"]);
  });

  it("lists a person the roster repeats once, keeping their first entry", () => {
    const early = person({ name: "Jo", timezone: "Europe/London" });
    const sameEmail = person({ name: "Joanne", email: "JO@example.com ", timezone: "Asia/Tokyo" });
    const sameName = { name: "jo", timezone: "America/New_York" };
    const coverage = coverageAt([early, sameEmail, ...team, sameName], "2026-06-03T16:00:00Z");
    expect(coverage.working.map((entry) => [entry.person.name, entry.minutesLeft])).toEqual([
      ["Lou", 510],
      ["Jo", 30],
    ]);
    expect(coverage.upcoming.map((entry) => entry.person.name)).toEqual(["Bea"]);
  });

  it("keeps two people with different emails apart, even with the same name", () => {
    const other = person({ name: "Jo", email: "jo.b@example.com", timezone: "America/New_York" });
    const coverage = coverageAt([...team, other], "2026-06-03T16:00:00Z");
    expect(coverage.working.map((entry) => entry.person.email)).toEqual([
      "lou@example.com",
      "jo.b@example.com",
      "jo@example.com",
    ]);
  });
});
