import { describe, expect, it } from "vitest";
import { lint, lintKinds, lintNotices, lintRules } from "./lint.js";
import type { LintContext, LintKind } from "./types.js";

const INCIDENT: LintContext = {
  incident: {
    number: 214,
    status: "active",
    affectedComponents: ["Session replay"],
    statusPage: { url: "https://status.example.com/incidents/q1w2e3" },
  },
  tags: ["incident/214"],
};

describe("lint: the status page examples", () => {
  it("passes a clear update: the feature, what users see, and what still works", () => {
    const text =
      "Session recordings are being saved, but they show up in the list 10-20 minutes later than usual. Every other feature is working normally.";
    expect(lint("status_page", text)).toEqual([]);
  });

  it("fails an update that only names an engineering symptom", () => {
    const findings = lint("status_page", "Increased error rates on the recordings backend.");
    expect(findings.every((finding) => finding.severity === "error")).toBe(true);
    expect(findings.map((finding) => finding.rule)).toEqual([
      "jargon",
      "no_customer_impact",
      "no_working_statement",
    ]);
  });
});

describe("lint: good messages lint clean", () => {
  it.each<[LintKind, string]>([
    [
      "status_page",
      "You can't open recordings from the last hour; they are safe and will appear once this is fixed. Everything else is unaffected. Next update within 30 minutes.",
    ],
    [
      "macro",
      "Hi there, thanks for reaching out. Right now new session recordings take up to 20 minutes to appear. Recordings are still being captured and no data has been lost. You can follow the incident at https://status.example.com/incidents/q1w2e3 and we'll post there as soon as it's fixed.",
    ],
    [
      "reply",
      "Hey, yes, we're seeing this too: new recordings are showing up about 20 minutes late. Nothing is lost. You can follow along on our status page (https://status.example.com/incidents/q1w2e3). We don't have a timeline yet, but I'll let you know as soon as it's fixed.",
    ],
  ])("%s", (kind, text) => {
    expect(lint(kind, text, INCIDENT)).toEqual([]);
  });
});

describe("lint: findings", () => {
  it("fill in rule, severity and the rule's docs link from the metadata", () => {
    const findings = lint("macro", "We're working on it. Kafka is slow.", { tags: [] });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const meta = lintRules.find((rule) => rule.id === finding.rule);
      expect(finding.severity).toBe(meta?.severity);
      expect(finding.docs).toBe(`POLICY.md#lint-${finding.rule}`);
    }
  });

  it("come only from the rules (or notices) for the kind being linted", () => {
    for (const kind of lintKinds) {
      for (const finding of lint(kind, "", {})) {
        const source =
          finding.severity === "info"
            ? lintNotices.find((notice) => notice.id === finding.rule)
            : lintRules.find((rule) => rule.id === finding.rule);
        expect(source?.kinds, finding.rule).toContain(kind);
      }
    }
  });

  it("mark a notice as info, linked to the rule it skipped", () => {
    const [notice] = lint("macro", "", {}).filter((finding) => finding.severity === "info");
    const meta = lintNotices.find((entry) => entry.id === notice?.rule);
    expect(notice?.docs).toBe(`POLICY.md#lint-${meta?.skippedRule}`);
    expect(lintRules.map((rule) => rule.id)).toContain(meta?.skippedRule);
  });

  it("are sorted by span start, then rule id, with findings about the whole text last", () => {
    const text = "Kafka at 10.0.0.1 is down. Contact #ops-team.";
    const findings = lint("reply", text, { incident: { status: "active" } });
    expect(findings.map((finding) => [finding.rule, finding.span?.[0]])).toEqual([
      ["jargon", 0],
      ["internal_detail", 9],
      ["internal_detail", 35],
      ["missing_status_link", undefined],
      ["missing_timeline", undefined],
    ]);
  });

  it("breaks a tie on span start by rule id", () => {
    const text = "AWS is having an outage.";
    const findings = lint("status_page", text, { config: { jargon: ["AWS"] } });
    const rules = findings.filter((finding) => finding.span?.[0] === 0);
    expect(rules.map((finding) => finding.rule)).toEqual(["blame_third_party", "jargon"]);
  });

  it("are the same for the same input, and leave the context untouched", () => {
    const context: LintContext = structuredClone(INCIDENT);
    const text = "Elevated errors. We're on it. See #incidents.";
    const first = lint("macro", text, context);
    expect(lint("macro", text, context)).toEqual(first);
    expect(context).toEqual(INCIDENT);
  });
});

describe("lint: input errors", () => {
  it("names the bad kind and the allowed ones", () => {
    expect(() => lint("status" as LintKind, "text")).toThrow(
      'lint: kind must be one of status_page, macro, reply; got "status".',
    );
  });

  it.each<[unknown, string]>([
    [{ config: { jargon: "kafka" } }, "lint: context.config.jargon must be a list of strings."],
    [{ tags: ["incident/1", 2] }, "lint: context.tags must be a list of strings."],
    [{ incident: { number: "12" } }, "lint: context.incident.number must be a number."],
    [
      { incident: { statusPage: "https://status.example.com" } },
      "lint: context.incident.statusPage must be an object.",
    ],
    [null, "lint: context must be an object."],
  ])("names the context field with the wrong type: %j", (context, message) => {
    expect(() => lint("macro", "text", context as LintContext)).toThrow(message);
  });

  it("rejects text that is not a string", () => {
    expect(() => lint("reply", undefined as unknown as string)).toThrow(
      "lint: text must be a string; got undefined.",
    );
  });
});

describe("lintRules", () => {
  it("lists the ten rules with where they come from and what they check", () => {
    expect(lintRules.map((rule) => rule.id)).toEqual([
      "jargon",
      "no_customer_impact",
      "no_working_statement",
      "vague_filler",
      "missing_status_link",
      "missing_timeline",
      "missing_next_update",
      "internal_detail",
      "blame_third_party",
      "missing_incident_tag",
    ]);
    for (const rule of lintRules) {
      expect(rule.source).toMatch(/^(Handbook: "|Atlassian Statuspage)/);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.kinds.length).toBeGreaterThan(0);
    }
  });

  it("lists one notice: the incident tag not checked for want of tags", () => {
    expect(lintNotices.map((notice) => [notice.id, notice.skippedRule, notice.kinds])).toEqual([
      ["tags_not_checked", "missing_incident_tag", ["macro"]],
    ]);
  });

  it("marks only the softer rules as warnings", () => {
    const warnings = lintRules.filter((rule) => rule.severity === "warning").map((rule) => rule.id);
    expect(warnings).toEqual(["missing_next_update", "blame_third_party"]);
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(lintRules)).toBe(true);
    expect(Object.isFrozen(lintRules[0])).toBe(true);
  });
});
