import type { IncidentInput } from "@support/policy";
import type { StatuspageIncident } from "@support/statuspage-client";
import { type DataProblems, isInstant, isUrl } from "./data-problems.js";

type PolicyStatusPage = NonNullable<IncidentInput["statusPage"]>;

const timeOf = (update: { created_at?: string; display_at?: string }) =>
  [update.display_at, update.created_at].find(isInstant);

const newestFirst = <T extends { created_at?: string; display_at?: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => Date.parse(timeOf(b) ?? "") - Date.parse(timeOf(a) ?? ""));

/**
 * A Statuspage incident as the policy's status page entry: the newest update's text, the
 * components it marks, and its public address (the link incident.io holds, else the configured
 * page's incident address, else the shortlink). Without any usable address or time the entry
 * is left out (`undefined`) and reported.
 */
export function toPolicyStatusPage(
  incident: StatuspageIncident,
  links: { permalink?: string | undefined; pageUrl?: string | undefined },
  problems: DataProblems,
): PolicyStatusPage | undefined {
  const id = typeof incident.id === "string" && incident.id !== "" ? incident.id : "unknown";
  const problem = (field: string, value: unknown, action: string) =>
    problems.add({
      vendor: "Statuspage",
      object: "status page incident",
      id,
      field,
      value,
      action,
    });
  const updates = Array.isArray(incident.incident_updates) ? incident.incident_updates : [];
  const latest = newestFirst(updates.filter((u) => u && typeof u === "object"))[0];
  const pageUrl = links.pageUrl?.replace(/\/+$/, "");
  const url = [
    links.permalink,
    pageUrl && id !== "unknown" ? `${pageUrl}/incidents/${id}` : undefined,
    incident.shortlink,
  ].find(isUrl);
  const updatedAt = [incident.updated_at, latest && timeOf(latest), incident.created_at].find(
    isInstant,
  );
  if (!url || !updatedAt) {
    problem(
      url ? "updated_at" : "shortlink",
      url ? incident.updated_at : incident.shortlink,
      `dropped the status page entry: it has no usable ${url ? "update time" : "address"}`,
    );
    return undefined;
  }
  if (latest && latest.body != null && typeof latest.body !== "string") {
    problem("incident_updates.body", latest.body, "used an empty message");
  }
  const components = Array.isArray(incident.components) ? incident.components : [];
  return {
    url,
    message: typeof latest?.body === "string" ? latest.body : "",
    components: components
      .map((c) => c?.name)
      .filter((n): n is string => typeof n === "string" && n !== ""),
    updatedAt,
  };
}
