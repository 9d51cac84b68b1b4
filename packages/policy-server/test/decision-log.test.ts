import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { tokenId } from "../src/http/auth.js";
import { maskCustomerData } from "../src/log/mask.js";
import { readJson, SERVER_NOW, TOKEN, testServer } from "./support/test-server.js";
import { EXAMPLE, exampleContext } from "./support/world.js";

const customerTicket = EXAMPLE.tickets.find((ticket) => ticket.organization !== undefined);
if (!customerTicket) throw new Error("the example has an enterprise ticket");

// Customer data in the example: people, organisation, subjects and message texts.
const CUSTOMER_TEXT = [
  "Priya Raman",
  "priya@example.com",
  "@priya",
  "Kenji Sato",
  "Northwind Bank",
  customerTicket.subject as string,
  (EXAMPLE.incident.statusPage as { message: string }).message,
  (EXAMPLE.incident.macro as { body: string }).body,
];

async function evaluated(logInputs: boolean) {
  const server = testServer({ logInputs });
  const context = exampleContext();
  const response = await server.post("/v1/evaluate", {
    incident: EXAMPLE.incident,
    ticket: customerTicket,
    context,
  });
  const body = await readJson<{ decisions: Array<Record<string, unknown>> }>(response);
  const [line] = server.log();
  if (!line) throw new Error("no log line");
  return { response, body, line, text: server.logText(), context };
}

describe("decision log", () => {
  it("writes one line per decision with its id, time, route, token id, duration and policy version", async () => {
    const { response, body, line } = await evaluated(false);
    expect(Object.keys(line)).toEqual([
      "decision_id",
      "time",
      "route",
      "status",
      "token_id",
      "duration_ms",
      "policy_version",
      "input_hash",
      "decisions",
      "input",
    ]);
    expect(line.decision_id).toBe(response.headers.get("decision-id"));
    expect(line.time).toBe(SERVER_NOW);
    expect(line.route).toBe("/v1/evaluate");
    expect(line.status).toBe(200);
    expect(line.token_id).toBe(tokenId(TOKEN));
    expect(line.duration_ms).toBeGreaterThan(0);
    expect(line.policy_version).toBe(response.headers.get("policy-version"));
    expect(line.decisions).toEqual(
      body.decisions.map((d) => ({
        action: d.action,
        ruleId: d.ruleId,
        ticketId: d.ticketId,
        blocking: d.blocking,
      })),
    );
    expect((line.decisions as unknown[]).length).toBeGreaterThan(0);
  });

  it("masks names, emails, Slack handles, subjects and message texts by default", async () => {
    const { text, line } = await evaluated(false);
    for (const value of CUSTOMER_TEXT) expect(text).not.toContain(value);
    const input = line.input as {
      incident: Record<string, unknown>;
      ticket: Record<string, unknown>;
    };
    expect(input.ticket.subject).toBe(`[masked:${(customerTicket.subject as string).length}]`);
    expect(input.ticket.id).toBe(customerTicket.id);
    expect(input.incident.reference).toBe("INC-2417");
    expect(input.incident.severity).toBe("major");
  });

  it("keeps the whole input with --log-inputs, hashed as the policy saw it", async () => {
    const { line, context } = await evaluated(true);
    const expectedInput = { incident: EXAMPLE.incident, ticket: customerTicket, context };
    expect(line.input).toEqual(expectedInput);
    const hash = createHash("sha256").update(JSON.stringify(line.input)).digest("hex");
    expect(line.input_hash).toBe(`sha256:${hash}`);
  });

  it("hashes the same input the same way whether or not it is logged whole", async () => {
    const masked = await evaluated(false);
    const whole = await evaluated(true);
    expect(masked.line.input_hash).toBe(whole.line.input_hash);
  });

  it("records the server's defaults in the hashed input", async () => {
    const { post, log } = testServer({ defaults: { team: EXAMPLE.team }, logInputs: true });
    await post("/v1/evaluate", { incident: EXAMPLE.incident });
    const input = log()[0]?.input as { context: Record<string, unknown> };
    expect(input.context).toEqual({ now: SERVER_NOW, team: EXAMPLE.team });
  });

  it("logs refused input with its code and field paths, without the input", async () => {
    const { post, log } = testServer();
    await post("/v1/evaluate", {
      incident: { ...EXAMPLE.incident, severity: "huge" },
      context: exampleContext(),
    });
    expect(log()[0]).toMatchObject({
      status: 400,
      error: { code: "invalid_input", fields: ["incident.severity"] },
    });
    expect(log()[0]).not.toHaveProperty("input");
    expect(log()[0]).not.toHaveProperty("input_hash");
  });

  it("summarises lint findings and ticket matches instead of decisions", async () => {
    const { post, log } = testServer();
    await post("/v1/lint", { kind: "reply", text: "We're working on it." });
    await post("/v1/match", { incident: EXAMPLE.incident, tickets: EXAMPLE.tickets });
    const [linted, matched] = log();
    expect(linted?.findings).toEqual(
      expect.arrayContaining([{ rule: "vague_filler", severity: expect.any(String) }]),
    );
    expect(linted?.input).toEqual({ kind: "reply", text: "[masked:20]", context: {} });
    expect(matched?.matches).toEqual(
      expect.arrayContaining([
        { ticketId: expect.any(String), reasons: expect.arrayContaining(["tag"]) },
      ]),
    );
  });
});

describe("masking", () => {
  it("masks customer text at any depth and email addresses in any text", () => {
    expect(
      maskCustomerData({
        name: "Acme",
        nested: [{ email: "a@b.example", slack: "@a", id: "7" }],
        tags: ["ping jo@example.com please"],
        count: 3,
      }),
    ).toEqual({
      name: "[masked:4]",
      nested: [{ email: "[masked:11]", slack: "[masked:2]", id: "7" }],
      tags: ["ping [masked:14] please"],
      count: 3,
    });
  });
});
