import type { Config } from "../schemas/config.js";

/** Config values rules compare against, exposed as facts so POLICY.md shows the default. */
export const CONFIG_FACTS = [
  "nudgeAfterMinutes",
  "handoverLeadMinutes",
  "ticketPatternThreshold",
  "raiseIncidentMinTickets",
] as const satisfies ReadonlyArray<keyof Config>;

export type ConfigFactName = (typeof CONFIG_FACTS)[number];
export type ConfigFacts = Pick<Config, ConfigFactName>;

export const configFacts = (config: Config): ConfigFacts => ({
  nudgeAfterMinutes: config.nudgeAfterMinutes,
  handoverLeadMinutes: config.handoverLeadMinutes,
  ticketPatternThreshold: config.ticketPatternThreshold,
  raiseIncidentMinTickets: config.raiseIncidentMinTickets,
});
