import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { liveSetup, verifyContractsAfterEach } from "./support/live.js";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";
import { world } from "./support/world.js";

const live = verifyContractsAfterEach();

describe("handover-note", () => {
  it("drafts the note from live data: status, ticket count, key information, what users were told", async () => {
    live.current = liveSetup(world({ macro: "draft" }));
    const { code, stdout } = await live.current.run(["handover-note", "INC-2417"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      "Handover for INC-2417 at Wed 03 Jun 16:45 UTC from Priya Raman to Lou Bennett",
    );
    expect(stdout).toContain(
      "*Status*: INC-2417 (major) is active: Feature flag evaluation slow for EU projects. Affected: Feature flags, Experiments. Incident lead: Marta Kowalski.",
    );
    expect(stdout).toContain(
      "*Tickets*: 4 related so far (1 attached to the incident, 3 waiting on a reply).",
    );
    expect(stdout).toContain("• Blocking: Do not use the macro for INC-2417 yet");
    expect(stdout).toContain("• Status page (updated Wed 03 Jun 15:52 UTC):");
    expect(stdout).toContain("> We are investigating elevated latency in the flags service");
    expect(stdout).toContain(
      "• Macro (updated Wed 03 Jun 15:30 UTC; not yet approved by the Comms Lead):",
    );
    expect(live.current.fake.writes()).toEqual([]);
  });

  it("asks for detailed notes when a West Coast watcher logs off with nobody else online", async () => {
    const example = JSON.parse(
      readFileSync(new URL("../src/scenario/example-scenario.json", import.meta.url), "utf8"),
    );
    const [priya, , lou] = example.team;
    example.incident.roles.supportWatcher = lou;
    example.team = [priya, lou];
    const cwd = workspace({ "west-coast.json": example });
    const { stdout, stderr } = await runCli(
      ["handover-note", "--scenario", "west-coast.json", "--now", "2026-06-03T23:40:00Z"],
      { cwd },
    );
    expect(stderr).toContain("Scenario west-coast.json");
    expect(stdout.split("\n")[0]).toBe(
      "Handover for INC-2417 at Thu 04 Jun 00:00 UTC from Lou Bennett to Priya Raman",
    );
    expect(stdout).toContain("Nobody else in support is online at the hand-over");
  });

  it("prints the note's parts as JSON", async () => {
    const { stdout } = await runCli(["handover-note", "--example", "--json"]);
    const note = JSON.parse(stdout);
    expect(note).toMatchObject({
      incident: "INC-2417",
      at: "2026-06-03T16:45:00.000Z",
      from: "Priya Raman",
      to: "Lou Bennett",
      detailedNotes: false,
      tickets: { related: 4, attached: 2, waiting: 3 },
    });
    expect(note.toldUsers.map((t: { where: string }) => t.where)).toEqual(["status_page", "macro"]);
    expect(note.text).toContain("*What users were told*:");
  });
});
