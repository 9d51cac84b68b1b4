// How a rule names where it comes from, so POLICY.md cites every source the same way.

export function handbookSection(...headings: string[]): string {
  return `Handbook: ${headings.map((heading) => `"${heading}"`).join("; ")}`;
}

const STATUSPAGE_TIPS =
  "https://support.atlassian.com/statuspage/docs/incident-communication-tips/";

export function statuspageTip(tip: string): string {
  return `Atlassian Statuspage, "Incident communication tips": "${tip}" (${STATUSPAGE_TIPS})`;
}
