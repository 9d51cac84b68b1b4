import { describe, expect, it } from "vitest";
import {
  bea,
  context,
  incident,
  jo,
  lead,
  lou,
  person,
  SATURDAY,
  workingFrom,
} from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

const unwatched = incident({ roles: { incidentLead: lead } });

describe("When an incident is declared", () => {
  it("says there is no on-call support outside working hours and when support is back", async () => {
    const decision = decisionFor(
      await incidentDecisions(unwatched, context({ now: SATURDAY })),
      "no_support_coverage",
    );
    expect(decision?.details.nextCoverageAt).toBe("2026-06-08T07:00:00.000Z"); // Bea, Mon 09:00 CEST
    expect(decision?.details.fallback).toBe("@on-call-global");
    expect(decision?.owner).toBe("on_call_global");
  });

  it("skips people who are out of office when saying when support is back", async () => {
    const away = {
      ...bea,
      outOfOffice: [{ from: "2026-06-08T00:00:00+02:00", to: "2026-06-09T00:00:00+02:00" }],
    };
    const decision = decisionFor(
      await incidentDecisions(unwatched, context({ now: SATURDAY, team: [lou, jo, away] })),
      "no_support_coverage",
    );
    expect(decision?.details.nextCoverageAt).toBe("2026-06-08T08:00:00.000Z"); // Jo, Mon 09:00 BST
  });

  it("does not report a gap while someone in support is within working hours", async () => {
    expect(decisionFor(await incidentDecisions(unwatched), "no_support_coverage")).toBeUndefined();
  });

  it("counts a watcher missing from the roster as support while they are within their hours", async () => {
    const wes = workingFrom("Wes", "UTC", ["12:00", "20:00"]);
    const watched = incident({ roles: { incidentLead: lead, supportWatcher: wes } });
    const early = context({ now: "2026-06-03T15:45:00Z", team: [lou] }); // Lou starts at 16:00
    expect(
      decisionFor(await incidentDecisions(watched, early), "no_support_coverage"),
    ).toBeUndefined();
    expect(
      decisionFor(await incidentDecisions(unwatched, early), "no_support_coverage"),
    ).toBeDefined();
  });

  it("lists each person once among the next to come online when the roster repeats them", async () => {
    const again = person({ name: "bea", timezone: "Europe/Berlin" });
    const decision = decisionFor(
      await incidentDecisions(unwatched, context({ now: SATURDAY, team: [bea, again, jo] })),
      "no_support_coverage",
    );
    expect(decision?.details.nextOnline).toEqual([
      expect.objectContaining({ name: "Bea", at: "2026-06-08T07:00:00.000Z" }),
      expect.objectContaining({ name: "Jo", at: "2026-06-08T08:00:00.000Z" }),
    ]);
  });
});
