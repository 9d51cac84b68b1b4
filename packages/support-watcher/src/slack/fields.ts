import type { IncidentInput } from "@support/policy";
import { isUrl } from "../adapters/data-problems.js";
import type { SlackReading } from "./read.js";

/** The policy input fields read from Slack, each set only when Slack says something about it. */
export type SlackFields = Pick<
  IncidentInput,
  | "supportWatcherRequestedAt"
  | "lastTeamUpdateAt"
  | "handRaises"
  | "handoverNotes"
  | "ticketPatternReportedAt"
> & { announcedToTeamAt?: string };

// The policy takes lists of any length; a thread this long is noise past its newest entries.
const KEEP = 100;

/**
 * What the reading means for the policy: the workflow post's time is `supportWatcherRequestedAt`;
 * the newest support post in the thread or team channel is `lastTeamUpdateAt`; the first one
 * after the macro was created that mentions it is the macro's `announcedToTeamAt`; hands raised
 * and handover notes in the thread; the first pattern note in the incident channel is
 * `ticketPatternReportedAt`.
 */
export function slackFields(
  reading: SlackReading,
  macroCreatedAt: string | undefined,
): SlackFields {
  const fields: SlackFields = {};
  if (reading.workflowPost) fields.supportWatcherRequestedAt = reading.workflowPost.at;
  const last = reading.supportPosts.at(-1);
  if (last) fields.lastTeamUpdateAt = last.at;
  if (macroCreatedAt !== undefined) {
    const created = Date.parse(macroCreatedAt);
    const announced = reading.supportPosts.find(
      (p) => p.mentionsMacro && Date.parse(p.at) >= created,
    );
    if (announced) fields.announcedToTeamAt = announced.at;
  }
  if (reading.handRaises.length > 0)
    fields.handRaises = reading.handRaises.slice(-KEEP).map(({ name, at }) => ({ name, at }));
  if (reading.handoverNotes.length > 0)
    fields.handoverNotes = reading.handoverNotes.slice(-KEEP).map((note) => ({
      at: note.at,
      ...(note.by !== undefined && { by: note.by }),
      ...(isUrl(note.url) && { url: note.url }),
    }));
  const pattern = reading.patternNotes.find((note) => note.where === "incident_channel");
  if (pattern) fields.ticketPatternReportedAt = pattern.at;
  return fields;
}

/** The fields merged into the incident: Slack's where it knows, the rest as read elsewhere. */
export function withSlackFields(incident: IncidentInput, fields: SlackFields): IncidentInput {
  const { announcedToTeamAt, ...rest } = fields;
  const merged: IncidentInput = { ...incident, ...rest };
  if (announcedToTeamAt !== undefined && incident.macro)
    merged.macro = { ...incident.macro, announcedToTeamAt };
  return merged;
}
