import { describe, expect, it } from "vitest";
import { incident, minutesBefore, ticket } from "../test/builders.js";
import { subjectsMatched, untagged } from "../test/match-subjects.js";
import { matchTickets } from "./match-tickets.js";

// The builders' incident "Feature flag delays" was declared 60 minutes before NOW.

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

describe("matchTickets: normalised words", () => {
  it("matches SSO sign-in tickets however the customer spells it, naming the words", () => {
    const subjects = [
      "Cannot log in with SSO",
      "can't sign-in via SAML",
      "Single sign-on logins failing",
      "SSO: signing in broken",
    ];
    expect(subjectsMatched("SSO login failing", [], subjects)).toEqual(subjects);
    const [match] = matchTickets(incident({ name: "SSO login failing", affectedComponents: [] }), [
      untagged({ subject: "Cannot log in with SSO" }),
    ]);
    expect(match?.reasons[0]).toEqual({
      kind: "keyword",
      detail:
        'Subject shares the words "log in" (sign-in) and "SSO" with the incident, and reports a problem ("Cannot").',
      words: ["log in", "SSO"],
    });
  });

  it("counts plurals, case and hyphens as the same word", () => {
    expect(
      subjectsMatched(
        "Webhook deliveries delayed",
        [],
        ["WEB-HOOKS DELAYED", "web hooks arriving late", "Webhook is slow"],
      ),
    ).toHaveLength(3);
  });

  it("counts acronyms of two to four letters as significant, other short words not", () => {
    expect(subjectsMatched("SQL editor broken", [], ["sql queries fail"])).toEqual([
      "sql queries fail",
    ]);
    expect(subjectsMatched("App editor broken", [], ["app queries fail"])).toEqual([]);
  });

  it("counts the words of the affected components, not only of the incident name", () => {
    expect(subjectsMatched("Evaluation latency", ["Feature flags"], ["flags are slow"])).toEqual([
      "flags are slow",
    ]);
    expect(subjectsMatched("Evaluation latency", [], ["flags are slow"])).toEqual([]);
  });

  it("needs the subject to report a problem", () => {
    expect(
      subjectsMatched(
        "SSO login failing",
        ["Authentication"],
        ["How do I set up SSO login?", "SSO login question", "SSO login stopped"],
      ),
    ).toEqual(["SSO login stopped"]);
  });

  it("does not match on generic words alone, however many problems the subject reports", () => {
    expect(
      subjectsMatched(
        "Billing page not loading",
        ["Billing"],
        ["Insights page not loading", "Error on dashboard, not working", "Billing page slow"],
      ),
    ).toEqual(["Billing page slow"]);
  });

  it("matches a generic product word with the same kind of symptom", () => {
    expect(
      subjectsMatched(
        "Dashboards timing out",
        [],
        ["dashboard takes forever", "dashboard filters wrong"],
      ),
    ).toEqual(["dashboard takes forever"]);
  });

  it("reads the words after a negation or a preposition in an incident name as qualifiers", () => {
    expect(
      subjectsMatched(
        "Surveys not displaying on Safari",
        [],
        ["Banner not displaying", "Safari blank page", "Survey broken on Safari"],
      ),
    ).toEqual(["Survey broken on Safari"]);
  });
});

describe("matchTickets: configured vocabulary", () => {
  it("matches a component's configured keywords and names the keyword", () => {
    const scenario = incident({ name: "Playback outage", affectedComponents: ["Session replay"] });
    const config = { componentKeywords: { "session REPLAY": ["rrweb player", "recordings"] } };
    const [match] = matchTickets(scenario, [untagged({ subject: "rrweb players broken" })], config);
    expect(match?.reasons[0]).toEqual({
      kind: "component",
      detail:
        'Subject mentions "rrweb players", a keyword of the affected component "Session replay".',
      words: ["rrweb players"],
    });
    expect(matchTickets(scenario, [untagged({ subject: "rrweb players broken" })])).toEqual([]);
  });

  it("ignores the keywords of components the incident does not affect", () => {
    const scenario = incident({ name: "Playback outage", affectedComponents: ["Billing"] });
    const config = { componentKeywords: { "Session replay": ["recordings"] } };
    expect(matchTickets(scenario, [untagged({ subject: "recordings broken" })], config)).toEqual(
      [],
    );
  });

  it("lets the vocabulary and symptoms be replaced area by area", () => {
    const scenario = incident({ name: "Checkout failing", affectedComponents: [] });
    expect(matchTickets(scenario, [untagged({ subject: "Cart is broken" })])).toEqual([]);
    const withCart = { matchVocabulary: { checkout: ["checkout", "cart"] } };
    expect(
      matchTickets(scenario, [untagged({ subject: "Cart is broken" })], withCart),
    ).toHaveLength(1);
    const sso = incident({ name: "SSO login failing", affectedComponents: [] });
    const ticketOf = [untagged({ subject: "Cannot log in with SSO" })];
    expect(
      matchTickets(sso, ticketOf, { matchVocabulary: { "sign-in": [] } })[0]?.reasons[0],
    ).toMatchObject({
      words: ["SSO"],
    });
    expect(matchTickets(sso, ticketOf, { matchSymptoms: { problem: [] } })).toEqual([]);
  });
});
