import { type Decision, isWorking, type Person } from "@support/policy";
import { renderDataProblems } from "../output/data-problems.js";
import { readableInstants } from "../output/instants.js";
import { safe } from "../output/safe.js";
import type { Style } from "../output/style.js";
import { table } from "../output/table.js";
import { clockTime, duration, relative } from "../output/time.js";
import type { Briefing, OwnerGroup, TicketRow } from "./model.js";

export interface RenderOptions {
  style: Style;
  timeZone: string;
  /** The first line: where the data came from. */
  source: string;
  /** Rows shown in the ticket table before "and N more". */
  maxTicketRows?: number;
  /** The widest a line of the ticket table may be (the terminal's width; 100 off a terminal). */
  width?: number;
  /** Also list the queue tickets that do not look related, by subject (`--all`). */
  all?: boolean;
  /** Actions whose pointer to the sweep was shown (once per briefing). */
  hinted?: Set<string>;
  /** Lines shown after the decisions (the acknowledged steps). */
  afterDecisions?: string[];
}

/** Short names of the actions in the ticket table's "Next step" column. */
const ACTION_LABELS: Record<string, string> = {
  escalate_to_on_call_global: "hand to the on-call",
  wait_for_support_hours: "wait for support hours",
  check_with_cs: "check with CS",
  leave_to_cs: "leave to CS",
  reply_after_cs_silence: "reply (CS silent)",
  reply_and_loop_in_tam: "reply, loop in TAM",
  reply_with_macro: "reply with the macro",
  reply_with_status_link: "reply with status link",
  attach_ticket: "attach",
  fix_reply: "fix the draft",
  notify_resolved: "tell it is resolved",
};
const label = (action: string) => ACTION_LABELS[action] ?? action.replaceAll("_", " ");

/** Decisions `sweep --apply` carries out, so the briefing points there instead of by hand. */
const SWEEP_DOES = new Set([
  "sweep_queue",
  "attach_ticket",
  "create_macro",
  "notify_resolved",
  "delete_macro",
]);
const sweepHint = (
  decision: Decision,
  briefing: Briefing,
  s: Style,
  hinted: Set<string>,
): string[] =>
  SWEEP_DOES.has(decision.action) && !hinted.has(decision.action) && hinted.add(decision.action)
    ? [
        `      ${s.dim(`→ support-watcher sweep ${safe(briefing.snapshot.incident.reference)} --apply does this (run it without --apply to see the plan)`)}`,
      ]
    : [];

/** Ticket-level decisions of one rule are folded into one line beyond this many tickets. */
const FOLD_AFTER = 3;

/** The engineering on-call's handle, as the group's decisions name it. */
const onCallHandle = (group: OwnerGroup): string | undefined => {
  for (const decision of group.decisions) {
    if (decision.action === "no_support_coverage") return decision.details.fallback;
    if (decision.action === "escalate_to_on_call_global") return decision.details.handle;
  }
  return undefined;
};

const ownerTitle = (group: OwnerGroup, briefing: Briefing): string => {
  const { owner } = group;
  const { roles } = briefing.snapshot.incident;
  const named = (title: string, person: Person | undefined) =>
    person ? `${title} (${safe(person.name)})` : title;
  switch (owner) {
    case "support_watcher":
      return named("Support Watcher", roles.supportWatcher);
    case "support_team":
      return "Support team";
    case "incident_lead":
      return named("Incident lead", roles.incidentLead);
    case "comms_lead":
      return named("Comms Lead", roles.commsLead);
    case "tam_csm":
      return "TAMs and CSMs";
    case "on_call_global": {
      const handle = onCallHandle(group);
      return handle ? `Engineering on-call (${safe(handle)})` : "Engineering on-call";
    }
  }
};

function incidentLines(briefing: Briefing, o: RenderOptions, now: number): string[] {
  const { style: s } = o;
  const incident = briefing.snapshot.incident;
  const { roles } = incident;
  const dot = s.dim(" · ");
  const severity =
    s.bold(incident.severity.toUpperCase()) + (incident.security ? ` ${s.red("SECURITY")}` : "");
  const declared = `declared ${clockTime(incident.declaredAt, now, o.timeZone)} (${relative(incident.declaredAt, now)})`;
  const role = (title: string, person: Person | undefined, missing: string) =>
    `${title} ${person ? safe(person.name) : missing}`;
  const page = incident.statusPage;
  return [
    [
      s.bold(safe(incident.reference)),
      severity,
      safe(incident.status),
      s.bold(safe(incident.name)),
      declared,
    ].join(dot),
    [
      role("Lead", roles.incidentLead, s.yellow("none")),
      role("Comms Lead", roles.commsLead, "none"),
      role("Support Watcher", roles.supportWatcher, s.yellow("none")),
    ].join(dot),
    page
      ? `Status page: ${safe(page.url, { max: 300 })} ${s.dim(`(updated ${relative(page.updatedAt, now)})`)}`
      : `Status page: ${s.yellow("no entry")}`,
    ...slackLine(briefing, o, now),
  ];
}

