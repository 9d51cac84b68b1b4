// Scores `matchTickets` on the labelled corpus: the same figures the corpus test asserts.
import { matchTickets } from "../src/match-tickets.js";
import type { ConfigInput } from "../src/schemas/config.js";
import { incident, minutesBefore, ticket } from "./builders.js";
import { type CorpusIncident, MATCH_CORPUS } from "./match-corpus.js";

export interface CorpusScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Related subjects of other families matched to an incident, out of all such pairs. */
  crossMatches: number;
  crossPairs: number;
  mistakes: string[];
}

const incidentOf = (entry: CorpusIncident) =>
  incident({ name: entry.name, affectedComponents: entry.components });

const matched = (entry: CorpusIncident, subjects: readonly string[], config?: ConfigInput) => {
  const tickets = subjects.map((subject, index) =>
    ticket({ id: `T-${index}`, subject, tags: [], createdAt: minutesBefore(5) }),
  );
  const ids = new Set(matchTickets(incidentOf(entry), tickets, config).map((m) => m.ticketId));
  return subjects.map((_, index) => ids.has(`T-${index}`));
};

export function scoreCorpus(corpus = MATCH_CORPUS, config?: ConfigInput): CorpusScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let crossMatches = 0;
  let crossPairs = 0;
  const mistakes: string[] = [];
  for (const entry of corpus) {
    matched(entry, entry.related, config).forEach((hit, index) => {
      if (hit) truePositives++;
      else {
        falseNegatives++;
        mistakes.push(`missed   ${entry.name} ← ${entry.related[index]}`);
      }
    });
    matched(entry, entry.unrelated, config).forEach((hit, index) => {
      if (!hit) return;
      falsePositives++;
      mistakes.push(`wrong    ${entry.name} ← ${entry.unrelated[index]}`);
    });
    const others = corpus
      .filter((other) => other.family !== entry.family)
      .flatMap((other) => other.related);
    matched(entry, others, config).forEach((hit, index) => {
      crossPairs++;
      if (!hit) return;
      crossMatches++;
      mistakes.push(`crossed  ${entry.name} ← ${others[index]}`);
    });
  }
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    crossMatches,
    crossPairs,
    mistakes,
  };
}
