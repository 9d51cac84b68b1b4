import { describe, expect, it } from "vitest";
import { incident } from "../../test/builders.js";
import { subjectsMatched, untagged } from "../../test/match-subjects.js";
import { incidentMatchProfile, matchTickets, matchTicketToProfile } from "../match-tickets.js";
import { ConfigSchema } from "../schemas/config.js";
import { IncidentSchema } from "../schemas/incident.js";
import { TicketSchema } from "../schemas/ticket.js";

describe("ticket matching: the kind of symptom", () => {
  it("needs the ticket's symptom to be one the incident's shows as", () => {
    const subjects = [
      "Search results out of date",
      "search index behind by hours",
      "Search returns 500 for queries with emojis",
      "Search is broken",
    ];
    expect(subjectsMatched("Search indexing lag", ["Search"], subjects)).toEqual([
      "Search results out of date",
      "search index behind by hours",
      "Search is broken",
    ]);
  });

  it("keeps wrong data apart from failures, and crashes apart from errors", () => {
    expect(
      subjectsMatched(
        "Invoices showing incorrect tax",
        ["Billing"],
        ["VAT wrong on my latest invoice", "Invoice PDF won't download", "Tax doubled on my bill"],
      ),
    ).toEqual(["VAT wrong on my latest invoice", "Tax doubled on my bill"]);
    expect(
      subjectsMatched(
        "Android app crashing on startup",
        ["Android App"],
        ["Android app force closes on launch", "Android app login with Google fails"],
      ),
    ).toEqual(["Android app force closes on launch"]);
  });

  it("lets a stuck job show as stuck, but an error is no sign of it", () => {
    expect(
      subjectsMatched(
        "Builds stuck in queue on Linux runners",
        ["CI Runners", "Build Queue"],
        ["Linux builds pending forever", "Build fails with npm ERR! code ENOENT"],
      ),
    ).toEqual(["Linux builds pending forever"]);
    expect(subjectsMatched("File uploads failing", [], ["image upload stuck at 100%"])).toEqual([
      "image upload stuck at 100%",
    ]);
  });
});

describe("ticket matching: questions and requests", () => {
  it("does not match how-to questions, feature requests, money or documentation matters", () => {
    const subjects = [
      "How do I fix SSO errors for a second domain?",
      "Feature request: SSO error page in our colours",
      "Pricing for SSO is wrong on the website",
      "Typo in the SSO error message",
      "SSO error since this morning",
    ];
    expect(subjectsMatched("SSO login failing", ["Authentication"], subjects)).toEqual([
      "SSO error since this morning",
    ]);
  });

  it("still matches a request phrase the incident names itself", () => {
    expect(
      subjectsMatched("Invoices showing incorrect tax", [], ["Invoice tax amount is incorrect"]),
    ).toEqual(["Invoice tax amount is incorrect"]);
  });

  it("takes a team's own request phrases from matchRequests", () => {
    const subject = ["Onboarding call: webhooks failing"];
    expect(subjectsMatched("Webhook deliveries failing", [], subject)).toEqual(subject);
    const config = { matchRequests: { onboarding: ["onboarding call"] } };
    expect(subjectsMatched("Webhook deliveries failing", [], subject, config)).toEqual([]);
  });
});

describe("ticket matching: the same word for another thing", () => {
  it("does not take a generic word the incident narrows for the same thing narrowed otherwise", () => {
    expect(
      subjectsMatched(
        "Email delivery delays",
        ["Email Delivery"],
        ["SMS delivery delayed", "Transactional emails taking 30+ min to arrive"],
      ),
    ).toEqual(["Transactional emails taking 30+ min to arrive"]);
    expect(
      subjectsMatched(
        "Elevated 5xx on ingestion API",
        ["Ingestion API"],
        ["Export API returning 401", "ingestion endpoint returning 502"],
      ),
    ).toEqual(["ingestion endpoint returning 502"]);
  });

  it("keeps a specific word's meaning whatever the subject says of it", () => {
    expect(
      subjectsMatched(
        "Object storage uploads failing in us-east-1",
        ["Object Storage"],
        ["multipart upload errors since 2pm"],
      ),
    ).toEqual(["multipart upload errors since 2pm"]);
  });

  it("keeps apart a word said of two differently named things", () => {
    // A name on either side (written with a capital inside: GitHub, iOS) makes the modifiers a
    // choice between things; plain modifiers ("Payment", "multipart") only narrow the same thing.
    expect(
      subjectsMatched(
        "Stripe webhooks delayed",
        ["Payments", "Webhooks"],
        ["GitHub webhooks not triggering builds", "Payment webhooks coming in very late"],
      ),
    ).toEqual(["Payment webhooks coming in very late"]);
    expect(
      subjectsMatched(
        "iOS login failing after 5.2 release",
        ["iOS App"],
        ["Android app login fails", "login fails since the update", "iOS login broken"],
      ),
    ).toEqual(["login fails since the update", "iOS login broken"]);
    // All capitals is no name: "CSV import" is still a contact import.
    expect(
      subjectsMatched("Contact imports stuck", ["Contacts"], ["CSV import stuck at 0%"]),
    ).toEqual(["CSV import stuck at 0%"]);
  });

  it("counts a word that says which one of something the incident lacks as generic", () => {
    // "Chat widget colour" is about a widget; "Funnel insight" times out like the funnel queries.
    expect(
      subjectsMatched("Chat messages delayed", ["Messaging"], ["Chat widget colour doesn't match"]),
    ).toEqual([]);
    expect(
      subjectsMatched(
        "Session replays not capturing on Safari",
        ["Session Replay"],
        ["Replay player slow to start"],
      ),
    ).toEqual([]);
    expect(
      subjectsMatched("Funnel queries timing out", ["Query Engine"], ["funnel insight times out"]),
    ).toEqual(["funnel insight times out"]);
  });
});

