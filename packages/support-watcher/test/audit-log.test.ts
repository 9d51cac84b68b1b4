import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditLog } from "../src/sweep/audit-log.js";
import { workspace } from "./support/workspace.js";

const NOW = () => new Date("2026-06-03T16:05:00Z");

const linesOf = (path: string) =>
  readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));

describe("audit log", () => {
  it("writes lines in the order they were appended, even when appends overlap", async () => {
    const path = join(workspace(), "logs", "audit.jsonl");
    const log = auditLog(path, NOW, (text) => text);
    const targets = Array.from({ length: 200 }, (_, i) => `zendesk:ticket/${50_000 + i}`);
    // Not awaited one by one: parallel writes (a tagging batch, the attachment pool) overlap.
    await Promise.all(
      targets.map((target) =>
        log.append({ incident: "INC-2417", action: "add_tag", target, result: "ok" }),
      ),
    );
    await log.close();
    expect(linesOf(path).map((line) => line.target)).toEqual(targets);
  });

  it("rejects each append whose line could not be written, and still closes", async () => {
    const log = auditLog(workspace(), NOW, (text) => text); // a directory cannot be opened for appending
    const entry = { incident: "INC-2417", action: "add_tag", target: "t", result: "ok" } as const;
    const appends = [log.append(entry), log.append(entry)];
    for (const append of appends) await expect(append).rejects.toThrow(/EISDIR/);
    await expect(log.close()).resolves.toBeUndefined();
  });
});
