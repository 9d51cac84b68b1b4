import type { IncidentInput, TicketInput } from "@support/policy";
import type { Ack } from "./types.js";

/** The policy input an acknowledgement writes into: the incident, and its ticket when ticket-level. */
export interface AckTarget {
  incident: IncidentInput;
  ticket?: TicketInput | undefined;
}

export interface Acknowledgeable {
  ruleId: string;
  level: "incident" | "ticket";
  /** The policy input field(s) it sets, as documented. */
  field: string;
  /** What the person says was done. */
  means: string;
  /**
   * Writes the acknowledgement into the input; returns why it could not be applied (the macro or
   * the post-mortem it is about is not there), or undefined when it was.
   */
  apply(target: AckTarget, ack: Ack): string | undefined;
}

type Macro = NonNullable<IncidentInput["macro"]>;

/** A macro step is about the macro that exists now: one made before it was created is not. */
const onMacro =
  (set: (macro: Macro, at: string) => void) =>
  ({ incident }: AckTarget, ack: Ack): string | undefined => {
    const macro = incident.macro;
    if (!macro) return "the incident has no macro";
    if (Date.parse(ack.at) < Date.parse(macro.createdAt))
      return "it was made before the current macro was created";
    set(macro, ack.at);
    return undefined;
  };

const onTicket =
  (set: (ticket: TicketInput, ack: Ack) => void) =>
  ({ ticket }: AckTarget, ack: Ack): string | undefined => {
    if (!ticket) return `ticket ${ack.ticketId ?? "?"} is not among the incident's tickets`;
    set(ticket, ack);
    return undefined;
  };

/** An incident-level step whose acknowledgement is the time it was done. */
const stampIncident =
  (field: "lastTeamUpdateAt" | "ticketPatternReportedAt" | "docsReviewedAt") =>
  ({ incident }: AckTarget, ack: Ack): undefined => {
    incident[field] = ack.at;
    return undefined;
  };

/** Every rule whose step no vendor API shows as done, and the input field its acknowledgement sets. */
export const ACKNOWLEDGEABLE: readonly Acknowledgeable[] = [
  {
    ruleId: "share-macro-with-comms",
    level: "incident",
    field: "macro.sharedWithCommsAt",
    means: "the macro was shared with the Comms Lead",
    apply: onMacro((macro, at) => {
      macro.sharedWithCommsAt = at;
    }),
  },
  {
    ruleId: "comms-review-before-use",
    level: "incident",
    field: "macro.approvedByCommsAt",
    means: "the Comms Lead reviewed and approved the macro as it reads now",
    apply: onMacro((macro, at) => {
      macro.approvedByCommsAt = at;
    }),
  },
  {
    ruleId: "update-macro",
    level: "incident",
    field: "macro.sharedWithCommsAt",
    means:
      "the Comms Lead was told what changed in the macro (the edit itself is read from Zendesk)",
    apply: onMacro((macro, at) => {
      macro.sharedWithCommsAt = at;
    }),
  },
  {
    ruleId: "announce-macro",
    level: "incident",
    field: "macro.announcedToTeamAt",
    means: "the team channel was told the macro exists",
    apply: onMacro((macro, at) => {
      macro.announcedToTeamAt = at;
    }),
  },
  {
    ruleId: "update-team",
    level: "incident",
    field: "lastTeamUpdateAt",
    means: "the team channel was updated",
    apply: stampIncident("lastTeamUpdateAt"),
  },
  {
    ruleId: "report-ticket-pattern",
    level: "incident",
    field: "ticketPatternReportedAt",
    means: "the ticket pattern was noted in the incident channel (and the team channel)",
    apply: stampIncident("ticketPatternReportedAt"),
  },
  {
    ruleId: "handover",
    level: "incident",
    field: "handoverNotes[] (at, by)",
    means: "the handover note was posted in the workflow thread",
    apply: ({ incident }, ack) => {
      incident.handoverNotes = [...(incident.handoverNotes ?? []), { at: ack.at, by: ack.by }];
      return undefined;
    },
  },
  {
    ruleId: "proactive-outreach-gate",
    level: "incident",
    field: "proactiveOutreach.incidentLeadConfirmedAt, proactiveOutreach.commsLeadConfirmedAt",
    means:
      "everyone the proactive outreach waited for (the incident lead, the Comms Lead) confirmed",
    apply: ({ incident }, ack) => {
      const outreach = incident.proactiveOutreach;
      if (!outreach) return "no proactive outreach was requested";
      outreach.incidentLeadConfirmedAt ??= ack.at;
      if (incident.roles.commsLead) outreach.commsLeadConfirmedAt ??= ack.at;
      return undefined;
    },
  },
  {
    ruleId: "review-docs",
    level: "incident",
    field: "docsReviewedAt",
    means: "docs and help content were checked after the incident",
    apply: stampIncident("docsReviewedAt"),
  },
  {
    ruleId: "postmortem-feedback",
    level: "incident",
    field: "postMortem.supportFeedbackAt",
    means: "support's feedback was added to the post-mortem",
    apply: ({ incident }, ack) => {
      if (!incident.postMortem) return "the incident has no post-mortem document";
      incident.postMortem.supportFeedbackAt = ack.at;
      return undefined;
    },
  },
  {
    ruleId: "check-with-cs",
    level: "ticket",
    field:
      "csConsultation.openedAt (with --answer: csConsultation.answeredAt and csConsultation.csWillHandle)",
    means: "CS was asked in the CS channel (with --answer handle|decline: and answered)",
    apply: onTicket((ticket, ack) => {
      const openedAt = ticket.csConsultation?.openedAt ?? ack.at;
      ticket.csConsultation = {
        ...ticket.csConsultation,
        openedAt,
        ...(ack.answer && { answeredAt: ack.at, csWillHandle: ack.answer === "handle" }),
      };
    }),
  },
  {
    ruleId: "leave-to-cs",
    level: "ticket",
    field: "csConsultation.answeredAt, csConsultation.csWillHandle = true",
    means: "CS said they will handle the customer themselves",
    apply: onTicket((ticket, ack) => {
      ticket.csConsultation = {
        openedAt: ticket.csConsultation?.openedAt ?? ack.at,
        answeredAt: ack.at,
        csWillHandle: true,
      };
    }),
  },
  {
    ruleId: "notify-resolved",
    level: "ticket",
    field: "resolutionNoticeSentAt",
    means: "the customer was told by hand that the incident is resolved",
    apply: onTicket((ticket, ack) => {
      ticket.resolutionNoticeSentAt = ack.at;
    }),
  },
];

