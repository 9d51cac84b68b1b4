import { evaluateIncident } from "@support/policy";
import { describe, expect, it } from "vitest";
import { exampleScenario } from "../src/scenario/load.js";
import type { Scenario } from "../src/scenario/schema.js";
import { decisionKey, diff } from "../src/watch/diff.js";
import { frameOf, type WatchFrame } from "../src/watch/frame.js";

async function frame(edit: (s: Scenario) => void = () => {}, now?: string): Promise<WatchFrame> {
  const s = exampleScenario();
  edit(s);
  const at = now ?? s.now ?? "2026-06-03T16:05:00Z";
  const evaluation = await evaluateIncident(s.incident, s.tickets, {
    now: at,
    team: s.team,
    config: s.config ?? {},
  });
  return frameOf(
    { incident: s.incident, tickets: s.tickets, config: s.config, now: at },
    evaluation,
  );
}

const kinds = (events: ReturnType<typeof diff>) =>
  events.map(
    (e) => `${e.kind} ${e.decision ? decisionKey(e.decision) : (e.ticketId ?? e.field ?? "")}`,
  );

describe("diff", () => {
  it("reports every open decision (blocking first) and deadlines coming up on the first poll", async () => {
    const events = diff(undefined, await frame());
    const appeared = events.filter((e) => e.kind === "appeared");
    expect(appeared).toHaveLength(15);
    expect(appeared.slice(0, 2).map((e) => e.decision?.ruleId)).toEqual([
      "comms-review-before-use",
      "check-with-cs",
    ]);
    expect(appeared.slice(2).every((e) => e.decision?.blocking === false)).toBe(true);
    expect(events.filter((e) => e.kind === "due_soon")).toEqual([
      expect.objectContaining({ deadline: "handover", due: "2026-06-03T16:45:00.000Z" }),
    ]);
    expect(events.some((e) => e.kind === "ticket" || e.kind === "status")).toBe(false);
  });

  it("reports nothing between two identical evaluations", async () => {
    expect(diff(await frame(), await frame())).toEqual([]);
  });

  it("keeps a decision's identity when only its words change (minutes, counts, targets)", async () => {
    const before = await frame(undefined, "2026-06-03T16:05:00Z");
    const after = await frame(undefined, "2026-06-03T16:07:00Z");
    const handover = (f: WatchFrame) => f.decisions.find((d) => d.ruleId === "handover");
    expect(handover(before)?.ruleId).toBe(handover(after)?.ruleId);
    expect(diff(before, after).filter((e) => e.kind !== "due_soon")).toEqual([]);
    // The attach-ticket decision for 48221 differs per ticket: same rule, another identity.
    expect(decisionKey({ ruleId: "attach-ticket", ticketId: "1" })).not.toBe(
      decisionKey({ ruleId: "attach-ticket", ticketId: "2" }),
    );
  });

  it("orders a poll's changes: status, appeared (blocking first), cleared, due soon, tickets", async () => {
    const before = await frame((s) => {
      s.incident.severity = "minor";
      s.tickets = s.tickets.filter((t) => t.id !== "48230");
    });
    const after = await frame((s) => {
      if (s.incident.macro) s.incident.macro.announcedToTeamAt = "2026-06-03T16:00:00Z";
    });
    const events = diff(before, after);
    expect(kinds(events)).toEqual([
      "status severity",
      "appeared comms-review-before-use",
      "appeared check-with-cs#48213",
      "appeared reply-with-status-link#48221",
      "cleared announce-macro",
      "cleared reply-with-macro#48213",
      "cleared reply-with-macro#48221",
      "ticket 48230",
    ]);
    expect(events[0]).toMatchObject({ from: "minor", to: "major", at: "2026-06-03T16:05:00.000Z" });
    expect(events.at(-1)).toMatchObject({
      subject: "Feature flags slow in the EU region",
      reasons: ["tag", "component", "keyword"],
    });
  });

  it("says a deadline is coming up once, when it enters its window, and again when it moves", async () => {
    const asked = (s: Scenario) => {
      const t = s.tickets.find((x) => x.id === "48213");
      if (t) t.csConsultation = { openedAt: "2026-06-03T16:00:00Z" };
    };
    const early = await frame(asked, "2026-06-03T16:05:00Z");
    const soon = await frame(asked, "2026-06-03T16:21:00Z");
    const sooner = await frame(asked, "2026-06-03T16:25:00Z");
    const cs = (events: ReturnType<typeof diff>) =>
      events.filter((e) => e.deadline === "cs_timeout");
    expect(cs(diff(undefined, early))).toEqual([]);
    expect(cs(diff(early, soon))).toEqual([
      expect.objectContaining({
        kind: "due_soon",
        due: "2026-06-03T16:30:00.000Z",
        ticketId: "48213",
      }),
    ]);
    expect(cs(diff(soon, sooner))).toEqual([]);
    const moved = await frame((s) => {
      const t = s.tickets.find((x) => x.id === "48213");
      if (t) t.csConsultation = { openedAt: "2026-06-03T16:10:00Z" };
    }, "2026-06-03T16:31:00Z");
    expect(cs(diff(sooner, moved))).toEqual([
      expect.objectContaining({ due: "2026-06-03T16:40:00.000Z" }),
    ]);
  });

  it("warns of the nudge to the incident lead while nobody has taken the incident", async () => {
    const noWatcher = (s: Scenario) => {
      delete s.incident.roles.supportWatcher;
      s.incident.supportWatcherRequestedAt = "2026-06-03T16:00:00Z";
    };
    const events = diff(undefined, await frame(noWatcher, "2026-06-03T16:01:00Z"));
    expect(events.filter((e) => e.kind === "due_soon")).toEqual([
      {
        at: "2026-06-03T16:01:00.000Z",
        kind: "due_soon",
        deadline: "nudge",
        due: "2026-06-03T16:10:00.000Z",
      },
    ]);
    const nudged = await frame(noWatcher, "2026-06-03T16:10:00Z");
    expect(nudged.deadlines.some((d) => d.deadline === "nudge")).toBe(false);
    expect(nudged.decisions.some((d) => d.ruleId === "nudge-incident-lead")).toBe(true);
  });
});
