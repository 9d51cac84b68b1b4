// Policies by team and config, each made once: the team and config validated, and what depends on
// them alone (schedules per instant, lint results per text, match profiles) kept for every request
// that brings the same ones. Bounded, oldest dropped first.
import { createPolicy, type Policy, PolicyInputError } from "@support/policy";
import { jsonKey, RecentlyUsed } from "./recently-used.js";

/** How many teams-and-configs are kept at once. */
export const POLICIES_KEPT = 16;
/** A team and config longer than this as JSON get a policy for the one request only. */
export const MAX_KEY_LENGTH = 64 * 1024;

export interface Policies {
  /**
   * The policy for a team and config as parsed from JSON (undefined config: the defaults), or
   * undefined when they are invalid (the caller's free evaluation then says why).
   */
  for(team: unknown, config: unknown): Policy | undefined;
}

export function createPolicies(max = POLICIES_KEPT): Policies {
  // undefined for a team and config the policy refused.
  const kept = new RecentlyUsed<Policy | undefined>(max);
  const made = (team: unknown, config: unknown): Policy | undefined => {
    try {
      return createPolicy({ team: team as never, config: config as never });
    } catch (error) {
      if (error instanceof PolicyInputError) return undefined;
      throw error;
    }
  };
  return {
    for(team, config) {
      // JSON of JSON-parsed values: equal keys are equal inputs.
      const key = jsonKey([team, config ?? null]);
      if (key === undefined || key.length > MAX_KEY_LENGTH) return made(team, config);
      return kept.lookup(key, () => made(team, config));
    },
  };
}
