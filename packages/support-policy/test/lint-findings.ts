// Texts whose lint findings are warnings only, checked at test time so a lint change shows up.
import { expect } from "vitest";
import { lint } from "../src/lint/index.js";
import { STATUS_URL } from "./builders.js";

/** A status page update that says what is broken and works, but not when the next update comes. */
export const NO_NEXT_UPDATE =
  "Feature flags load 30-60 seconds late rather than at once. Everything else works normally.";

/** A reply that puts the cause on a vendor, and is otherwise what the handbook asks for. */
export const BLAMES_VENDOR = `Yes, we're seeing this too: feature flags take 30-60 seconds to load because of an outage at our cloud provider. Everything else works normally. Follow ${STATUS_URL} for updates. We don't have a timeline yet, and we'll post on the status page the moment we do.`;

/** Asserts that lint finds only warnings in the text, and at least one. */
export function expectWarningsOnly(
  kind: "status_page" | "macro" | "reply",
  text: string,
  context: Parameters<typeof lint>[2],
): void {
  const findings = lint(kind, text, context);
  expect(findings.length).toBeGreaterThan(0);
  expect(findings.map((finding) => finding.severity)).toEqual(findings.map(() => "warning"));
}
