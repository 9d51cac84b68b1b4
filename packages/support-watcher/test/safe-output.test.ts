import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_BLOCK_CHARS, MAX_FIELD_CHARS, safe, safeOutput } from "../src/output/safe.js";
import { runCli } from "./support/run-cli.js";
import { workspace } from "./support/workspace.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const HOSTILE = `Flags\u001b[2J\u001b]0;pwned\u0007 \u202Eevil\nline two ${"x".repeat(3000)}`;

describe("safe", () => {
  it("shows control characters, bidi overrides and line breaks as visible escapes", () => {
    expect(safe("a\u001b[2Jb\u202Ec\nd\u0085e")).toBe("a\\x1b[2Jb\\u202ec\\x0ad\\x85e");
  });
  it("cuts long fields and says how much was cut", () => {
    const out = safe("y".repeat(3000));
    expect([...(out.split("…")[0] ?? "")].length).toBe(MAX_FIELD_CHARS - 1);
    expect(out).toContain(`… (${3000 - MAX_FIELD_CHARS + 1} more characters)`);
  });
  it("keeps line breaks in multi-line text, nothing else", () => {
    expect(safe("one\r\ntwo\u001b[31m", { multiline: true })).toBe("one\ntwo\\x1b[31m");
  });
  it("lets only the CLI's own colour codes through the output guard, and only with colour on", () => {
    expect(safeOutput("\u001b[1mbold\u001b[22m\u001b[2J", { color: true })).toBe(
      "\u001b[1mbold\u001b[22m\\x1b[2J",
    );
    expect(safeOutput("\u001b[1mbold\u001b[22m", { color: false })).toBe("\\x1b[1mbold\\x1b[22m");
  });
});

/** The bundled example with hostile text in every field people read. */
function hostileScenario(): string {
  const example = JSON.parse(
    readFileSync(new URL("../src/scenario/example-scenario.json", import.meta.url), "utf8"),
  );
  example.incident.name = HOSTILE;
  example.incident.statusPage.message = `${HOSTILE} latency`;
  example.incident.macro.body = HOSTILE;
  example.incident.roles.incidentLead.name = `Marta\u001b]2;title\u0007`;
  for (const ticket of example.tickets) ticket.subject = `${ticket.subject} ${HOSTILE}`;
  const org = example.tickets.find((t: { organization?: unknown }) => t.organization);
  org.organization.name = `Acme\u202E\u001b[5m`;
  return workspace({ "hostile.json": example });
}

describe("human output with hostile vendor text", () => {
  const cwd = hostileScenario();

  it.each([
    ["brief", ["brief", "--scenario", "hostile.json"]],
    ["brief on a terminal", ["brief", "--scenario", "hostile.json"]],
    ["handover-note", ["handover-note", "--scenario", "hostile.json"]],
  ])("%s prints no control character and no 3,000-character field", async (name, argv) => {
    const tty = name.endsWith("terminal");
    const { code, stdout, stderr } = await runCli(argv, { cwd, tty, env: {} });
    expect(code).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing the CLI's own colours.
    const text = tty ? stdout.replace(/\u001b\[[0-9;]*m/g, "") : stdout;
    expect(text).not.toMatch(CONTROL);
    expect(stderr).not.toMatch(CONTROL);
    expect(text).toContain("Flags\\x1b[2J\\x1b]0;pwned\\x07 \\u202eevil\\x0aline two");
    expect(text).not.toContain("x".repeat(MAX_BLOCK_CHARS + 1));
  });

  it("lint shows a hostile macro body escaped", async () => {
    const stdin = "We're aware of an issue\u001b[2J\u202E and are working on it.";
    const { stdout } = await runCli(["lint", "--kind", "macro", "-"], { stdin });
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout).toContain("\\x1b[2J\\u202e");
  });

  it("--json keeps every value exactly as read", async () => {
    const { stdout } = await runCli(["handover-note", "--scenario", "hostile.json", "--json"], {
      cwd,
    });
    const note = JSON.parse(stdout);
    expect(note.status).toContain(HOSTILE);
    expect(note.toldUsers[0].text).toBe(`${HOSTILE} latency`);
    expect(note.text).not.toMatch(CONTROL);
  });
});
