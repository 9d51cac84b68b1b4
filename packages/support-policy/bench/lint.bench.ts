import { expect, test } from "vitest";
import type { LintContext } from "../src/lint/index.js";
import { lint } from "../src/lint/index.js";

const LENGTH = 2_000;
// A local binding: reading the imported one goes through a module getter on every call.
const lintText = lint;

const CONTEXT: LintContext = {
  incident: {
    number: 318,
    status: "active",
    affectedComponents: ["Exports"],
    statusPage: { url: "https://status.example.com/incidents/z9y8x7" },
  },
  tags: ["incident/318"],
};

/** Repeats the middle sentences until the text is about LENGTH characters, keeping its ending. */
function macroOf(opening: string, middle: readonly string[], ending: string): string {
  let text = opening;
  for (let i = 0; text.length + ending.length < LENGTH; i++) {
    text += ` ${middle[i % middle.length]}`;
  }
  return `${text} ${ending}`.slice(0, LENGTH);
}

const clean = macroOf(
  "Hi there, thanks for getting in touch.",
  [
    "Right now CSV and PDF exports take up to 40 minutes to arrive in your inbox.",
    "Scheduled exports still run; they are simply delivered late, and none are lost.",
    "Dashboards, insights and every other feature are working normally.",
    "If you need a file urgently, you can still copy the table from the insight view.",
  ],
  "Follow the incident at https://status.example.com/incidents/z9y8x7. We don't have a timeline yet, and we'll let you know as soon as it's fixed.",
);

const dirty = macroOf(
  "Hi, we're aware of an issue and we're working on it.",
  [
    "Elevated error rates and p95 latency on the export-worker-3 pods after the last deploy.",
    "The Kafka consumers on clickhouse-prod-2 (10.0.4.17) are lagging behind the queue.",
    "See https://acme.atlassian.net/browse/OPS-991 and #incident-318 for the rollback.",
    "This is due to an outage at our cloud provider, which is beyond our control.",
  ],
  "Some users may be experiencing issues.",
);

const customConfig: LintContext = {
  ...CONTEXT,
  config: { jargon: ["export worker", "scheduler"], allowedTerms: ["Data Pipelines"] },
};

test("lint a 2,000-character macro: clean against dirty, default against configured", async ({
  bench,
}) => {
  // Measuring the wrong text would prove nothing: check what each one is first.
  expect(clean).toHaveLength(LENGTH);
  expect(dirty).toHaveLength(LENGTH);
  expect(lint("macro", clean, CONTEXT)).toEqual([]);
  expect(lint("macro", dirty, CONTEXT).length).toBeGreaterThan(20);

  await bench.compare(
    bench("clean macro (no findings)", () => {
      lintText("macro", clean, CONTEXT);
    }),
    bench("dirty macro (many findings)", () => {
      lintText("macro", dirty, CONTEXT);
    }),
    bench("clean macro, configured jargon and allowed terms", () => {
      lintText("macro", clean, customConfig);
    }),
    bench("clean text linted as a reply", () => {
      lintText("reply", clean, CONTEXT);
    }),
  );
});
