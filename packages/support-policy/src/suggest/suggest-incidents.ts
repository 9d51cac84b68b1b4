import { decisionsOf } from "../decide.js";
import { parseInputs } from "../errors.js";
import { clusterFacts } from "../facts/cluster-facts.js";
import { configFacts } from "../facts/config-facts.js";
import { escapeRegExp } from "../lint/patterns.js";
import { lexiconFor } from "../match/lexicon.js";
import { textTerms } from "../match/terms.js";
import { matchTicket } from "../match-tickets.js";
import { type PolicyCore, policyCore } from "../policy/core.js";
import { LIVE } from "../rules/statuses.js";
import type { Config } from "../schemas/config.js";
import type { Decision, DecisionOf } from "../schemas/decision.js";
import type { Incident } from "../schemas/incident.js";
import { type SuggestContextInput, SuggestContextSchema } from "../schemas/suggest-context.js";
import { type Ticket, type TicketInput, TicketsSchema } from "../schemas/ticket.js";
import { type Cluster, clusterBySignal } from "./cluster.js";
import { areaOfSignal, areasOf, signalRank, signalsOf, type TicketSignals } from "./signals.js";
import type { CountedTicket, TicketCluster } from "./situation.js";

const MINUTE = 60_000;

type RaiseIncident = DecisionOf<"raise_incident">;
/** Enough words to say what the tickets are about; the rest only repeat it. */
const MAX_WORDS = 6;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type Counted = CountedTicket & TicketSignals;

/** Open tickets created in the window that no live incident explains (by tag or by matching). */
function countedTickets(
  tickets: readonly Ticket[],
  liveIncidents: readonly Incident[],
  config: Config,
  now: number,
) {
  const from = now - config.raiseIncidentWindowMinutes * MINUTE;
  const lexicon = lexiconFor(config);
  const areas = areasOf(config);
  const live = liveIncidents.filter((incident) =>
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

async function clusterDecisions(core: PolicyCore, cluster: TicketCluster): Promise<Decision[]> {
  const situation = { cluster, config: core.config };
  const facts = { ...clusterFacts(situation), ...configFacts(core.config) };
  const fired = await core.engines.cluster.run(facts);
  return decisionsOf(fired, situation, { teamChannel: core.config.teamChannel });
}

/** The decisions for a parsed queue: the groups no live incident explains, biggest first. */
export async function suggestFrom(
  core: PolicyCore,
  queue: readonly Ticket[],
  liveIncidents: readonly Incident[],
  now: number,
): Promise<RaiseIncident[]> {
  const { config } = core;
  const counted = countedTickets(queue, liveIncidents, config, now);
  const clusters = clusterBySignal(counted, config.raiseIncidentMinTickets, signalRank)
    .map(toCluster)
    .sort(
      (a, b) =>
        b.tickets.length - a.tickets.length ||
        (a.tickets[0]?.createdAt ?? 0) - (b.tickets[0]?.createdAt ?? 0) ||
        compareText(a.component ?? a.words.join(" "), b.component ?? b.words.join(" ")),
    );
  const decisions: Decision[] = [];
  for (const cluster of clusters) decisions.push(...(await clusterDecisions(core, cluster)));
  // The cluster rules decide nothing but raise_incident.
  return decisions as RaiseIncident[];
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
): Promise<RaiseIncident[]> {
  const parsed = parseInputs({
    queue: [TicketsSchema, queue],
    context: [SuggestContextSchema, context],
  } as const);
  const { config, liveIncidents = [], now } = parsed.context;
  return suggestFrom(
    policyCore([], config, "compiled"),
    parsed.queue,
    liveIncidents,
    Date.parse(now),
  );
}
