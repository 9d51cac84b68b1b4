import type { Decision, DecisionOf, IncidentInput } from "@support/policy";
import type { Briefing } from "../briefing/model.js";
import { clockTime } from "../output/time.js";
import { decisionKey } from "../watch/diff.js";
import { markerLine, type PostKind, type PostMarker } from "./marker.js";
import { slackText } from "./text.js";

/** One message support-watcher would post, with where it goes and the marker it carries. */
export interface PlannedPost {
  kind: PostKind;
  /** The decision it carries out (`announce-macro`), when it comes from one. */
  ruleId?: string | undefined;
  /** Where, for people: `#team-support (workflow thread)`, `the incident channel`. */
  where: string;
  channel: string;
  /** The workflow thread, when the post is a reply in it. */
  threadTs?: string | undefined;
  /** A reply the whole channel sees too (team announcements and updates). */
  broadcast: boolean;
  /** The message: Slack mrkdwn whose vendor text is escaped (see slackText). */
  text: string;
  marker: PostMarker;
  /** Flat fields the marker's metadata carries besides the marker (an acknowledgement's content). */
  payload?: Readonly<Record<string, string>> | undefined;
}

const quote = (text: string) =>
  slackText(text, { multiline: true, max: 600 })
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");

const finish = (lines: string[], marker: PostMarker) =>
  `${[...lines, markerLine(marker)].join("\n")}`;

/** The team announcement that the macro exists (`announce_macro`). */
export function macroAnnouncement(
  incident: IncidentInput,
  statusPageUrl: string | undefined,
): { lines: string[]; key: string } | undefined {
  const macro = incident.macro;
  if (!macro) return undefined;
  return {
    key: macro.id,
    lines: [
      `*${slackText(incident.reference)}*: the macro "${slackText(macro.title)}" is ready in Zendesk. Please reply to tickets about this incident with it, so every answer says the same.`,
      ...(statusPageUrl ? [`Status page: ${slackText(statusPageUrl, { max: 300 })}`] : []),
    ],
  };
}

/**
 * The team update (`update_team`): what changed, as the decision's details say (the user impact,
 * the resolution, or both), and what customers are told now. The key is the change it reports,
 * so a resolution after an impact change is a new update.
 */
export function teamUpdate(
  incident: IncidentInput,
  decision: DecisionOf<"update_team">,
  relatedTickets: number,
  when: (instant: string) => string,
): { lines: string[]; key: string } {
  const page = incident.statusPage;
  const state = `${incident.severity}${incident.security ? ", security" : ""}, ${incident.status}`;
  const resolved = decision.details.resolved === true && incident.resolvedAt !== undefined;
  const impact = decision.details.impactChanged === true ? incident.impactChangedAt : undefined;
  // A resolution is itself a status change; the impact is worth its own words only before it.
  const impactBefore =
    impact !== undefined &&
    (!resolved || Date.parse(impact) < Date.parse(incident.resolvedAt as string));
  const ref = slackText(incident.reference);
  const headline = resolved
    ? `*${ref} is resolved* (${slackText(state)}): ${slackText(incident.name)}. It was resolved at ${slackText(when(incident.resolvedAt as string))}${impactBefore ? `; the user impact had changed at ${slackText(when(impact as string))}, since the last team update` : ""}.`
    : `*Update on ${ref}* (${slackText(state)}): ${slackText(incident.name)}. The user impact changed${impact ? ` at ${slackText(when(impact))}` : ""}.`;
  return {
    // An impact change keeps the key it always had, so updates posted before stay recognised.
    key: resolved
      ? `resolved:${incident.resolvedAt}`
      : (incident.impactChangedAt ?? incident.declaredAt),
    lines: [
      headline,
      ...(page
        ? [
            "What the status page tells customers now:",
            quote(page.message),
            `Status page: ${slackText(page.url, { max: 300 })}`,
          ]
        : []),
      `Related tickets so far: ${relatedTickets}.`,
    ],
  };
}

/** The pattern note (`report_ticket_pattern`), for the incident channel and the team channel. */
export function patternNote(incident: IncidentInput, decision: Decision): string[] {
  const ids = decision.action === "report_ticket_pattern" ? decision.details.ticketIds : [];
  const shown = ids.slice(0, 10).map((id) => `#${slackText(id, { max: 40 })}`);
  const more = ids.length > shown.length ? ` and ${ids.length - shown.length} more` : "";
  return [
    `*Ticket pattern for ${slackText(incident.reference)}*: ${ids.length} support tickets about the same problem came in (${shown.join(", ")}${more}). Support may be seeing this before monitoring does.`,
  ];
}

export interface ComposeContext {
  briefing: Briefing;
  timeZone: string;
  statusPageUrl: string | undefined;
  team: { id: string; name: string } | undefined;
  threadTs: string | undefined;
  incidentChannel: string | undefined;
}

