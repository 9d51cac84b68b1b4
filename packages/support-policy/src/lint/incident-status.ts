// Incident statuses from incident.io and Statuspage that mean "still going on".
const LIVE_STATUSES = new Set([
  "triage",
  "active",
  "live",
  "investigating",
  "identified",
  "fixing",
  "monitoring",
  "in_progress",
  "verifying",
]);

/** True only when the status says the incident is unresolved; unknown or missing is not live. */
export function isLive(status: string | undefined): boolean {
  return (
    status !== undefined &&
    LIVE_STATUSES.has(
      status
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, "_"),
    )
  );
}
