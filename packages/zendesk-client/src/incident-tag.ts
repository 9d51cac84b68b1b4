import { describeValue, invalidArgument } from "@support/api-core";

const REFERENCE = /^(?:INC-)?([1-9]\d*)$/i;

/**
 * The Zendesk tag that marks a ticket or macro as belonging to an incident: `incident/<n>`.
 * Takes the incident number (`42`) or its reference (`"INC-42"`, `"42"`).
 */
export function zendeskIncidentTag(incident: number | string): string {
  const digits =
    typeof incident === "number" && Number.isSafeInteger(incident) && incident > 0
      ? String(incident)
      : typeof incident === "string"
        ? REFERENCE.exec(incident.trim())?.[1]
        : undefined;
  if (digits === undefined) {
    invalidArgument(
      "zendeskIncidentTag",
      `"incident" must be an incident number such as 42 or a reference such as "INC-42", got ${describeValue(incident)}`,
    );
  }
  return `incident/${digits}`;
}

/** @deprecated Use `zendeskIncidentTag`; this name collides with `@support/policy`'s. */
export const incidentTag = zendeskIncidentTag;