/** What Slack said about the incident, when the fields came from it. */
function slackLine(briefing: Briefing, o: RenderOptions, now: number): string[] {
  const from = new Set(briefing.snapshot.fromSlack ?? []);
  if (from.size === 0) return [];
  const incident = briefing.snapshot.incident;
  const at = (instant: string) => clockTime(instant, now, o.timeZone);
  const parts: string[] = [];
  if (from.has("supportWatcherRequestedAt") && incident.supportWatcherRequestedAt)
    parts.push(`watcher requested ${at(incident.supportWatcherRequestedAt)}`);
  if (from.has("handRaises") && incident.handRaises?.length)
    parts.push(
      `hands raised: ${incident.handRaises.map((r) => `${safe(r.name)} ${at(r.at)}`).join(", ")}`,
    );
  if (from.has("announcedToTeamAt") && incident.macro?.announcedToTeamAt)
    parts.push(`macro announced ${at(incident.macro.announcedToTeamAt)}`);
  if (from.has("lastTeamUpdateAt") && incident.lastTeamUpdateAt)
    parts.push(`last team update ${at(incident.lastTeamUpdateAt)}`);
  const note = incident.handoverNotes?.at(-1);
  if (from.has("handoverNotes") && note)
    parts.push(`handover note ${at(note.at)}${note.url ? ` ${safe(note.url, { max: 300 })}` : ""}`);
  if (from.has("ticketPatternReportedAt") && incident.ticketPatternReportedAt)
    parts.push(`ticket pattern noted ${at(incident.ticketPatternReportedAt)}`);
  return parts.length > 0 ? [`From Slack: ${parts.join("; ")}`] : [];
}

function coverageLines(briefing: Briefing, o: RenderOptions, now: number): string[] {
  const { style: s } = o;
  const { working, upcoming, nextChangeAt } = briefing.coverage;
  const lines: string[] = [];
  if (working.length === 0) {
    lines.push(
      `${s.bold("Support coverage now:")} ${s.yellow("nobody in support is within working hours")}`,
    );
  } else {
    const names = working.map(
      (entry) =>
        `${safe(entry.person.name)} ${s.dim(`until ${clockTime(entry.until, now, o.timeZone)}`)}`,
    );
    lines.push(`${s.bold("Support coverage now:")} ${names.join(", ")}`);
  }
  if (nextChangeAt) {
    const at = Date.parse(nextChangeAt);
    const ending = working
      .filter((entry) => Date.parse(entry.until) === at)
      .map((e) => safe(e.person.name));
    const starting = upcoming
      .filter((entry) => Date.parse(entry.at) === at)
      .map((e) => safe(e.person.name));
    const what = [
      ...ending.map((name) => `${name}'s day ends`),
      ...starting.map((name) => `${name} comes online`),
    ];
    lines.push(
      `Coverage next changes ${clockTime(at, now, o.timeZone)} (${relative(at, now)}): ${what.join(", ")}.`,
    );
  }
  const next = upcoming[0];
  if (next && Date.parse(next.at) !== (nextChangeAt && Date.parse(nextChangeAt))) {
    lines.push(
      `Next to come online: ${safe(next.person.name)} ${clockTime(next.at, now, o.timeZone)}.`,
    );
  }
  return lines;
}

/** A decision's sentence, its ISO instants as clock times; it quotes vendor text, so it is escaped. */
const summary = (decision: Decision, now: number, o: RenderOptions) =>
  safe(readableInstants(decision.summary, now, o.timeZone), { max: 400 });

const handbookLine = (decision: Decision, s: Style) =>
  s.dim(`${safe(decision.handbook.section)} · ${safe(decision.ruleId)}`);

