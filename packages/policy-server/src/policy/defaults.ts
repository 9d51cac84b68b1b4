import { invalidInput } from "../http/errors.js";

/** What the server config file supplies when a request leaves it out. */
export interface PolicyDefaults {
  /** The support roster (already validated against the policy's PersonSchema). */
  team?: readonly unknown[];
  /** Policy config overrides (already validated against the policy's ConfigSchema). */
  config?: Readonly<Record<string, unknown>>;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The configured config with the request's keys on top, key by key. A request value that is not
 * an object goes through untouched, so the policy names it as the bad field.
 */
export function mergeConfig(configured: Readonly<Json> | undefined, given: unknown): unknown {
  if (configured === undefined || given === undefined) return given ?? configured;
  return isObject(given) ? { ...configured, ...given } : given;
}

/** The context the policy sees: the request's, with `now`, `team` and `config` filled in. */
export function contextWithDefaults(
  context: Json | undefined,
  defaults: PolicyDefaults,
  now: () => Date,
): Json {
  const given = context ?? {};
  const team = given.team ?? defaults.team;
  if (team === undefined) {
    throw invalidInput([
      {
        path: "context.team",
        message:
          "Required: send context.team, or start the server with a config file that has a team.",
      },
    ]);
  }
  const config = mergeConfig(defaults.config, given.config);
  return {
    ...given,
    now: given.now ?? now().toISOString(),
    team,
    ...(config === undefined ? {} : { config }),
  };
}
