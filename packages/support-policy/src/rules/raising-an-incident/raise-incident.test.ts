import { describe, expect, it } from "vitest";
import {
  incident,
  minutesAfter,
  minutesBefore,
  NOW,
  resolved,
  ticket,
} from "../../../test/builders.js";
import { PolicyInputError } from "../../errors.js";
import type { TicketInput } from "../../schemas/ticket.js";
import { suggestIncidents } from "../../suggest/suggest-incidents.js";

/** An open, untagged queue ticket, created `minutes` before NOW. */
const queued = (
  id: string,
  subject: string,
  minutes: number,
  overrides: Partial<TicketInput> = {},
) =>
  ticket({
    id,
    subject,
    createdAt: minutesBefore(minutes),
    tags: [],
    attachedToIncident: false,
    ...overrides,
  });

const SSO_TICKETS = [
  queued("Z-9", "SAML sign-in broken for our team", 40),
  queued("A-1", "Cannot log in with SSO", 12),
  queued("M-5", "sso login error again", 3),
];

const idsOf = (decisions: Awaited<ReturnType<typeof suggestIncidents>>) =>
  decisions.map((decision) => decision.details.ticketIds);

describe("Raising an incident", () => {
  it("suggests declaring an incident for several tickets about the same problem", async () => {
    const [decision, ...others] = await suggestIncidents(SSO_TICKETS, { now: NOW });
    expect(others).toEqual([]);
    expect(decision).toEqual({
      action: "raise_incident",
      ruleId: "raise-incident",
      owner: "support_team",
      summary:
        "Declare an incident with /incident in any Slack channel: 3 open tickets in the last 60 minutes are about log in, SSO and no live incident explains them. When in doubt, declare, then volunteer to watch it or hand it to a teammate.",
      handbook: { section: "Raising an incident" },
      blocking: false,
      details: {
        ticketIds: ["Z-9", "A-1", "M-5"],
        signal: "log in, SSO",
        words: ["log in", "SSO"],
        component: null,
        firstAt: minutesBefore(40),
        lastAt: minutesBefore(3),
        windowMinutes: 60,
        command: "/incident",
      },
      because: [
        {
          fact: "clusterTicketCount",
          operator: "greaterThanInclusive",
          value: 3,
          valueFrom: "raiseIncidentMinTickets",
          actual: 3,
        },
      ],
      docs: "POLICY.md#raise-incident",
    });
  });

  it("names what the tickets share, as most of them write it", async () => {
    const tickets = [
      queued("W-1", "Web hooks not firing", 30),
      queued("W-2", "webhooks delayed", 20),
      queued("W-3", "Webhooks failing since 2pm", 10),
    ];
    const [decision] = await suggestIncidents(tickets, { now: NOW });
    expect(decision?.details).toMatchObject({ words: ["webhooks"], signal: "webhooks" });
  });

  it("waits for raiseIncidentMinTickets tickets (default 3)", async () => {
    const two = SSO_TICKETS.slice(1);
    expect(await suggestIncidents(two, { now: NOW })).toEqual([]);
    const [decision] = await suggestIncidents(two, {
      now: NOW,
      config: { raiseIncidentMinTickets: 2 },
    });
    expect(decision?.details.ticketIds).toEqual(["A-1", "M-5"]);
    expect(decision?.because[0]).toMatchObject({ value: 2, actual: 2 });
  });

  it("counts tickets created within raiseIncidentWindowMinutes before now (default 60), bounds included", async () => {
    const edge = [
      queued("old", "SSO login failing", 61),
      queued("first", "SSO login failing", 60),
      queued("now", "SSO login failing", 0),
      queued("future", "SSO login failing", -1),
      queued("mid", "SSO login failing", 30),
    ];
    expect(idsOf(await suggestIncidents(edge, { now: NOW }))).toEqual([["first", "mid", "now"]]);
    expect(
      idsOf(await suggestIncidents(edge, { now: NOW, config: { raiseIncidentWindowMinutes: 61 } })),
    ).toEqual([["old", "first", "mid", "now"]]);
    expect(
      await suggestIncidents(edge, {
        now: minutesAfter(31),
        config: { raiseIncidentWindowMinutes: 30 },
      }),
    ).toEqual([]);
  });

  it("leaves out solved and closed tickets", async () => {
    const statuses = ["new", "open", "pending", "hold", "solved", "closed"] as const;
    const tickets = statuses.map((status, i) =>
      queued(status, "Exports stuck at 0%", i, { status }),
    );
    expect(idsOf(await suggestIncidents(tickets, { now: NOW }))).toEqual([
      ["hold", "pending", "open", "new"],
    ]);
  });

  it("leaves out tickets a live incident explains, by its tag or by matching", async () => {
    const live = incident({
      number: 77,
      name: "SSO login failing",
      affectedComponents: ["Authentication"],
    });
    expect(await suggestIncidents(SSO_TICKETS, { now: NOW, liveIncidents: [live] })).toEqual([]);
    const tagged = [
      ...SSO_TICKETS,
      queued("T-1", "Billing page broken", 5, { tags: ["incident/9"] }),
      queued("T-2", "Billing page broken", 6, { tags: ["incident/9"] }),
      queued("T-3", "Billing page broken", 7, { tags: ["incident/9"] }),
    ];
    const billing = incident({
      number: 9,
      name: "Payment provider outage",
      affectedComponents: ["Payments"],
    });
    expect(idsOf(await suggestIncidents(tagged, { now: NOW, liveIncidents: [billing] }))).toEqual([
      ["Z-9", "A-1", "M-5"],
    ]);
  });

  it("counts tickets of an incident that is no longer live: they need a new one", async () => {
    const over = resolved({ number: 77, name: "SSO login failing", affectedComponents: [] });
    const declined = incident({ number: 78, name: "SSO login failing", status: "declined" });
    const decisions = await suggestIncidents(
      SSO_TICKETS.map((t) => ({ ...t, tags: ["incident/77"] })),
      { now: NOW, liveIncidents: [over, declined] },
    );
    expect(idsOf(decisions)).toEqual([["Z-9", "A-1", "M-5"]]);
  });

  it("groups tickets by a component of componentKeywords, whatever words they use", async () => {
    const tickets = [
      queued("R-1", "Recordings missing since noon", 20),
      queued("R-2", "rrweb player blank", 10),
      queued("R-3", "Session replay broken", 5),
    ];
    expect(await suggestIncidents(tickets, { now: NOW })).toEqual([]);
    const config = { componentKeywords: { "Session replay": ["recordings", "rrweb"] } };
    const [decision] = await suggestIncidents(tickets, { now: NOW, config });
    expect(decision?.details).toMatchObject({
      ticketIds: ["R-1", "R-2", "R-3"],
      component: "Session replay",
      signal: "Session replay",
    });
    expect(decision?.summary).toContain("are about Session replay and no live incident");
  });

  it("gives one decision per group, the biggest first, the same for any queue order", async () => {
    const exports = [
      queued("E-1", "CSV export stuck", 50),
      queued("E-2", "Exports not finishing", 45),
      queued("E-3", "export hangs at 0%", 44),
      queued("E-4", "My export failed", 2),
    ];
    const queue = [...SSO_TICKETS, ...exports, queued("X", "Invoice question", 1)];
    const decisions = await suggestIncidents(queue, { now: NOW });
    expect(idsOf(decisions)).toEqual([
      ["E-1", "E-2", "E-3", "E-4"],
      ["Z-9", "A-1", "M-5"],
    ]);
    const reversed = await suggestIncidents([...queue].reverse(), { now: NOW });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(decisions));
  });

  it("does not group tickets that only share generic words or report no problem", async () => {
    const generic = [
      queued("G-1", "Dashboard error", 30),
      queued("G-2", "Error on the billing page", 20),
      queued("G-3", "Export not working, error", 10),
      queued("G-4", "Something is not working", 5),
    ];
    expect(await suggestIncidents(generic, { now: NOW })).toEqual([]);
    const questions = [
      queued("Q-1", "How do I set up SSO?", 30),
      queued("Q-2", "SSO for a second domain", 20),
      queued("Q-3", "Question about SSO pricing", 10),
    ];
    expect(await suggestIncidents(questions, { now: NOW })).toEqual([]);
  });

  it("groups a generic product word only with the same kind of symptom", async () => {
    const tickets = [
      queued("D-1", "Dashboard takes forever", 30),
      queued("D-2", "dashboards very slow", 20),
      queued("D-3", "Dashboard timing out", 10),
      queued("D-4", "Dashboard shows wrong numbers", 5),
    ];
    const [decision] = await suggestIncidents(tickets, { now: NOW });
    expect(decision?.details.ticketIds).toEqual(["D-1", "D-2", "D-3"]);
  });

  it("rejects bad input naming each field path, before anything runs", async () => {
    const error = await suggestIncidents(
      [SSO_TICKETS[0] as TicketInput, { ...SSO_TICKETS[1], createdAt: "yesterday" } as TicketInput],
      { now: "noon", config: { raiseIncidentMinTickets: 1 } },
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PolicyInputError);
    const { inputs, message } = error as PolicyInputError;
    expect(inputs).toEqual(["queue", "context"]);
    expect(message).toMatch(/Invalid queue:[\s\S]*→ at \[1\]\.createdAt/);
    expect(message).toMatch(/Invalid context:[\s\S]*→ at now/);
    expect(message).toMatch(
      /must be a whole number, 2 or more\n {2}→ at config\.raiseIncidentMinTickets/,
    );
  });
});