describe("ticket matching: weak evidence", () => {
  it("matches on a qualifier of the incident name only with the same kind of symptom", () => {
    const subjects = ["AMEX transactions failing", "Amex cards slow to add", "Safari blank page"];
    expect(
      subjectsMatched("Card payments declined for Amex", ["Card Processing"], subjects),
    ).toEqual(["AMEX transactions failing"]);
  });

  it("matches an incident named only in generic words on one of them and a symptom it shows as", () => {
    const subjects = ["Our emails are not going out", "Email template editor crashes"];
    expect(subjectsMatched("Email delivery delays", ["Email Delivery"], subjects)).toEqual([
      "Our emails are not going out",
    ]);
    // With a specific word in the incident, only the same kind of symptom backs a generic word.
    expect(subjectsMatched("Webhook email delivery delays", [], ["emails not going out"])).toEqual(
      [],
    );
  });

  it("reads iPhone and iPad as iOS, through the default vocabulary", () => {
    expect(
      subjectsMatched("iOS app crashing on launch", ["iOS app"], ["iPhone app crash"]),
    ).toEqual(["iPhone app crash"]);
    expect(
      subjectsMatched("iOS app crashing on launch", [], ["iPhone app crash"], {
        matchVocabulary: { ios: [] },
      }),
    ).toEqual([]);
  });
});

describe("ticket matching: one profile per incident", () => {
  const config = ConfigSchema.parse({});
  const scenario = IncidentSchema.parse(
    incident({ name: "Stripe webhooks delayed", affectedComponents: ["Payments", "Webhooks"] }),
  );
  const subjects = [
    "Payment webhooks coming in very late",
    "Refund for a duplicate charge",
    "How do I connect my Stripe account?",
  ];
  const tickets = subjects.map((subject, index) => untagged({ id: `T-${index}`, subject }));

  it("matches each ticket against a profile built once, as matchTickets does", () => {
    const profile = incidentMatchProfile(scenario, config);
    const one = tickets.flatMap((input) => {
      const match = matchTicketToProfile(profile, TicketSchema.parse(input));
      return match ? [match] : [];
    });
    expect(one).toEqual(matchTickets(scenario, tickets));
    expect(one.map((match) => match.ticketId)).toEqual(["T-0"]);
    expect(one[0]?.reasons.map((reason) => reason.detail)).toEqual([
      'Subject mentions the affected component "Payments".',
      'Subject mentions the affected component "Webhooks".',
      "Created after the incident was declared.",
    ]);
  });

  it("keeps the look-back window, the tag and an explicit answer in the profile's match", () => {
    const profile = incidentMatchProfile(scenario, config);
    const old = TicketSchema.parse({
      ...tickets[0],
      createdAt: new Date(Date.parse(scenario.declaredAt) - 181 * 60_000).toISOString(),
    });
    expect(matchTicketToProfile(profile, old)).toBeUndefined();
    const tagged = TicketSchema.parse({ ...old, tags: [`incident/${scenario.number}`] });
    expect(matchTicketToProfile(profile, tagged)?.reasons.map((reason) => reason.kind)).toEqual([
      "tag",
      "created_before_declaration",
    ]);
    const declined = TicketSchema.parse({ ...tickets[0], relatedToIncident: false });
    expect(matchTicketToProfile(profile, declined)).toBeUndefined();
  });
});
