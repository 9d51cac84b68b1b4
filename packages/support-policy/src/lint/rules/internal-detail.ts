import type { Link } from "../links.js";
import { dropContained, findAll, type Match, quote, within } from "../patterns.js";
import type { LintRule } from "../rule.js";
import { statuspageTip } from "../sources.js";
import { isOnStatusPageSite } from "../status-page.js";
import {
  IDENTIFIER,
  INTERNAL_TOOLS,
  IPV4,
  IPV6_CANDIDATE,
  isHexColour,
  isIpv6,
  isServiceName,
  PRIVATE_TLDS,
  SLACK_CHANNEL,
  STACK_TRACE,
} from "./internal-detail-patterns.js";

interface Detail extends Match {
  message: string;
}

/** The host, or a domain it is under, is one of the domains. */
function underAny(host: string, domains: ReadonlySet<string>): boolean {
  if (domains.size === 0) return false;
  for (let at = -1; ; at = host.indexOf(".", at + 1)) {
    if (domains.has(host.slice(at + 1))) return true;
    if (host.indexOf(".", at + 1) === -1) return false;
  }
}

function describeLink(link: Link, internalDomains: ReadonlySet<string>): string | undefined {
  const tool = INTERNAL_TOOLS.find(
    ({ host, path }) => host.test(link.host) && (path === undefined || path.test(link.path)),
  );
  if (tool) return `This links to ${tool.name}, which customers can't open.`;
  const topLabel = link.host.slice(link.host.lastIndexOf(".") + 1);
  const privateHost =
    link.host === "localhost" ||
    /^\d{1,3}(?:\.\d{1,3}){3}$/.test(link.host) ||
    PRIVATE_TLDS.has(topLabel) ||
    (link.hasScheme && !link.host.includes(".")) ||
    underAny(link.host, internalDomains);
  return privateHost ? "This is an internal address customers can't reach." : undefined;
}

function normaliseDomains(domains: readonly string[] | undefined): Set<string> {
  return new Set(
    (domains ?? [])
      .map((domain) =>
        domain
          .trim()
          .toLowerCase()
          .replace(/^\*?\./, ""),
      )
      .filter((domain) => domain !== ""),
  );
}

function detailsIn(
  text: string,
  links: readonly Link[],
  internalDomains: ReadonlySet<string>,
): Detail[] {
  const linkDetails = links.flatMap((link) => {
    const message = describeLink(link, internalDomains);
    return message ? [{ ...link, text: text.slice(link.start, link.end), message }] : [];
  });
  const ipMessage = "This is an IP address, an internal detail customers can't use.";
  const ips = [
    ...findAll(IPV4, text),
    ...findAll(IPV6_CANDIDATE, text).filter((match) => isIpv6(match.text)),
  ].map((match) => ({ ...match, message: ipMessage }));
  const services = findAll(IDENTIFIER, text)
    .filter((match) => isServiceName(match.text))
    .map((match) => ({
      ...match,
      message: `${quote(match.text)} looks like an internal service name customers won't recognise.`,
    }));
  const traces = findAll(STACK_TRACE, text).map((match) => ({
    ...match,
    message: "This looks like part of a stack trace, which means nothing to customers.",
  }));
  const channels = findAll(SLACK_CHANNEL, text)
    .filter((match) => !isHexColour(match.text))
    .map((match) => ({
      ...match,
      message: `${quote(match.text)} is an internal Slack channel customers can't see.`,
    }));
  return [...linkDetails, ...ips, ...services, ...traces, ...channels];
}

export const internalDetail: LintRule = {
  meta: {
    id: "internal_detail",
    kinds: ["status_page", "macro", "reply"],
    severity: "error",
    source: statuspageTip("Communicate precisely"),
    description:
      "Flags internal hostnames (private top-level domains and the configured `internalDomains`), " +
      "IP addresses, service or cluster names, stack traces, Slack channels and links to internal " +
      "tools (Jira, Linear, incident.io, Slack, Grafana, Datadog, Sentry, PagerDuty, GitHub pull " +
      "requests, the Zendesk agent view). Status page links are never flagged.",
  },
  check({ text, links, statusPages, context }) {
    const internalDomains = normaliseDomains(context.config?.internalDomains);
    const onPublicLink = within(links.filter((link) => isOnStatusPageSite(link, statusPages)));
    const details = detailsIn(text, links, internalDomains).filter(
      (detail) => !onPublicLink(detail),
    );
    return dropContained(details).map((detail) => ({
      message: detail.message,
      span: [detail.start, detail.end],
      suggestion: "Leave internal details out and describe the impact in the product's terms.",
    }));
  },
};