/**
 * The posts the briefing's decisions call for: the macro announcement and the team update in the
 * workflow thread (broadcast to the channel; top-level when there is no thread), and the pattern
 * note in the incident channel and the team channel. `cannot` says what has nowhere to go.
 */
export function decisionPosts(context: ComposeContext): { posts: PlannedPost[]; cannot: string[] } {
  const { briefing, team, threadTs } = context;
  const { incident } = briefing.snapshot;
  const reference = incident.reference;
  const posts: PlannedPost[] = [];
  const cannot: string[] = [];
  const toTeam = (kind: PostKind, ruleId: string, made: { lines: string[]; key: string }) => {
    if (!team) return void cannot.push(`${ruleId}: the team channel could not be read`);
    const marker = { incident: reference, kind, key: made.key };
    posts.push({
      kind,
      ruleId,
      where: threadTs ? `${team.name} (workflow thread, also sent to the channel)` : team.name,
      channel: team.id,
      threadTs,
      broadcast: threadTs !== undefined,
      text: finish(made.lines, marker),
      marker,
    });
  };
  const decisions = briefing.evaluation.decisions;
  const now = Date.parse(briefing.snapshot.now);
  for (const decision of decisions) {
    if (decision.action === "announce_macro") {
      // The announcement asks everyone to reply with the macro; while the Comms Lead still
      // reviews it, that would contradict the blocking decision not to use it yet.
      const review = decisions.find((d) => d.action === "comms_review_before_use");
      const made = macroAnnouncement(incident, context.statusPageUrl);
      if (review)
        cannot.push(
          `${decision.ruleId}: the Comms Lead reviews the macro before it is used (${review.ruleId}); the announcement waits for the approval`,
        );
      else if (made) toTeam("announce_macro", decision.ruleId, made);
    } else if (decision.action === "update_team") {
      toTeam(
        "update_team",
        decision.ruleId,
        teamUpdate(
          incident,
          decision,
          briefing.tickets.filter((t) => t.related.length > 0).length,
          (instant) => clockTime(instant, now, context.timeZone),
        ),
      );
    } else if (decision.action === "report_ticket_pattern") {
      const lines = patternNote(incident, decision);
      if (context.incidentChannel) {
        const marker = {
          incident: reference,
          kind: "report_ticket_pattern" as const,
          key: `pattern:${context.incidentChannel}`,
        };
        posts.push({
          kind: "report_ticket_pattern",
          ruleId: decision.ruleId,
          where: `the incident channel (${context.incidentChannel})`,
          channel: context.incidentChannel,
          broadcast: false,
          text: finish(lines, marker),
          marker,
        });
      } else
        cannot.push(`${decision.ruleId}: incident.io names no Slack channel for ${reference} yet`);
      if (team)
        toTeam("report_ticket_pattern", decision.ruleId, { lines, key: `pattern:${team.id}` });
    }
  }
  return { posts, cannot };
}

/** The handover note as a reply in the workflow thread. */
export function handoverPost(
  context: Pick<ComposeContext, "team" | "threadTs">,
  note: { incident: string; at: string; to: string | null; slackText: string },
): PlannedPost | { cannot: string } {
  const { team, threadTs } = context;
  if (!team) return { cannot: "the team channel could not be read from Slack" };
  if (!threadTs)
    return {
      cannot: `no workflow post for ${note.incident} was found in ${team.name}, so there is no thread to post the handover to`,
    };
  const marker = {
    incident: note.incident,
    kind: "handover" as const,
    key: `${note.at} ${note.to ?? ""}`,
  };
  return {
    kind: "handover",
    ruleId: "handover",
    where: `${team.name} (workflow thread)`,
    channel: team.id,
    threadTs,
    broadcast: false,
    text: finish([note.slackText.trimEnd()], marker),
    marker,
  };
}

/**
 * A notice of a blocking decision for the workflow thread (a reply, not broadcast): what must
 * not go ahead, from where in the handbook. Its key is the decision's identity (rule and
 * ticket), so each blocking decision of an incident is posted once.
 */
export function blockingDecisionPost(
  reference: string,
  decision: Decision,
  thread: { team: { id: string; name: string } | undefined; threadTs: string | undefined },
): PlannedPost | { cannot: string } {
  const { team, threadTs } = thread;
  if (!team) return { cannot: "the team channel could not be read from Slack" };
  if (!threadTs) return { cannot: `no workflow post for ${reference} was found in ${team.name}` };
  const marker = {
    incident: reference,
    kind: "blocking_decision" as const,
    key: decisionKey(decision),
  };
  const lines = [
    `✖ *Blocking on ${slackText(reference)}*: ${slackText(decision.summary, { max: 600 })}`,
    `${slackText(decision.handbook.section)} · ${slackText(decision.ruleId)}`,
  ];
  return {
    kind: "blocking_decision",
    ruleId: decision.ruleId,
    where: `${team.name} (workflow thread)`,
    channel: team.id,
    threadTs,
    broadcast: false,
    text: finish(lines, marker),
    marker,
  };
}
