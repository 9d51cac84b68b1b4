// What gives away our internals: private hosts, engineering tools, addresses, service names, traces.
import { TextPattern } from "../patterns.js";

/** Top-level labels that only resolve inside a private network. */
export const PRIVATE_TLDS = new Set([
  "internal",
  "local",
  "localdomain",
  "lan",
  "corp",
  "intranet",
  "home",
  "svc",
  "private",
]);

/** Engineering tools whose pages customers cannot open. */
export const INTERNAL_TOOLS: ReadonlyArray<{ name: string; host: RegExp; path?: RegExp }> = [
  {
    name: "Jira or Confluence",
    host: /(?:^|\.)atlassian\.net$/,
    path: /^\/(?:browse|wiki|jira)\//,
  },
  { name: "Linear", host: /^linear\.app$/, path: /\/issue\// },
  { name: "incident.io", host: /^app\.incident\.io$/ },
  { name: "Slack", host: /(?:^|\.)slack\.com$/, path: /^\/(?:archives|client)\// },
  { name: "Grafana", host: /(?:^|[.-])grafana(?:[.-]|$)/ },
  { name: "Datadog", host: /(?:^|\.)datadoghq\.(?:com|eu)$/ },
  { name: "Sentry", host: /(?:^|\.)sentry\.io$/, path: /\/(?:issues|organizations)\// },
  { name: "PagerDuty", host: /\.pagerduty\.com$/, path: /^\/incidents\// },
  { name: "a GitHub pull request", host: /^github\.com$/, path: /^\/[^/]+\/[^/]+\/pull\/\d+/ },
  { name: "the Zendesk agent view", host: /\.zendesk\.com$/, path: /^\/agent\// },
];

export const IPV4 = new TextPattern(
  /(?<![\p{L}\p{N}_.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\p{N}|\.\p{N})/gu,
);

/** Candidates only: `isIpv6` rejects clock times and other colon-separated numbers. */
export const IPV6_CANDIDATE = new TextPattern(
  /(?<![\p{L}\p{N}_:.])(?:[0-9a-f]{1,4})?(?:::?[0-9a-f]{1,4}){1,7}(?:::)?(?![\p{L}\p{N}_:])/giu,
);

export function isIpv6(candidate: string): boolean {
  const compressed = candidate.indexOf("::");
  const groups = candidate.split(/::?/).filter((group) => group !== "").length;
  if (compressed === -1) return groups === 8;
  return compressed === candidate.lastIndexOf("::") && groups >= 2;
}

/** kebab-case or snake_case identifiers; `isServiceName` decides whether they name our machinery. */
export const IDENTIFIER = new TextPattern(
  /(?<![\p{L}\p{N}_./@#-])[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?![\p{L}\p{N}_@-]|\.[a-z0-9])/giu,
);

const INFRA_TOKENS = new Set([
  "prod",
  "stg",
  "staging",
  "preprod",
  "canary",
  "k8s",
  "svc",
  "worker",
  "workers",
  "consumer",
  "consumers",
  "producer",
  "broker",
  "replica",
  "shard",
  "db",
  "pg",
  "redis",
  "kafka",
  "clickhouse",
  "cron",
  "ingester",
  "pod",
  "cluster",
]);

/**
 * "clickhouse-prod-2", "events_consumer" and "staging-db" name machinery; "co-worker" and
 * "posthog-js" do not: an infrastructure word plus a number, an underscore, a third part or a
 * second infrastructure word.
 */
export function isServiceName(identifier: string): boolean {
  const parts = identifier.toLowerCase().split(/[-_]/);
  const infra = parts.filter((part) => INFRA_TOKENS.has(part)).length;
  if (infra === 0) return false;
  return infra >= 2 || parts.length >= 3 || /\d/.test(identifier) || identifier.includes("_");
}

export const STACK_TRACE = new TextPattern(
  [
    "Traceback \\(most recent call last\\)",
    "(?<![\\p{L}\\p{N}_])at [\\w$.<>]+ ?\\([^()\\s]*:\\d+(?::\\d+)?\\)",
    'File "[^"\\n]+", line \\d+',
    "(?<![\\p{L}\\p{N}_/.-])[\\w./-]+\\.(?:py|js|mjs|cjs|ts|tsx|jsx|go|java|kt|rb|rs|php|cs|scala|ex|exs):\\d+",
    "(?<![\\p{L}\\p{N}_])(?:[A-Z][a-z0-9]+)+(?:Error|Exception)(?=:)",
    "goroutine \\d+ \\[[a-z ]+\\]",
  ].join("|"),
  "gu",
);

export const SLACK_CHANNEL = new TextPattern(
  /(?<![\p{L}\p{N}_&#/])#[a-z][a-z0-9_-]*[a-z0-9](?![\p{L}\p{N}_-])/giu,
);

export function isHexColour(text: string): boolean {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(text);
}
