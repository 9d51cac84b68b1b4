import { describe, expect, it } from "vitest";
import { findingsOf } from "../test-support.js";
import type { LintContext } from "../types.js";

const BODY = "Dashboards take minutes to load; everything else works.";
const flags = (text: string, context?: LintContext) =>
  findingsOf("missing_status_link", "reply", text, context).length > 0;

const incidentPage = "https://status.example.com/incidents/h7k2m9";
const withIncident: LintContext = { incident: { statusPage: { url: incidentPage } } };

describe("missing_status_link: with no status page known", () => {
  it("accepts any link to a host starting with status.", () => {
    expect(flags(`${BODY} Follow along at https://status.example.com.`)).toBe(false);
    expect(flags(`${BODY} See [our status page](https://status.example.io/incidents/1).`)).toBe(
      false,
    );
    expect(flags(`${BODY} Updates: status.example.com`)).toBe(false);
  });

  it("flags text without a status link, even with other links", () => {
    expect(flags(BODY)).toBe(true);
    expect(flags(`${BODY} Docs: https://example.com/docs/status`)).toBe(true);
    expect(flags(`${BODY} Ask on https://statusupdates.example.com`)).toBe(true);
  });
});

describe("missing_status_link: with the incident's page or a configured page", () => {
  it("accepts the incident's page, a page below it, or the site's home page", () => {
    expect(flags(`${BODY} ${incidentPage}`, withIncident)).toBe(false);
    expect(flags(`${BODY} ${incidentPage.toUpperCase()}/`, withIncident)).toBe(false);
    expect(flags(`${BODY} https://status.example.com/`, withIncident)).toBe(false);
  });

  it("flags another incident's page or another status site", () => {
    expect(flags(`${BODY} https://status.example.com/incidents/other`, withIncident)).toBe(true);
    expect(flags(`${BODY} https://status.othervendor.com`, withIncident)).toBe(true);
  });

  it("accepts any page of a configured status page", () => {
    const context: LintContext = { config: { statusPageUrl: "https://health.example.com" } };
    expect(flags(`${BODY} https://health.example.com/incidents/42`, context)).toBe(false);
    expect(flags(`${BODY} https://status.example.com`, context)).toBe(true);
  });

  it("suggests the known address", () => {
    const [finding] = findingsOf("missing_status_link", "macro", BODY, withIncident);
    expect(finding?.suggestion).toBe(`Add a link to the status page: ${incidentPage}`);
    expect(finding?.span).toBeUndefined();
  });

  it("does not apply to status page updates", () => {
    expect(findingsOf("missing_status_link", "status_page", BODY)).toEqual([]);
  });
});
