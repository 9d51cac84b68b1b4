import type { Person } from "@support/policy";
import type { WatcherConfig } from "../config/schema.js";
import { isEmail } from "./data-problems.js";
import type { Warnings } from "./warnings.js";

const key = (text: string) => text.trim().toLowerCase();
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/**
 * Finds people from vendor data (incident.io users, TAM/CSM emails) in the configured rosters,
 * which hold their time zones and working hours.
 */
export class People {
  readonly #byEmail = new Map<string, Person>();
  readonly #byName = new Map<string, Person>();
  readonly #config: WatcherConfig;
  readonly #warnings: Warnings;

  constructor(config: WatcherConfig, warnings: Warnings) {
    this.#config = config;
    this.#warnings = warnings;
    for (const person of [...config.team, ...config.accountTeam]) {
      if (person.email) this.#byEmail.set(key(person.email), person);
      this.#byName.set(key(person.name), person);
    }
  }

  /**
   * The roster entry for this email or name, else a person in the default time zone. `role`
   * names them in a note, for people whose hours matter (the watcher, TAMs and CSMs).
   */
  find(who: { name?: string | undefined; email?: string | undefined }, role?: string): Person {
    const [name, email] = [text(who.name), text(who.email)];
    const known = (email && this.#byEmail.get(key(email))) || (name && this.#byName.get(key(name)));
    if (known) return known;
    const shown = name?.trim() || email?.trim() || "unknown";
    if (role) {
      this.#warnings.add(
        `${shown} (${role}) is in neither team nor accountTeam of the config; their hours are assumed to be the default in ${this.#config.defaultTimezone}.`,
      );
    }
    return {
      name: shown,
      ...(isEmail(email) && { email }),
      timezone: this.#config.defaultTimezone,
    };
  }
}
