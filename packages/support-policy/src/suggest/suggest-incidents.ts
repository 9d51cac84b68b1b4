import { z } from "zod";
import { toDecision } from "../decide.js";
import { clusterDetails } from "../details/cluster-details.js";
import { createJsonRulesEngine } from "../engine/json-rules-engine.js";
import type { RuleEngine } from "../engine/types.js";
import { parseInputs } from "../errors.js";
import { configFacts } from "../facts/catalogue.js";
import { escapeRegExp } from "../lint/patterns.js";
import { lexiconFor } from "../match/lexicon.js";
import { textTerms } from "../match/terms.js";
import { matchTicket } from "../match-tickets.js";
import { CLUSTER_RULES } from "../rules/index.js";
import { LIVE } from "../rules/statuses.js";
import type { Config } from "../schemas/config.js";
import type { Decision } from "../schemas/decision.js";
import { type SuggestContextInput, SuggestContextSchema } from "../schemas/suggest-context.js";
import { type Ticket, type TicketInput, TicketSchema } from "../schemas/ticket.js";
import { type Cluster, clusterBySignal } from "./cluster.js";
import { areaOfSignal, areasOf, signalRank, signalsOf, type TicketSignals } from "./signals.js";
import type { CountedTicket, TicketCluster } from "./situation.js";

const MINUTE = 60_000;
/** Enough words to say what the tickets are about; the rest only repeat it. */
const MAX_WORDS = 6;

// Built on first use and reused, like the incident and ticket engines.
let engine: RuleEngine | undefined;
const clusterEngine = () => {
  engine ??= createJsonRulesEngine(CLUSTER_RULES);
  return engine;
};

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type Counted = CountedTicket & TicketSignals;

/** Open tickets created in the window that no live incident explains (by tag or by matching). */
function countedTickets(
  tickets: readonly Ticket[],
  context: z.output<typeof SuggestContextSchema>,
) {
  const { config } = context;
  const now = Date.parse(context.now);
  const from = now - config.raiseIncidentWindowMinutes * MINUTE;
  const lexicon = lexiconFor(config);
  const areas = areasOf(config);
  const live = (context.liveIncidents ?? []).filter((incident) =>
    (LIVE as readonly string[]).includes(incident.status),
  );
  const counted: Counted[] = [];
  for (const ticket of tickets) {
    const createdAt = Date.parse(ticket.createdAt);
    if (ticket.status === "solved" || ticket.status === "closed") continue;
    if (createdAt < from || createdAt > now) continue;
    const subject = textTerms(ticket.subject, lexicon);
    if (live.some((incident) => matchTicket(incident, ticket, config, subject))) continue;
    counted.push({ ticket, createdAt, ...signalsOf(subject, areas) });
  }
  return counted.sort((a, b) => a.createdAt - b.createdAt || compareText(a.ticket.id, b.ticket.id));
}

/** The most common way the tickets write a signal (ties: the first in text order). */
function displayOf(key: string, members: readonly Counted[]): string[] {
  const counts = new Map<string, { words: string[]; count: number }>();
  for (const member of members) {
    const words = member.display.get(key) ?? [];
    const id = words.join(" ").toLowerCase();
    const entry = counts.get(id) ?? { words, count: 0 };
    entry.count++;
    counts.set(id, entry);
  }
  const [best] = [...counts.entries()].sort(
    ([a, x], [b, y]) => y.count - x.count || compareText(a, b),
  );
  return best?.[1].words ?? [];
}

/** The cluster's words: the grouping signal first, then every other signal all members share. */
function toCluster({ key, members }: Cluster<Counted>): TicketCluster {
  const shared = [...(members[0]?.signals ?? [])]
    .filter((signal) => signal !== key && members.every((member) => member.signals.has(signal)))
    .sort((a, b) => signalRank(a) - signalRank(b) || compareText(a, b));
  const words: string[] = [];
  for (const signal of [key, ...shared]) {
    if (areaOfSignal(signal) !== undefined) continue;
    for (const word of displayOf(signal, members)) {
      if (!words.some((known) => known.toLowerCase() === word.toLowerCase())) words.push(word);
    }
  }
  // "video" says nothing that "video calls" beside it does not.
  const wholeWords = (word: string) => new RegExp(`(^| )${escapeRegExp(word.toLowerCase())}( |$)`);
  const distinct = words.filter(
    (word) => !words.some((other) => other !== word && wholeWords(word).test(other.toLowerCase())),
  );
  return {
    tickets: members.map(({ ticket, createdAt }) => ({ ticket, createdAt })),
    component: areaOfSignal(key) ?? null,
    words: distinct.slice(0, MAX_WORDS),
  };
}

async function clusterDecisions(cluster: TicketCluster, config: Config): Promise<Decision[]> {
  const facts = { clusterTicketCount: cluster.tickets.length, ...configFacts(config) };
  const fired = await clusterEngine().run(facts);
  return fired.flatMap((hit) => {
    const rule = CLUSTER_RULES.find((candidate) => candidate.id === hit.ruleId);
    if (!rule) return [];
    const built = clusterDetails[rule.action as keyof typeof clusterDetails]({ cluster, config });
    return [toDecision(rule, hit, built, { teamChannel: config.teamChannel })];
  });
}

/**
 * Handbook "Raising an incident": the groups of open queue tickets about the same thing, created
 * within `raiseIncidentWindowMinutes` before `now`, that no live incident explains, each as a
 * `raise_incident` decision once it has `raiseIncidentMinTickets` tickets. Input is validated first
 * (a PolicyInputError names every bad field); the same input gives the same decisions, biggest
 * group first (then the earliest, then by its words).
 */
export async function suggestIncidents(
  queue: readonly TicketInput[],
  context: SuggestContextInput,
): Promise<Decision[]> {
  const parsed = parseInputs({
    queue: [z.array(TicketSchema), queue],
    context: [SuggestContextSchema, context],
  } as const);
  const { config } = parsed.context;
  const counted = countedTickets(parsed.queue, parsed.context);
  const clusters = clusterBySignal(counted, config.raiseIncidentMinTickets, signalRank)
    .map(toCluster)
    .sort(
      (a, b) =>
        b.tickets.length - a.tickets.length ||
        (a.tickets[0]?.createdAt ?? 0) - (b.tickets[0]?.createdAt ?? 0) ||
        compareText(a.component ?? a.words.join(" "), b.component ?? b.words.join(" ")),
    );
  const decisions: Decision[] = [];
  for (const cluster of clusters) decisions.push(...(await clusterDecisions(cluster, config)));
  return decisions;
}
