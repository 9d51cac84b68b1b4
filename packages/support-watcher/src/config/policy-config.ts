import type { ConfigInput } from "@support/policy";
import type { WatcherConfig } from "./schema.js";

/** The policy's `config`: the overrides, plus channel names and the status page URL. */
export function policyConfigOf(config: WatcherConfig): ConfigInput {
  const { channels, statusPage } = config;
  return {
    ...config.policy,
    ...(channels.team !== undefined && { teamChannel: channels.team }),
    ...(channels.marketing !== undefined && { marketingChannel: channels.marketing }),
    ...(channels.marketingHandle !== undefined && { marketingHandle: channels.marketingHandle }),
    ...(channels.cs !== undefined && { csChannel: channels.cs }),
    ...(channels.onCallGlobal !== undefined && { onCallGlobal: channels.onCallGlobal }),
    ...(statusPage.url !== undefined && { statusPageUrl: statusPage.url }),
  };
}
