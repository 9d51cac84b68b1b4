/**
 * The size caps on every input, so no input can make an evaluation slow or unbounded: a value past
 * its cap is a PolicyInputError naming the field. Documented in the package README.
 */
export const LIMITS = {
  /** Ids, names, handles, channels, tags, component names, ticket subjects. */
  shortText: 10_000,
  /** Status page messages, macro bodies, draft replies, and any text given to `lint`. */
  longText: 1_000_000,
  url: 2_048,
  /** Tickets given to evaluateIncident, matchTickets or suggestIncidents, and a queue. */
  tickets: 100_000,
  /** The support roster. */
  team: 10_000,
  liveIncidents: 1_000,
  /** Tags of a ticket or macro, affected or marked components. */
  tags: 1_000,
  workingHours: 100,
  outOfOffice: 1_000,
  /** Terms of one config term list (jargon, allowedTerms, internalDomains), and phrases per group. */
  terms: 2_000,
  /** Characters of one configured term, keyword or phrase. */
  term: 200,
  /** Components in componentKeywords, groups in matchVocabulary or matchSymptoms. */
  groups: 1_000,
  /** Every config minute value: 30 days. */
  minutes: 43_200,
  /** Config ticket counts. */
  count: 100_000,
} as const;