const SEEN_IN_INCIDENT_IO = "incident.io shows it";
const SEEN_IN_ZENDESK = "Zendesk shows it";
const SEEN_IN_STATUSPAGE = "Statuspage shows it";
const OUT_OF_HOURS = "it holds while nobody in support is within working hours";

/** Why a rule cannot be acknowledged: its step shows in a vendor API, or the policy has no input for it. */
export const NOT_ACKNOWLEDGEABLE: Readonly<Record<string, string>> = {
  "request-support-watcher": `${SEEN_IN_INCIDENT_IO} (the Support Watcher role)`,
  "nudge-incident-lead": `${SEEN_IN_INCIDENT_IO} (the Support Watcher role)`,
  "no-support-coverage": OUT_OF_HOURS,
  "review-status-page": `${SEEN_IN_STATUSPAGE} (the message)`,
  "mark-status-page-components": `${SEEN_IN_STATUSPAGE} (the components)`,
  "publish-status-page": `${SEEN_IN_INCIDENT_IO} (the Statuspage attachment)`,
  "create-macro": `${SEEN_IN_ZENDESK} (the macro)`,
  "fix-macro": `${SEEN_IN_ZENDESK} (the macro's text)`,
  "delete-macro": `${SEEN_IN_ZENDESK} (the macro is gone)`,
  "flag-marketing-coordination": `it is advice while there is no Comms Lead; ${SEEN_IN_INCIDENT_IO} when one is assigned`,
  "request-comms-lead": `${SEEN_IN_INCIDENT_IO} (the Comms Lead role)`,
  "sweep-queue": `${SEEN_IN_INCIDENT_IO} (the attachments)`,
  "attach-ticket": `${SEEN_IN_INCIDENT_IO} (the attachment)`,
  "create-proactive-tickets": "the policy has no input for created proactive tickets",
  "reply-with-macro": `${SEEN_IN_ZENDESK} (the reply: the ticket stops waiting on us)`,
  "reply-with-status-link": `${SEEN_IN_ZENDESK} (the reply: the ticket stops waiting on us)`,
  "reply-after-cs-silence": `${SEEN_IN_ZENDESK} (the reply: the ticket stops waiting on us)`,
  "reply-and-loop-in-tam": `${SEEN_IN_ZENDESK} (the reply: the ticket stops waiting on us)`,
  "fix-reply": "the draft reply comes with the ticket's data; a fixed draft clears it",
  "raise-incident":
    "it is a suggestion about the queue before an incident exists; declaring one in incident.io answers it",
  "wait-for-support-hours": OUT_OF_HOURS,
  "escalate-to-on-call-global": OUT_OF_HOURS,
};

export const acknowledgeable = (ruleId: string): Acknowledgeable | undefined =>
  ACKNOWLEDGEABLE.find((entry) => entry.ruleId === ruleId);