/** The text a decision's lint findings point into. */
function lintedText(decision: Decision, briefing: Briefing): string | undefined {
  const { incident, tickets } = briefing.snapshot;
  switch (decision.action) {
    case "review_status_page":
      return incident.statusPage?.message;
    case "fix_macro":
      return incident.macro?.body;
    case "fix_reply":
      return tickets.find((t) => t.id === decision.ticketId)?.draftReply;
    default:
      return undefined;
  }
}

/** Lint findings carried by a decision, condensed: each rule once, with the offending words. */
function findingsLine(decision: Decision, briefing: Briefing, s: Style): string[] {
  const findings = "findings" in decision.details ? decision.details.findings : [];
  if (findings.length === 0) return [];
  const text = lintedText(decision, briefing);
  const byRule = new Map<string, string[]>();
  for (const finding of findings) {
    const words = byRule.get(finding.rule) ?? [];
    if (finding.span && text)
      words.push(s.highlight(safe(text.slice(...finding.span), { max: 60 })));
    byRule.set(finding.rule, words);
  }
  const parts = [...byRule].map(([rule, words]) =>
    words.length > 0 ? `${safe(rule)} ${words.join(" ")}` : safe(rule),
  );
  return [`      ${parts.join("; ")}`];
}

/** The pickup steps a watcher request carries when the previous watcher is gone. */
function pickUpLines(decision: Decision): string[] {
  if (decision.action !== "request_support_watcher") return [];
  const steps = decision.details.pickUp?.checklist ?? [];
  return steps.map((step, index) => `      ${index + 1}. ${safe(step)}`);
}

function decisionLines(
  briefing: Briefing,
  group: OwnerGroup,
  o: RenderOptions,
  now: number,
): string[] {
  const { style: s } = o;
  const lines: string[] = [];
  const perRule = new Map<string, Decision[]>();
  for (const decision of group.decisions) {
    if (decision.ticketId === undefined) continue;
    perRule.set(decision.ruleId, [...(perRule.get(decision.ruleId) ?? []), decision]);
  }
  const folded = new Set<string>();
  for (const decision of group.decisions) {
    const marker = decision.blocking ? s.red("✖ BLOCKING") : s.cyan("•");
    const sameRule = decision.ticketId === undefined ? [] : (perRule.get(decision.ruleId) ?? []);
    if (sameRule.length > FOLD_AFTER) {
      if (folded.has(decision.ruleId)) continue;
      folded.add(decision.ruleId);
      const ids = sameRule.map((d) => `#${safe(d.ticketId, { max: 40 })}`);
      const shown = `${ids.slice(0, FOLD_AFTER).join(", ")} and ${ids.length - FOLD_AFTER} more`;
      lines.push(
        `  ${marker} ${label(decision.action)} on ${ids.length} tickets (${shown}), e.g. ${summary(decision, now, o)}`,
        ...sweepHint(decision, briefing, s, o.hinted ?? new Set()),
        `      ${handbookLine(decision, s)}`,
      );
      continue;
    }
    lines.push(
      `  ${marker} ${summary(decision, now, o)}`,
      ...pickUpLines(decision),
      ...findingsLine(decision, briefing, s),
      ...sweepHint(decision, briefing, s, o.hinted ?? new Set()),
      `      ${handbookLine(decision, s)}`,
    );
  }
  return lines;
}

const REASON_WORDS: Record<string, string> = {
  tag: "tagged",
  component: "component",
  keyword: "keywords",
  created_before_declaration: "before declaration",
};

const related = (row: TicketRow): string => {
  const words = row.related.map((kind) =>
    kind === "marked_related"
      ? row.ticket.attachedToIncident
        ? "attached"
        : "marked related"
      : (REASON_WORDS[kind] ?? kind),
  );
  return words.length > 0 ? safe(words.join(", ")) : "-";
};

const nextStep = (row: TicketRow, s: Style): string => {
  const [first, ...rest] = row.decisions;
  if (!first) return "-";
  const words = label(first.action);
  const more = rest.length > 0 ? s.dim(` (+${rest.length})`) : "";
  return (first.blocking ? s.red(`✖ ${words}`) : words) + more;
};

function accountTeam(row: TicketRow, briefing: Briefing, s: Style): string {
  const org = row.ticket.organization;
  const hours = briefing.snapshot.config.defaultWorkingHours;
  const member = (title: string, person: Person | undefined) => {
    if (!person) return [];
    const online = isWorking(person, briefing.snapshot.now, ...(hours ? [hours] : []));
    return [`${title} ${safe(person.name)} ${online ? s.green("online") : s.dim("offline")}`];
  };
  const members = [...member("TAM", org?.tam), ...member("CSM", org?.csm)];
  return members.length > 0 ? members.join(", ") : "-";
}

