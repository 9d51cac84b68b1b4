import type { IncidentInput } from "@support/policy";
import type { Incident as StatuspageIncident } from "@support/statuspage-client";

type PolicyStatusPage = NonNullable<IncidentInput["statusPage"]>;

const newestFirst = <T extends { created_at?: string; display_at?: string }>(items: readonly T[]) =>
  [...items].sort(
    (a, b) =>
      Date.parse(b.display_at ?? b.created_at ?? "") -
      Date.parse(a.display_at ?? a.created_at ?? ""),
  );

/**
 * A Statuspage incident as the policy's status page entry: the newest update's text, the
 * components it marks, and its public address (the link incident.io holds, else the configured
 * page's incident address, else the shortlink).
 */
export function toPolicyStatusPage(
  incident: StatuspageIncident,
  links: { permalink?: string | undefined; pageUrl?: string | undefined },
): PolicyStatusPage {
  const latest = newestFirst(incident.incident_updates ?? [])[0];
  const pageUrl = links.pageUrl?.replace(/\/+$/, "");
  const url =
    links.permalink ??
    (pageUrl && incident.id ? `${pageUrl}/incidents/${incident.id}` : incident.shortlink);
  const updatedAt = incident.updated_at ?? latest?.created_at ?? incident.created_at;
  if (!url || !updatedAt) {
    throw new Error(`Statuspage incident ${incident.id ?? "?"} has no address or update time`);
  }
  return {
    url,
    message: latest?.body ?? "",
    components: (incident.components ?? []).map((c) => c.name).filter((n): n is string => !!n),
    updatedAt,
  };
}
