// The change detection of watch over a growing incident: diff between two frames whose
// decisions and related tickets number 100, 1,000 and 10,000 (a tenth of them changed). The
// ratios between the sizes show how its cost grows with the work.
import type { Decision } from "@support/policy";
import { expect, test } from "vitest";
import { diff } from "../src/watch/diff.js";
import type { WatchFrame } from "../src/watch/frame.js";

const decision = (i: number): Decision => ({
  action: "attach_ticket",
  ruleId: "attach-ticket",
  owner: "support_team",
  summary: `Attach ticket ${i} to INC-2417.`,
  handbook: { section: "Handling incoming tickets during an incident" },
  blocking: i % 50 === 0,
  ticketId: String(i),
  details: {},
  because: [],
  docs: "POLICY.md#attach-ticket",
});

const frame = (size: number, shift: number, at: string): WatchFrame => {
  const ids = Array.from({ length: size }, (_, i) => i + shift);
  return {
    at,
    incident: { reference: "INC-2417", status: "active", severity: "major" },
    decisions: ids.map(decision),
    tickets: ids.map((i) => ({
      id: String(i),
      subject: `Flags slow ${i}`,
      reasons: ["component"],
    })),
    deadlines: [],
  };
};

const SIZES = [100, 1_000, 10_000];
const pairs = SIZES.map((size) => ({
  size,
  before: frame(size, 0, "2026-06-03T16:05:00Z"),
  after: frame(size, size / 10, "2026-06-03T16:06:00Z"),
}));

test("diff over 100, 1,000 and 10,000 decisions and tickets (a tenth changed)", async ({
  bench,
}) => {
  // Each diff must report the tenth that left, the tenth that came and their tickets.
  for (const { size, before, after } of pairs) {
    const events = diff(before, after);
    expect(events.filter((e) => e.kind === "appeared")).toHaveLength(size / 10);
    expect(events.filter((e) => e.kind === "cleared")).toHaveLength(size / 10);
    expect(events.filter((e) => e.kind === "ticket")).toHaveLength(size / 10);
  }
  await bench.compare(
    ...pairs.map(({ size, before, after }) =>
      bench(`${size.toLocaleString("en")} decisions and tickets`, () => {
        diff(before, after);
      }),
    ),
  );
});
