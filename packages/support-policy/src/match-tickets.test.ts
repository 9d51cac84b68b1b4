import { describe, expect, it } from "vitest";
import { incident, minutesBefore, ticket } from "../test/builders.js";
import { matchTickets } from "./match-tickets.js";

// The builders' incident "Feature flag delays" was declared 60 minutes before NOW.
const untagged = (overrides: Parameters<typeof ticket>[0]) =>
  ticket({ tags: [], attachedToIncident: false, ...overrides });

describe("matchTickets", () => {
  it("matches a ticket carrying the incident/<number> tag, whatever its subject or age", () => {
    const [match] = matchTickets(incident(), [
      ticket({ subject: "Hello", createdAt: minutesBefore(5000) }),
    ]);
    expect(match?.reasons.map((r) => r.kind)).toEqual(["tag", "created_before_declaration"]);
  });

  it("matches a subject that mentions an affected component, and says why", () => {
    const [match] = matchTickets(incident(), [
      untagged({ subject: "Our feature flags are not updating" }),
    ]);
    expect(match?.reasons[0]).toEqual({
      kind: "component",
      detail: 'Subject mentions the affected component "Feature flags".',
    });
    expect(match?.createdBeforeDeclaration).toBe(false);
  });

  it("matches a subject sharing two significant words with the incident name", () => {
    const scenario = incident({
      name: "Session replay recordings missing",
      affectedComponents: [],
    });
    const matches = matchTickets(scenario, [
      untagged({ id: "A", subject: "replay recordings are empty" }),
      untagged({ id: "B", subject: "missing invoice" }),
    ]);
    expect(matches.map((m) => m.ticketId)).toEqual(["A"]);
    expect(matches[0]?.reasons[0]?.kind).toBe("keyword");
  });

  it("only counts text matches created within the look-back window before declaration", () => {
    const tickets = [
      untagged({ id: "recent", subject: "Feature flags slow", createdAt: minutesBefore(60 + 170) }),
      untagged({ id: "old", subject: "Feature flags slow", createdAt: minutesBefore(60 + 190) }),
    ];
    expect(matchTickets(incident(), tickets).map((m) => m.ticketId)).toEqual(["recent"]);
    expect(matchTickets(incident(), tickets, { lookbackMinutes: 240 })).toHaveLength(2);
    const [recent] = matchTickets(incident(), tickets);
    expect(recent?.reasons.at(-1)).toEqual({
      kind: "created_before_declaration",
      detail: "Created 170 minutes before the incident was declared (look-back 180 minutes).",
    });
  });

  it("respects an explicit answer either way", () => {
    const matches = matchTickets(incident(), [
      untagged({ id: "no", subject: "Feature flags slow", relatedToIncident: false }),
      untagged({ id: "yes", subject: "Question", relatedToIncident: true }),
    ]);
    expect(matches.map((m) => [m.ticketId, m.reasons[0]?.kind])).toEqual([
      ["yes", "marked_related"],
    ]);
  });

  it("does not match on a component name inside another word", () => {
    const scenario = incident({ affectedComponents: ["API"] });
    expect(matchTickets(scenario, [untagged({ subject: "Rapid growth questions" })])).toEqual([]);
  });
});
