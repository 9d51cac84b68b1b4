import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../test-support.js";

const blame = (text: string, allowedTerms?: string[]) =>
  flaggedWords(
    findingsOf(
      "blame_third_party",
      "status_page",
      text,
      allowedTerms && { config: { allowedTerms } },
    ),
    text,
  );

describe("blame_third_party", () => {
  it.each([
    ["This is due to an outage at our cloud provider.", "due to an outage at our cloud provider"],
    ["Logins fail because of a problem with Okta.", "because of a problem with Okta"],
    ["AWS is experiencing an outage in one region.", "AWS is experiencing"],
    ["A Cloudflare outage slows page loads.", "Cloudflare outage"],
    ["The cause is beyond our control.", "beyond our control"],
    ["Emails are late, caused by a third-party vendor.", "caused by a third-party vendor"],
  ])("points at the blaming words in %j", (text, words) => {
    const findings = findingsOf("blame_third_party", "reply", text);
    expect(flaggedWords(findings, text)).toEqual([words]);
    expect(findings[0]?.severity).toBe("warning");
  });

  it("accepts text that owns the impact while working with a vendor", () => {
    expect(
      blame("Logins fail for some accounts. We're working with our identity provider to fix it."),
    ).toEqual([]);
  });

  it("accepts a vendor named as a product feature, before any cause", () => {
    expect(blame("Stripe imports are delayed due to a bug on our side.")).toEqual([]);
  });

  it("does not reach across sentences", () => {
    expect(blame("Exports are delayed due to high demand. Payments via Stripe work.")).toEqual([]);
  });

  it("does not flag a vendor listed in allowedTerms", () => {
    const text = "Syncs are delayed due to a change in the GitHub integration.";
    expect(blame(text)).toEqual(["due to a change in the GitHub"]);
    expect(blame(text, ["GitHub integration"])).toEqual([]);
  });
});
