import { isDecision } from "@support/policy";
import { allDecisions, type Briefing } from "../briefing/model.js";
import { readableInstants } from "../output/instants.js";
import { type SafeOptions, safe } from "../output/safe.js";
import { dateTime } from "../output/time.js";

/** The handover note's data: what the handbook's handover section asks the post to cover. */
export interface HandoverNote {
  incident: string;
  /** When the hand-over happens (the end of the watcher's day, or now). */
  at: string;
  from: string | null;
  to: string | null;
  /** True when nobody else in support is online at the hand-over: write it all down. */
  detailedNotes: boolean;
  status: string;
  tickets: { related: number; attached: number; waiting: number };
  keyInformation: string[];
  toldUsers: Array<{
    where: "status_page" | "macro";
    updatedAt: string;
    text: string;
    note?: string;
  }>;
  /**
   * The note as text, ready to paste into the team channel's workflow thread: vendor text in it
   * has its control characters escaped and long fields cut (the other keys keep them as read).
   */
  text: string;
}

/** How vendor text is made safe: for a terminal (`safe`) or for a Slack message (`slackText`). */
export type Escape = (value: unknown, options?: SafeOptions) => string;

const quote = (text: string, escapeText: Escape) =>
  escapeText(text, { multiline: true })
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");

export function draftHandoverNote(
  briefing: Briefing,
  timeZone: string,
  escapeText: Escape = safe,
): HandoverNote {
  const { snapshot, evaluation } = briefing;
  const { incident } = snapshot;
  const now = Date.parse(snapshot.now);
  const show = (text: string) => readableInstants(text, now, timeZone);
  const details = evaluation.decisions.find(isDecision("handover"))?.details;
  // What the policy read of each ticket: related, attached (incident.io's attachments when they
  // were read, else the incident tag), the customer waiting on us.
  const related = evaluation.ticketStates.filter((state) => state.related);
  const tickets = {
    related: related.length,
    attached: related.filter((state) => state.attached).length,
    waiting: related.filter((state) => state.customerWaitingSince !== null).length,
  };
  const page = incident.statusPage;
  const affected = incident.affectedComponents;
  const status = [
    `${incident.reference} (${incident.severity}${incident.security ? ", security" : ""}) is ${incident.status}: ${incident.name}.`,
    affected.length > 0 ? `Affected: ${affected.join(", ")}.` : "",
    incident.roles.incidentLead ? `Incident lead: ${incident.roles.incidentLead.name}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const keyInformation = [
    ...allDecisions(evaluation)
      .filter((d) => d.blocking)
      .map((d) => `Blocking: ${show(d.summary)}`),
    ...evaluation.decisions
      .filter((d) => !d.blocking && d.owner === "support_watcher" && d.action !== "handover")
      .map((d) => `Open: ${show(d.summary)}`),
  ];
  const toldUsers: HandoverNote["toldUsers"] = [];
  if (page) toldUsers.push({ where: "status_page", updatedAt: page.updatedAt, text: page.message });
  if (incident.macro) {
    const approved = incident.macro.approvedByCommsAt !== undefined;
    toldUsers.push({
      where: "macro",
      updatedAt: incident.macro.updatedAt,
      text: incident.macro.body,
      ...(!approved && incident.roles.commsLead && { note: "not yet approved by the Comms Lead" }),
    });
  }
  const at = details?.at ?? snapshot.now;
  const to = details?.to?.name ?? null;
  const from = incident.roles.supportWatcher?.name ?? null;
  const detailedNotes = details?.detailedNotes === true;
  const lines = [
    `Handover for ${escapeText(incident.reference)} at ${dateTime(at, timeZone, now)}${from ? ` from ${escapeText(from)}` : ""}${to ? ` to ${escapeText(to)}` : ""}`,
    "",
    `*Status*: ${escapeText(status, { max: 600 })}`,
    `*Tickets*: ${tickets.related} related so far (${tickets.attached} attached to the incident, ${tickets.waiting} waiting on a reply).`,
    "*Key information*:",
    ...(keyInformation.length > 0
      ? keyInformation.map((k) => `• ${escapeText(k, { max: 400 })}`)
      : ["• Nothing open."]),
    "*What users were told*:",
    ...(toldUsers.length > 0
      ? toldUsers.flatMap((told) => [
          `• ${told.where === "status_page" ? "Status page" : "Macro"} (updated ${dateTime(told.updatedAt, timeZone, now)}${told.note ? `; ${told.note}` : ""}):`,
          quote(told.text, escapeText),
        ])
      : ["• Nothing published yet."]),
  ];
  if (detailedNotes) {
    lines.push(
      "",
      "Nobody else in support is online at the hand-over: the next person starts from this note alone, so add anything the incident channel does not make obvious.",
    );
  }
  return {
    incident: incident.reference,
    at: new Date(Date.parse(at)).toISOString(),
    from,
    to,
    detailedNotes,
    status,
    tickets,
    keyInformation,
    toldUsers,
    text: `${lines.join("\n")}\n`,
  };
}
