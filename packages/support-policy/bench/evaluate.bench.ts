// Evaluations per second, as ratios in one run: a policy's evaluate (validation, facts, lint,
// engine, details), the free evaluate, the bare json-rules-engine with the same rules on
// precomputed facts, the compiled engine alone, and the same checks hand-written in TypeScript.
// One evaluation = the incident plus its one ticket.
import { Engine } from "json-rules-engine";
import { expect, test } from "vitest";
import { createCompiledEngine } from "../src/engine/compiled.js";
import { createJsonRulesEngine } from "../src/engine/json-rules-engine.js";
import { evaluate } from "../src/evaluate.js";
import { configFacts } from "../src/facts/config-facts.js";
import { incidentFacts } from "../src/facts/incident-facts.js";
import { ticketFacts } from "../src/facts/ticket-facts.js";
import { policyCore, rosterOf } from "../src/policy/core.js";
import { createPolicy } from "../src/policy/create-policy.js";
import { coverageOf, incidentWork } from "../src/policy/evaluations.js";
import { ruleSetOf } from "../src/rules/rule-sets.js";
import { ContextSchema } from "../src/schemas/context.js";
import { IncidentSchema } from "../src/schemas/incident.js";
import { TicketSchema } from "../src/schemas/ticket.js";
import { incidentSituation } from "../src/situation/incident.js";
import { ticketSituation } from "../src/situation/ticket.js";
import {
  comms,
  context,
  enterprise,
  incident,
  lead,
  lou,
  macro,
  minutesBefore,
  NOW,
  ticket,
} from "../test/builders.js";
import { handWrittenIncident, handWrittenTicket } from "./hand-written.js";

// A live major incident mid-flight: Comms Lead reviewing the macro, impact just changed,
// three related tickets in the queue, and an enterprise customer waiting with a draft reply.
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
const policy = createPolicy({ team: ctx.team, now: NOW });

// Facts are computed once here so the engines and hand-written runs measure only the checks.
const parsedContext = ContextSchema.parse(ctx);
const core = policyCore(parsedContext.team, parsedContext.config, "compiled");
const work = incidentWork(core, IncidentSchema.parse(scenario), Date.parse(NOW));
const parsedQueue = parsedContext.queue ?? [];
const config = configFacts(parsedContext.config);
const situation = incidentSituation({
  ...work,
  config: parsedContext.config,
  ...rosterOf(core, work.incident, work.now),
  queue: parsedQueue,
});
const incidentLevelFacts = { ...incidentFacts(situation), ...config };
const parsedTicket = TicketSchema.parse(customerTicket);
const ticketLevelFacts = {
  ...ticketFacts(
    ticketSituation(parsedTicket, {
      ...work,
      config: parsedContext.config,
      coverage: coverageOf(core, work),
      schedules: core.schedules,
      memo: core.memo,
      match: work.matchOf(parsedTicket),
    }),
  ),
  ...config,
};
// Local bindings: calling an imported function in a hot loop goes through a module getter.
const incidentChecks = handWrittenIncident;
const ticketChecks = handWrittenTicket;
const reference = {
  incident: createJsonRulesEngine(ruleSetOf("incident")),
  ticket: createJsonRulesEngine(ruleSetOf("ticket")),
};
const compiled = {
  incident: createCompiledEngine(ruleSetOf("incident")),
  ticket: createCompiledEngine(ruleSetOf("ticket")),
};
/** json-rules-engine with nothing of ours around it: the rules as JSON, facts as a plain object. */
const bare = {
  incident: new Engine(structuredClone(ruleSetOf("incident").rules).map(toProperties)),
  ticket: new Engine(structuredClone(ruleSetOf("ticket").rules).map(toProperties)),
};
for (const [engine, level] of [
  [bare.incident, "incident"],
  [bare.ticket, "ticket"],
] as const) {
  for (const [name, conditions] of Object.entries(ruleSetOf(level).conditions)) {
    engine.setCondition(name, structuredClone(conditions) as never);
  }
}
function toProperties(rule: { id: string; priority: number; conditions: unknown }) {
  return {
    name: rule.id,
    priority: rule.priority,
    conditions: rule.conditions as never,
    event: { type: rule.id },
  };
}

test("one incident with one ticket: policy, free evaluate, engines alone, hand-written checks", async ({
  bench,
}) => {
  // The contenders must fire the same actions before their speed means anything.
  const expected = [
    ...(await policy.evaluate(scenario, null, { queue })).decisions,
    ...(await policy.evaluate(scenario, customerTicket)).decisions,
  ].map((d) => d.action);
  expect(
    [
      ...(await evaluate(scenario, null, ctx)).decisions,
      ...(await evaluate(scenario, customerTicket, ctx)).decisions,
    ].map((d) => d.action),
  ).toEqual(expected);
  const fired = async (engines: typeof reference) =>
    [
      ...(await engines.incident.run(incidentLevelFacts)),
      ...(await engines.ticket.run(ticketLevelFacts)),
    ].map((hit) => hit.ruleId.replaceAll("-", "_"));
  const byHand = [
    ...handWrittenIncident(incidentLevelFacts),
    ...handWrittenTicket(ticketLevelFacts),
  ];
  expect(expected.length).toBeGreaterThan(5);
  // One reply per ticket folds the reply rules that also held; the engines report them all.
  expect(await fired(reference)).toEqual(expect.arrayContaining(expected));
  expect(await fired(compiled)).toEqual(await fired(reference));
  expect([...byHand].sort()).toEqual([...expected].sort());

  await bench.compare(
    bench("createPolicy().evaluate (validation, facts, lint, engine, details)", async () => {
      await policy.evaluate(scenario, null, { queue });
      await policy.evaluate(scenario, customerTicket);
    }),
    bench("evaluate(incident, ticket, context), the free function", async () => {
      await evaluate(scenario, null, ctx);
      await evaluate(scenario, customerTicket, ctx);
    }),
    bench("json-rules-engine alone, same rules, precomputed facts", async () => {
      await bare.incident.run(incidentLevelFacts);
      await bare.ticket.run(ticketLevelFacts);
    }),
    bench("compiled engine alone, same rules, precomputed facts", () => {
      compiled.incident.run(incidentLevelFacts);
      compiled.ticket.run(ticketLevelFacts);
    }),
    bench("hand-written TypeScript, same checks, precomputed facts", () => {
      incidentChecks(incidentLevelFacts);
      ticketChecks(ticketLevelFacts);
    }),
  );
});
