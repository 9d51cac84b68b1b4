import { z } from "zod";
import {
  DEFAULT_MATCH_REQUESTS,
  DEFAULT_MATCH_SYMPTOMS,
  DEFAULT_MATCH_VOCABULARY,
} from "../match/vocabulary.js";
import { SeveritySchema } from "./incident.js";
import { LIMITS } from "./limits.js";
import {
  DEFAULT_WORKING_HOURS,
  listOf,
  NonEmptyString,
  UrlSchema,
  WorkingIntervalSchema,
} from "./primitives.js";

const copyLists = (lists: Readonly<Record<string, readonly string[]>>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(lists).map(([key, words]) => [key, [...words]]));

/** A config minute value, bounded so no instant computed from it can leave the calendar. */
const minuteValue = (min = 0) =>
  z
    .int()
    .min(min, { error: `must be a whole number of minutes, ${min} or more` })
    .max(LIMITS.minutes, { error: `must be at most ${LIMITS.minutes} minutes (30 days)` });
const minutes = (fallback: number, what: string) => minuteValue().default(fallback).describe(what);

const countOf = (min: number) =>
  z
    .int()
    .min(min, { error: `must be a whole number, ${min} or more` })
    .max(LIMITS.count, { error: `must be at most ${LIMITS.count}` });

/** A configured term: not empty, not long. */
const Term = z.string().max(LIMITS.term, { error: `must be at most ${LIMITS.term} characters` });
const terms = () => listOf(Term, LIMITS.terms, "terms");
const GroupName = NonEmptyString.max(LIMITS.term);
/** Name → words; a `__proto__` key (which a record would silently drop) is refused. */
const groups = () =>
  z.preprocess(
    (value, ctx) => {
      if (typeof value === "object" && value !== null && Object.hasOwn(value, "__proto__")) {
        ctx.addIssue({ code: "custom", message: "must not be __proto__", path: ["__proto__"] });
      }
      return value;
    },
    z
      .record(GroupName, listOf(Term.min(1, { error: "must not be empty" }), LIMITS.terms, "words"))
      .refine((record) => Object.keys(record).length <= LIMITS.groups, {
        error: `must hold at most ${LIMITS.groups} entries`,
      }),
  );

/** Every tunable the handbook leaves open, with its documented default. */
export const ConfigSchema = z.strictObject({
  volunteerAfterMinutes: minutes(
    5,
    "Minutes after the watcher request when anyone in working hours should volunteer.",
  ),
  nudgeAfterMinutes: minutes(
    10,
    "Minutes after the watcher request (or declaration) before the incident lead is nudged.",
  ),
  handoverLeadMinutes: minutes(
    60,
    "Hand over when the watcher's working hours end within this many minutes.",
  ),
  handoverComingOnlineMinutes: minutes(
    60,
    "Handover candidates are people working at the handover or starting within this many minutes after it.",
  ),
  shiftBreakMaxMinutes: minutes(
    180,
    "Breaks in a person's working hours shorter than this (lunch) do not end their working day.",
  ),
  // Accepted so configs written for earlier versions still validate; it no longer changes anything.
  handoverHorizonMinutes: minuteValue()
    .optional()
    .meta({ deprecated: true })
    .describe(
      "Deprecated and ignored: handover candidates now come from handoverComingOnlineMinutes, and when nobody qualifies the next person to come online is named.",
    ),
  csResponseTimeoutMinutes: minutes(
    30,
    "How long a CS/sales side conversation may stay unanswered before support replies itself.",
  ),
  ticketPatternThreshold: countOf(1)
    .default(3)
    .describe("Related tickets that make a pattern worth reporting."),
  raiseIncidentMinTickets: countOf(2)
    .default(3)
    .describe(
      "Tickets about the same thing, with no live incident explaining them, that suggest declaring one.",
    ),
  raiseIncidentWindowMinutes: minuteValue(1)
    .default(60)
    .describe("How far back from now tickets count towards suggesting an incident."),
  lookbackMinutes: minutes(
    180,
    "Tickets created up to this long before declaration can be related to the incident.",
  ),
  onCallGlobalMinSeverity: SeveritySchema.default("major").describe(
    "Outside support hours, incidents at or above this severity go to the engineering on-call.",
  ),
  onCallGlobal: NonEmptyString.default("@on-call-global").describe(
    "Slack handle of the engineering on-call that covers outside support hours.",
  ),
  teamChannel: NonEmptyString.default("#team-support").describe("The support team's channel."),
  marketingChannel: NonEmptyString.default("#team-marketing").describe(
    "Where to ask for a Comms Lead.",
  ),
  marketingHandle: NonEmptyString.default("@all-marketers").describe(
    "Slack handle that reaches marketing.",
  ),
  csChannel: NonEmptyString.default("#cs-sales-support").describe(
    "Channel for side conversations with TAMs and CSMs.",
  ),
  macroTemplate: NonEmptyString.default("Incident information").describe(
    "The Zendesk macro to clone for a new incident macro.",
  ),
  defaultWorkingHours: listOf(WorkingIntervalSchema, LIMITS.workingHours, "intervals")
    .default(() =>
      DEFAULT_WORKING_HOURS.map((interval) => ({ ...interval, days: [...interval.days] })),
    )
    .describe("Working hours for people who do not list their own (their local time)."),
  componentKeywords: groups()
    .optional()
    .describe(
      "Component name → the team's own words for it: a ticket subject naming one of them names that component (case-insensitive, any inflection).",
    ),
  matchVocabulary: groups()
    .default(() => copyLists(DEFAULT_MATCH_VOCABULARY))
    .describe(
      "Product area → the words customers use for it; an incident and a ticket naming the same area share it. Merged over the default by area: an area given replaces the default's list, an empty list removes it.",
    ),
  matchSymptoms: groups()
    .default(() => copyLists(DEFAULT_MATCH_SYMPTOMS))
    .describe(
      "Symptom group → the words that report it. A ticket matches by its words only when it reports a problem, of a kind that agrees with the incident's. Merged over the default by group, like matchVocabulary.",
    ),
  matchRequests: groups()
    .default(() => copyLists(DEFAULT_MATCH_REQUESTS))
    .describe(
      "Group → phrases of questions and requests rather than faults (how-to, feature requests, money, docs): a subject using one matches by its words only when the incident names that phrase too. Merged over the default by group, like matchVocabulary.",
    ),
  jargon: terms().optional().describe("Extra jargon the lint flags."),
  allowedTerms: terms().optional().describe("Terms the lint never flags as jargon."),
  statusPageUrl: UrlSchema.optional().describe("The public status page."),
  internalDomains: terms().optional().describe("Domains whose links must never reach customers."),
});
export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