function ticketLines(briefing: Briefing, o: RenderOptions, now: number): string[] {
  const { style: s } = o;
  const rows = briefing.tickets.filter((row) => row.related.length > 0 || row.decisions.length > 0);
  const unrelated = briefing.tickets.length - rows.length;
  const max = o.maxTicketRows ?? 25;
  const cells = rows.slice(0, max).map((row) => {
    const { ticket } = row;
    const org = ticket.organization;
    const waiting = row.waitingSince ? duration(now - Date.parse(row.waitingSince)) : "-";
    return [
      `#${safe(ticket.id, { max: 40 })}`,
      org ? `${safe(org.name, { max: 60 })}${org.enterprise ? s.yellow(" (ent.)") : ""}` : "-",
      accountTeam(row, briefing, s),
      safe(ticket.status),
      waiting,
      related(row),
      nextStep(row, s),
    ];
  });
  const header = [
    "Ticket",
    "Customer",
    "Account team",
    "Status",
    "Waiting",
    "Related",
    "Next step",
  ];
  // Why related, the account team, the customer, then the next step give way; never wrapped.
  const lines =
    rows.length > 0
      ? table(header, cells, {
          maxWidth: (o.width ?? 100) - 2,
          shrinkable: [5, 2, 1, 6],
          minWidths: [6, 14, 14, 6, 6, 10, 16],
        })
      : [];
  const out = [
    s.bold(`Tickets (${rows.length} related or needing a step)`),
    ...lines.map((line, i) => `  ${i === 0 ? s.dim(line) : line}`),
  ];
  if (rows.length > max)
    out.push(s.dim(`  … and ${rows.length - max} more (--json lists every ticket)`));
  if (unrelated > 0 && o.all) {
    const others = briefing.tickets.filter((row) => !rows.includes(row));
    out.push(s.bold(`Other queue tickets (${unrelated}, not related)`));
    const width = (o.width ?? 100) - 2;
    out.push(
      ...table(
        ["Ticket", "Subject", "Status", "Opened"],
        others.map(({ ticket }) => [
          `#${safe(ticket.id, { max: 40 })}`,
          safe(ticket.subject),
          safe(ticket.status),
          clockTime(ticket.createdAt, now, o.timeZone),
        ]),
        { maxWidth: width, shrinkable: [1] },
      ).map((line, i) => `  ${i === 0 ? s.dim(line) : line}`),
    );
  } else if (unrelated > 0) {
    out.push(
      s.dim(
        `  ${unrelated} other queue ticket${unrelated === 1 ? " does" : "s do"} not look related (--all lists them).`,
      ),
    );
  }
  return out;
}

/** The whole briefing as lines of text. */
export function renderBriefing(briefing: Briefing, options: RenderOptions): string {
  const o = { ...options, hinted: new Set<string>() };
  const { style: s } = o;
  const now = Date.parse(briefing.snapshot.now);
  const out: string[] = [safe(o.source, { max: 600 }), "", ...incidentLines(briefing, o, now), ""];
  out.push(...coverageLines(briefing, o, now), "");
  const total = briefing.groups.reduce((n, g) => n + g.decisions.length, 0);
  out.push(
    s.bold(
      `Decisions (${total}${briefing.blockingCount > 0 ? `, ${briefing.blockingCount} blocking` : ""})`,
    ),
  );
  if (total === 0) out.push("  Nothing to do right now.");
  for (const group of briefing.groups) {
    out.push(`${s.bold(ownerTitle(group, briefing))}`, ...decisionLines(briefing, group, o, now));
  }
  if (o.afterDecisions?.length) out.push("", ...o.afterDecisions);
  out.push("", ...ticketLines(briefing, o, now));
  const problems = renderDataProblems(briefing.snapshot.dataProblems, s);
  if (problems.length > 0) out.push("", ...problems);
  if (briefing.snapshot.warnings.length > 0) {
    out.push(
      "",
      s.yellow("Notes"),
      ...briefing.snapshot.warnings.map((w) => `  ! ${safe(w, { max: 400 })}`),
    );
  }
  return `${out.join("\n")}\n`;
}
