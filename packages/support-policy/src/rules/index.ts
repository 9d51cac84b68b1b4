// Generated from the rule files by `pnpm --filter @support/policy run docs`; do not edit.
// Every rule, in handbook order; within a section by level, then priority (highest first).

import { deleteMacro } from "./after-an-incident-resolves/delete-macro.js";
import { notifyResolved } from "./after-an-incident-resolves/notify-resolved.js";
import { postmortemFeedback } from "./after-an-incident-resolves/postmortem-feedback.js";
import { reviewDocs } from "./after-an-incident-resolves/review-docs.js";
import { checkWithCs } from "./coordinating-with-tams-and-csms/check-with-cs.js";
import { leaveToCs } from "./coordinating-with-tams-and-csms/leave-to-cs.js";
import { replyAfterCsSilence } from "./coordinating-with-tams-and-csms/reply-after-cs-silence.js";
import { replyAndLoopInTam } from "./coordinating-with-tams-and-csms/reply-and-loop-in-tam.js";
import { announceMacro } from "./creating-a-macro-for-the-incident/announce-macro.js";
import { commsReviewBeforeUse } from "./creating-a-macro-for-the-incident/comms-review-before-use.js";
import { createMacro } from "./creating-a-macro-for-the-incident/create-macro.js";
import { fixMacro } from "./creating-a-macro-for-the-incident/fix-macro.js";
import { flagMarketingCoordination } from "./creating-a-macro-for-the-incident/flag-marketing-coordination.js";
import { shareMacroWithComms } from "./creating-a-macro-for-the-incident/share-macro-with-comms.js";
import { updateMacro } from "./creating-a-macro-for-the-incident/update-macro.js";
import { createProactiveTickets } from "./creating-proactive-tickets/create-proactive-tickets.js";
import { proactiveOutreachGate } from "./creating-proactive-tickets/proactive-outreach-gate.js";
import { handover } from "./handing-over-across-timezones/handover.js";
import { attachTicket } from "./handling-incoming-tickets-during-an-incident/attach-ticket.js";
import { fixReply } from "./handling-incoming-tickets-during-an-incident/fix-reply.js";
import { replyWithMacro } from "./handling-incoming-tickets-during-an-incident/reply-with-macro.js";
import { replyWithStatusLink } from "./handling-incoming-tickets-during-an-incident/reply-with-status-link.js";
import { reportTicketPattern } from "./handling-incoming-tickets-during-an-incident/report-ticket-pattern.js";
import { sweepQueue } from "./handling-incoming-tickets-during-an-incident/sweep-queue.js";
import { updateTeam } from "./keeping-the-team-updated/update-team.js";
import { raiseIncident } from "./raising-an-incident/raise-incident.js";
import { markStatusPageComponents } from "./using-the-status-page/mark-status-page-components.js";
import { publishStatusPage } from "./using-the-status-page/publish-status-page.js";
import { reviewStatusPage } from "./using-the-status-page/review-status-page.js";
import { escalateToOnCallGlobal } from "./when-an-incident-is-declared/escalate-to-on-call-global.js";
import { noSupportCoverage } from "./when-an-incident-is-declared/no-support-coverage.js";
import { nudgeIncidentLead } from "./when-an-incident-is-declared/nudge-incident-lead.js";
import { requestSupportWatcher } from "./when-an-incident-is-declared/request-support-watcher.js";
import { waitForSupportHours } from "./when-an-incident-is-declared/wait-for-support-hours.js";
import { requestCommsLead } from "./working-with-the-comms-lead/request-comms-lead.js";

export const RULES = [
  raiseIncident,
  noSupportCoverage,
  requestSupportWatcher,
  nudgeIncidentLead,
  escalateToOnCallGlobal,
  waitForSupportHours,
  publishStatusPage,
  reviewStatusPage,
  markStatusPageComponents,
  commsReviewBeforeUse,
  createMacro,
  fixMacro,
  updateMacro,
  shareMacroWithComms,
  flagMarketingCoordination,
  announceMacro,
  sweepQueue,
  reportTicketPattern,
  replyWithMacro,
  replyWithStatusLink,
  fixReply,
  attachTicket,
  proactiveOutreachGate,
  createProactiveTickets,
  updateTeam,
  requestCommsLead,
  checkWithCs,
  leaveToCs,
  replyAfterCsSilence,
  replyAndLoopInTam,
  handover,
  deleteMacro,
  reviewDocs,
  postmortemFeedback,
  notifyResolved,
] as const;
