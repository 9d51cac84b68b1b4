// What a policy keeps between evaluations: the validated team and config, its engines, and the
// work that depends only on them (schedules per instant, lint results per text, match profiles,
// each incident's readings), reused while its inputs are unchanged.

import { enginesFor, type LevelEngines } from "../engine/registry.js";
import type { EngineName } from "../engine/types.js";
import { subjectTerms } from "../match/relate.js";
import type { TextTerms } from "../match/terms.js";
import {
  incidentMatchProfile,
  type MatchProfile,
  matchTicketToProfile,
  type TicketMatch,
} from "../match-tickets.js";
import type { Config } from "../schemas/config.js";
import type { Incident } from "../schemas/incident.js";
import type { Person } from "../schemas/person.js";
import type { Ticket } from "../schemas/ticket.js";
import { BoundedCache } from "../situation/cache.js";
import { LintMemo } from "../situation/linting.js";
import { readIncident } from "../situation/readings.js";
import { Schedules } from "../situation/schedules.js";
import type { IncidentReadings } from "../situation/types.js";
import { supportPeople } from "../situation/watcher.js";
import { type Coverage, coverageFromRoster, type RosterEntry } from "../time/coverage.js";

export interface PolicyCore {
  /** Whether the core outlives the call (a policy's): what it keeps is then copied for callers. */
  kept: boolean;
  team: readonly Person[];
  config: Config;
  engines: LevelEngines;
  schedules: Schedules;
  memo: LintMemo;
  profiles: BoundedCache<string, MatchProfile>;
  /** Ticket subjects as terms, per match profile. */
  subjects: WeakMap<MatchProfile, BoundedCache<string, TextTerms>>;
  /** Readings per validated incident (the same object while its input is unchanged). */
  readings: WeakMap<Incident, IncidentReadings>;
  /** The roster and its coverage per instant and watcher. */
  rosters: BoundedCache<string, { roster: RosterEntry[]; coverage: Coverage }>;
  /** Each validated ticket's match against each validated incident (null: not related). */
  matches: WeakMap<Incident, WeakMap<Ticket, TicketMatch | null>>;
}

export function policyCore(
  team: readonly Person[],
  config: Config,
  engine: EngineName,
  kept = false,
): PolicyCore {
  return {
    kept,
    team,
    config,
    engines: enginesFor(engine),
    schedules: new Schedules(config.defaultWorkingHours),
    memo: new LintMemo(),
    profiles: new BoundedCache(64),
    subjects: new WeakMap(),
    readings: new WeakMap(),
    rosters: new BoundedCache(16),
    matches: new WeakMap(),
  };
}

/**
 * The incident's readings; its match profile lasts while what matching reads of it (number,
 * declaration, name and components) stays.
 */
export function readingsOf(core: PolicyCore, incident: Incident): IncidentReadings {
  const known = core.readings.get(incident);
  if (known) return known;
  const { number, declaredAt, name, affectedComponents } = incident;
  const key = [number, declaredAt, name, ...affectedComponents].join("\u0000");
  const profile = core.profiles.through(key, () => incidentMatchProfile(incident, core.config));
  const readings = readIncident(incident, core.config, profile, core.memo);
  core.readings.set(incident, readings);
  return readings;
}

/** A subject's terms for matching, worked out once per subject. */
export function subjectOf(core: PolicyCore, profile: MatchProfile, subject: string): TextTerms {
  let subjects = core.subjects.get(profile);
  if (!subjects) {
    subjects = new BoundedCache(100_000);
    core.subjects.set(profile, subjects);
  }
  return subjects.through(subject, () => subjectTerms(subject, profile.text));
}

// A validated watcher is one object while its input is unchanged: its key is written once.
const watcherKeys = new WeakMap<Person, string>();
const watcherKey = (watcher: Person | undefined): string => {
  if (!watcher) return "";
  let key = watcherKeys.get(watcher);
  if (key === undefined) {
    key = JSON.stringify(watcher);
    watcherKeys.set(watcher, key);
  }
  return key;
};

/** Everyone in support laid out at `now`, and who of them is within working hours. */
export function rosterOf(core: PolicyCore, incident: Incident, now: number) {
  const key = `${now}\u0000${watcherKey(incident.roles.supportWatcher)}`;
  return core.rosters.through(key, () => {
    const roster = core.schedules.roster(supportPeople(core.team, incident), now);
    return { roster, coverage: coverageFromRoster(roster, now) };
  });
}

/**
 * The ticket's match against the incident, worked out once for both validated objects. Readers
 * get it as the policy keeps it: decisions copy what they show of it.
 */
export function matchOf(
  core: PolicyCore,
  incident: Incident,
  readings: IncidentReadings,
  ticket: Ticket,
): TicketMatch | undefined {
  let byTicket = core.matches.get(incident);
  if (!byTicket) {
    byTicket = new WeakMap();
    core.matches.set(incident, byTicket);
  }
  const known = byTicket.get(ticket);
  if (known !== undefined) return known ?? undefined;
  const subject = subjectOf(core, readings.profile, ticket.subject);
  const match = matchTicketToProfile(readings.profile, ticket, subject);
  byTicket.set(ticket, match ?? null);
  return match;
}
