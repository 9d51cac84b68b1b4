// The same checks as the rule files, written as plain TypeScript over the same facts: the
// benchmark's lower bound for what a rules engine costs.
import type { ConfigFacts, IncidentFacts, TicketFacts } from "../src/facts/catalogue.js";
import type { Action } from "../src/schemas/decision.js";

const REPLY_ROUTES = new Set([
  "not_enterprise",
  "no_account_team",
  "minor_direct",
  "account_team_offline",
  "cs_silent",
  "cs_declined",
]);

export function handWrittenIncident(f: IncidentFacts & ConfigFacts): Action[] {
  const fired: Action[] = [];
  const add = (when: boolean, action: Action) => when && fired.push(action);
  add(f.live && !f.hasWatcher && f.supportCoverageNow, "request_support_watcher");
  add(
    f.live &&
      !f.hasWatcher &&
      f.supportCoverageNow &&
      f.minutesSinceWatcherRequested >= f.nudgeAfterMinutes,
    "nudge_incident_lead",
  );
  add(f.live && !f.supportCoverageNow, "no_support_coverage");
  add(f.live && f.hasStatusPage && f.statusPageFindingCount > 0, "review_status_page");
  add(
    f.live && f.hasStatusPage && (f.componentsMissingCount > 0 || f.componentsExtraCount > 0),
    "mark_status_page_components",
  );
  add(f.live && f.customerFacing && !f.hasStatusPage, "publish_status_page");
  add(f.live && !f.hasMacro, "create_macro");
  add(f.live && f.hasMacro && f.macroFindingCount > 0, "fix_macro");
  add(
    f.live && f.hasMacro && f.majorOrSecurity && f.hasCommsLead && !f.macroApprovedByComms,
    "comms_review_before_use",
  );
  add(
    f.live && f.hasMacro && !f.majorOrSecurity && f.hasCommsLead && !f.macroSharedWithComms,
    "share_macro_with_comms",
  );
  add(f.live && !f.hasCommsLead && f.majorOrSecurity, "flag_marketing_coordination");
  add(f.live && f.hasMacro && f.impactChangedSinceMacroUpdate, "update_macro");
  add(f.live && f.hasMacro && !f.macroAnnounced, "announce_macro");
  add(f.live && f.hasWatcher && f.unattachedEarlyTicketCount > 0, "sweep_queue");
  add(f.live && f.relatedTicketCount >= f.ticketPatternThreshold, "report_ticket_pattern");
  add(
    f.proactiveOutreachRequested && f.proactiveConfirmationsMissing > 0,
    "proactive_outreach_gate",
  );
  add(
    f.proactiveOutreachRequested && f.proactiveConfirmationsMissing === 0,
    "create_proactive_tickets",
  );
  add(f.impactChangedSinceTeamUpdate || f.resolvedSinceTeamUpdate, "update_team");
  add(f.live && f.externalCommsRequired && !f.hasCommsLead, "request_comms_lead");
  add(f.live && f.hasWatcher && f.watcherMinutesLeft <= f.handoverLeadMinutes, "handover");
  add(f.impactOver && f.hasMacro, "delete_macro");
  add(f.impactOver && !f.docsReviewed, "review_docs");
  add(
    f.impactOver && f.severityIsMajor && f.hasPostMortem && !f.postMortemFeedbackGiven,
    "postmortem_feedback",
  );
  return fired;
}

export function handWrittenTicket(f: TicketFacts): Action[] {
  const fired: Action[] = [];
  const add = (when: boolean, action: Action) => when && fired.push(action);
  const waitingOnLive = f.related && f.live && f.customerWaiting;
  add(
    waitingOnLive && !f.supportCoverageNow && !f.atOrAboveOnCallGlobalSeverity,
    "wait_for_support_hours",
  );
  add(
    waitingOnLive && !f.supportCoverageNow && f.atOrAboveOnCallGlobalSeverity,
    "escalate_to_on_call_global",
  );
  add(f.related && !f.attached, "attach_ticket");
  const canReply = waitingOnLive && f.supportCoverageNow && REPLY_ROUTES.has(f.csRoute);
  add(canReply && f.macroUsable, "reply_with_macro");
  add(canReply && !f.macroUsable, "reply_with_status_link");
  add(f.related && f.draftFindingCount > 0, "fix_reply");
  add(
    f.related && f.live && (f.csRoute === "consult" || f.csRoute === "awaiting_cs"),
    "check_with_cs",
  );
  add(f.related && f.live && f.csRoute === "cs_handles", "leave_to_cs");
  add(waitingOnLive && f.csRoute === "cs_silent", "reply_after_cs_silence");
  add(waitingOnLive && f.csRoute === "account_team_offline", "reply_and_loop_in_tam");
  add(f.impactOver && f.attached && !f.resolutionNoticeSent && !f.ticketClosed, "notify_resolved");
  return fired;
}
