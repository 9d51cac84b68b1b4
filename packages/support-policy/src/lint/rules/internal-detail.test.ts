import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../test-support.js";
import type { LintContext } from "../types.js";

const details = (text: string, context?: LintContext) =>
  flaggedWords(findingsOf("internal_detail", "reply", text, context), text);

describe("internal_detail: addresses", () => {
  it("flags hosts on private top-level domains and localhost", () => {
    expect(details("Queries hit db-3.eu.internal and http://localhost:8000/admin.")).toEqual([
      "db-3.eu.internal",
      "http://localhost:8000/admin",
    ]);
  });

  it("flags hosts under the configured internal domains, but not their public siblings", () => {
    const context = { config: { internalDomains: ["corp.example.net"] } };
    expect(
      details("See https://wiki.corp.example.net/runbook or https://example.net.", context),
    ).toEqual(["https://wiki.corp.example.net/runbook"]);
  });

  it("never flags the status page, even on an internal domain", () => {
    const context = { config: { internalDomains: ["example.com"] } };
    expect(
      details("Follow https://status.example.com; ignore https://admin.example.com.", context),
    ).toEqual(["https://admin.example.com"]);
  });

  it("flags IPv4 and IPv6 addresses but not versions, times or dotted numbers", () => {
    expect(details("Traffic from 10.0.12.7 and fe80::1ff:fe23:4567:890a was dropped.")).toEqual([
      "10.0.12.7",
      "fe80::1ff:fe23:4567:890a",
    ]);
    expect(details("Upgrade to v1.2.3.4 before 10:30:00; 999.1.1.1 is not an address.")).toEqual(
      [],
    );
  });
});

describe("internal_detail: engineering tools", () => {
  it.each([
    "https://acme.atlassian.net/browse/OPS-42",
    "https://linear.app/acme/issue/ENG-7/fix-exports",
    "https://app.incident.io/acme/incidents/123",
    "https://acme.slack.com/archives/C0123",
    "https://grafana.acme.dev/d/abc",
    "https://app.datadoghq.com/logs",
    "https://acme.sentry.io/issues/42/",
    "https://acme.pagerduty.com/incidents/PX1",
    "https://github.com/acme/app/pull/981",
    "https://acme.zendesk.com/agent/tickets/5",
  ])("flags a link to an internal tool: %s", (url) => {
    expect(details(`More in ${url} for now.`)).toEqual([url]);
  });

  it("accepts public pages on the same services", () => {
    expect(
      details(
        "See https://github.com/acme/app/issues/12 and https://acme.atlassian.net/servicedesk/customer/portal/1.",
      ),
    ).toEqual([]);
  });
});

describe("internal_detail: names, traces and channels", () => {
  it("flags service and cluster names", () => {
    expect(
      details("The clickhouse-prod-2 node and events_consumer are behind; staging-db too."),
    ).toEqual(["clickhouse-prod-2", "events_consumer", "staging-db"]);
  });

  it("leaves ordinary hyphenated words and package names alone", () => {
    expect(details("Ask a co-worker to update posthog-js; self-service sign-in works.")).toEqual(
      [],
    );
  });

  it("flags stack traces", () => {
    const text = [
      "TypeError: cannot read properties of undefined",
      "    at renderChart (chart.tsx:88:13)",
      'File "/app/export.py", line 12, in run',
    ].join("\n");
    expect(details(text)).toEqual([
      "TypeError",
      "at renderChart (chart.tsx:88:13)",
      'File "/app/export.py", line 12',
    ]);
  });

  it("flags Slack channels but not colours or numbers", () => {
    expect(
      details("Ping #team-support or #incidents; the colour #fff and ticket #4521 are fine."),
    ).toEqual(["#team-support", "#incidents"]);
  });

  it("reports one finding for an address inside an internal link", () => {
    const text = "Open http://10.1.2.3:3000/graphs now.";
    const findings = findingsOf("internal_detail", "macro", text);
    expect(flaggedWords(findings, text)).toEqual(["http://10.1.2.3:3000/graphs"]);
    expect(findings[0]?.message).toBe("This is an internal address customers can't reach.");
  });
});
