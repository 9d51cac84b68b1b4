// Evaluations per second, as ratios in one run: the full `evaluate` (validation, facts, lint,
// engine, details), the bare json-rules-engine with the same rules on precomputed facts, and the
// same checks hand-written in TypeScript. One evaluation = the incident plus its one ticket.
import { expect, test } from "vitest";
import { createJsonRulesEngine } from "../src/engine/json-rules-engine.js";
import { evaluate } from "../src/evaluate.js";
import { configFacts } from "../src/facts/catalogue.js";
import { incidentFacts } from "../src/facts/incident-facts.js";
import { prepareIncident, prepareTicket } from "../src/facts/prepare.js";
import { ticketFacts } from "../src/facts/ticket-facts.js";
import { INCIDENT_RULES, TICKET_RULES } from "../src/rules/index.js";
import { ContextSchema } from "../src/schemas/context.js";
import { IncidentSchema } from "../src/schemas/incident.js";
import { TicketSchema } from "../src/schemas/ticket.js";
import {
  comms,
  context,
  enterprise,
  incident,
  lead,
  lou,
  macro,
  minutesBefore,
  ticket,
} from "../test/builders.js";
import { handWrittenIncident, handWrittenTicket } from "./hand-written.js";

// A live major incident mid-flight: Comms Lead reviewing the macro, impact just changed,
// three related tickets in the queue, and an enterprise customer waiting on a reply.
const scenario = incident({
  severity: "major",
  roles: { incidentLead: lead, supportWatcher: lou, commsLead: comms },
  impactChangedAt: minutesBefore(3),
  macro: macro({ sharedWithCommsAt: minutesBefore(20) }),
});
const customerTicket = ticket({
  id: "T-7",
  subject: "Feature flags take a minute to load",
  tags: [],
  attachedToIncident: false,
  awaitingReplySince: minutesBefore(8),
  organization: enterprise(),
  draftReply: "Hi, we're working on it.",
});
const queue = [customerTicket, ticket({ id: "T-8" }), ticket({ id: "T-9" })];
const ctx = context({ queue });

// Facts are computed once here so the engine and hand-written runs measure only the checks.
const parsedIncident = IncidentSchema.parse(scenario);
const parsedContext = ContextSchema.parse(ctx);
const config = configFacts(parsedContext.config);
const incidentLevelFacts = {
  ...incidentFacts(prepareIncident(parsedIncident, parsedContext, parsedContext.queue ?? [])),
  ...config,
};
const ticketLevelFacts = {
  ...ticketFacts(prepareTicket(parsedIncident, parsedContext, TicketSchema.parse(customerTicket))),
  ...config,
};
// Local bindings: calling an imported function in a hot loop goes through a module getter.
const incidentChecks = handWrittenIncident;
const ticketChecks = handWrittenTicket;
const incidentEngine = createJsonRulesEngine(INCIDENT_RULES);
const ticketEngine = createJsonRulesEngine(TICKET_RULES);

test("one incident with one ticket: evaluate, bare json-rules-engine, hand-written checks", async ({
  bench,
}) => {
  // The three contenders must fire the same actions before their speed means anything.
  const expected = [
    ...(await evaluate(scenario, null, ctx)).decisions,
    ...(await evaluate(scenario, customerTicket, ctx)).decisions,
  ].map((d) => d.action);
  const fromEngine = [
    ...(await incidentEngine.run(incidentLevelFacts)),
    ...(await ticketEngine.run(ticketLevelFacts)),
  ].map((fired) => fired.ruleId.replaceAll("-", "_"));
  const byHand = [
    ...handWrittenIncident(incidentLevelFacts),
    ...handWrittenTicket(ticketLevelFacts),
  ];
  expect(expected.length).toBeGreaterThan(5);
  expect([...fromEngine].sort()).toEqual([...expected].sort());
  expect([...byHand].sort()).toEqual([...expected].sort());

  await bench.compare(
    bench("evaluate (validation, facts, lint, engine, details)", async () => {
      await evaluate(scenario, null, ctx);
      await evaluate(scenario, customerTicket, ctx);
    }),
    bench("json-rules-engine alone, same rules, precomputed facts", async () => {
      await incidentEngine.run(incidentLevelFacts);
      await ticketEngine.run(ticketLevelFacts);
    }),
    bench("hand-written TypeScript, same checks, precomputed facts", () => {
      incidentChecks(incidentLevelFacts);
      ticketChecks(ticketLevelFacts);
    }),
  );
});
