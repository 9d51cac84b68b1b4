// The same checks as the rule files, written as plain TypeScript over the same facts: the
// benchmark's lower bound for what a rules engine costs.
import type { ConfigFacts } from "../src/facts/config-facts.js";
import type { IncidentFacts } from "../src/facts/incident-facts.js";
import type { TicketFacts } from "../src/facts/ticket-facts.js";
import type { Action } from "../src/schemas/decision.js";

const LIVE = new Set(["triage", "active", "monitoring"]);
const OVER = new Set(["resolved", "closed"]);

export function handWrittenIncident(f: IncidentFacts & ConfigFacts): Action[] {
  const fired: Action[] = [];
  const add = (when: boolean, action: Action) => when && fired.push(action);
  const live = LIVE.has(f.status);
  const over = OVER.has(f.status);
  const real = live || over;
  add(
    live && (!f.hasWatcher || f.watcherAbsent) && f.supportCoverageNow,
    "request_support_watcher",
  );
  add(
    live && !f.hasWatcher && f.minutesSinceWatcherRequested >= f.nudgeAfterMinutes,
    "nudge_incident_lead",
  );
  add(live && !f.supportCoverageNow, "no_support_coverage");
  add(live && f.hasStatusPage && f.statusPageErrorCount > 0, "review_status_page");
  add(
    live && f.hasStatusPage && (f.componentsMissingCount > 0 || f.componentsExtraCount > 0),
    "mark_status_page_components",
  );
  add(live && f.customerFacing && !f.hasStatusPage, "publish_status_page");
  add(live && !f.hasMacro, "create_macro");
  add(live && f.hasMacro && f.macroErrorCount > 0, "fix_macro");
  add(
    live && f.hasMacro && f.majorOrSecurity && f.hasCommsLead && !f.macroApprovedByComms,
    "comms_review_before_use",
  );
  add(
    live && f.hasMacro && !f.majorOrSecurity && f.hasCommsLead && !f.macroSharedWithComms,
    "share_macro_with_comms",
  );
  add(live && !f.hasCommsLead && f.majorOrSecurity, "flag_marketing_coordination");
  add(
    live && f.hasMacro && (f.impactChangedSinceMacroUpdate || f.macroEditedSinceComms),
    "update_macro",
  );
  add(live && f.hasMacro && !f.macroAnnounced, "announce_macro");
  add(live && f.hasWatcher && f.unattachedEarlyTicketCount > 0, "sweep_queue");
  add(live && f.relatedTicketCount >= f.ticketPatternThreshold, "report_ticket_pattern");
  add(
    real && f.proactiveOutreachRequested && f.proactiveConfirmationsMissing > 0,
    "proactive_outreach_gate",
  );
  add(
    real && f.proactiveOutreachRequested && f.proactiveConfirmationsMissing === 0,
    "create_proactive_tickets",
  );
  add(real && (f.impactChangedSinceTeamUpdate || f.resolvedSinceTeamUpdate), "update_team");
  add(live && f.externalCommsRequired && !f.hasCommsLead, "request_comms_lead");
  add(live && f.hasWatcher && f.watcherMinutesLeft <= f.handoverLeadMinutes, "handover");
  add(over && f.hasMacro, "delete_macro");
  add(over && !f.docsReviewed, "review_docs");
  add(
    over && f.severityIsMajor && f.hasPostMortem && !f.postMortemFeedbackGiven,
    "postmortem_feedback",
  );
  return fired;
}

/** Ticket checks, with one reply decision per ticket as `evaluate` keeps it. */
export function handWrittenTicket(f: TicketFacts): Action[] {
  const fired: Action[] = [];
  const add = (when: boolean, action: Action) => when && fired.push(action);
  const live = LIVE.has(f.status);
  const real = live || OVER.has(f.status);
  const waitingOnLive = f.related && live && f.customerWaiting;
  const handles = f.csConsultation === "handles";
  const consult = f.csConsultation === "none" && f.majorOrSecurity && f.accountTeamOnline;
  const supportAnswers =
    f.csConsultation === "silent" ||
    f.csConsultation === "declined" ||
    (f.csConsultation === "none" && (!f.majorOrSecurity || !f.accountTeamOnline));
  const outOfHours = waitingOnLive && !f.supportCoverageNow;
  add(outOfHours && (!f.atOrAboveOnCallGlobalSeverity || handles), "wait_for_support_hours");
  add(outOfHours && f.atOrAboveOnCallGlobalSeverity && !handles, "escalate_to_on_call_global");
  add(real && f.related && !f.attached, "attach_ticket");
  add(real && f.related && f.draftErrorCount > 0, "fix_reply");
  const inHours = f.related && live && f.supportCoverageNow;
  const replying = inHours && f.customerWaiting;
  const reply: Array<[boolean, Action]> = [
    [inHours && handles, "leave_to_cs"],
    [inHours && (consult || f.csConsultation === "awaiting"), "check_with_cs"],
    [replying && f.csConsultation === "silent", "reply_after_cs_silence"],
    [replying && f.accountTeamOffline && f.csConsultation === "none", "reply_and_loop_in_tam"],
    [replying && supportAnswers && f.macroUsable, "reply_with_macro"],
    [replying && supportAnswers && !f.macroUsable, "reply_with_status_link"],
  ];
  const chosen = reply.find(([when]) => when);
  if (chosen) fired.push(chosen[1]);
  add(
    OVER.has(f.status) && (f.attached || f.tagged) && !f.resolutionNoticeSent && !f.ticketClosed,
    "notify_resolved",
  );
  return fired;
}
