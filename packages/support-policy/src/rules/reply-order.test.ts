import { describe, expect, it } from "vitest";
import {
  comms,
  context,
  enterprise,
  incident,
  lead,
  lou,
  macro,
  minutesBefore,
  SATURDAY,
  tam,
  waiting,
} from "../../test/builders.js";
import { actionsOf, decisionFor, ticketDecisions } from "../../test/policy.js";
import { IN_HOURS_REPLY_ORDER, OUT_OF_HOURS_REPLIES } from "./reply-order.js";

const REPLIES: readonly string[] = [...IN_HOURS_REPLY_ORDER, ...OUT_OF_HOURS_REPLIES];
const replyActions = (actions: readonly string[]) => actions.filter((a) => REPLIES.includes(a));

const onHoliday = {
  ...tam,
  outOfOffice: [{ from: "2026-06-01T00:00:00Z", to: "2026-06-10T00:00:00Z" }],
};
const answered = (csWillHandle: boolean) => ({
  openedAt: minutesBefore(40),
  answeredAt: minutesBefore(30),
  csWillHandle,
});

describe("Your role during an incident: don't duplicate comms, one reply per ticket", () => {
  it("orders the reply decisions as documented", () => {
    expect(IN_HOURS_REPLY_ORDER).toEqual([
      "leave_to_cs",
      "check_with_cs",
      "reply_after_cs_silence",
      "reply_and_loop_in_tam",
      "reply_with_macro",
      "reply_with_status_link",
    ]);
  });

  it("replies once and loops in the offline TAM, using the macro when it may be used", async () => {
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise({ tam: onHoliday }) }),
      incident({ severity: "minor" }),
    );
    expect(replyActions(actionsOf(decisions))).toEqual(["reply_and_loop_in_tam"]);
    expect(decisionFor(decisions, "reply_and_loop_in_tam")?.details).toMatchObject({
      useMacro: true,
      macroId: "m-1",
      statusPageUrl: "https://status.example.com/incidents/abc",
      outranked: ["reply_with_macro"],
    });
  });

  it("says to answer without the macro while the Comms Lead has not approved it", async () => {
    const reviewing = incident({
      severity: "major",
      roles: { incidentLead: lead, supportWatcher: lou, commsLead: comms },
      macro: macro({ sharedWithCommsAt: minutesBefore(20) }),
    });
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise({ tam: onHoliday }) }),
      reviewing,
    );
    expect(replyActions(actionsOf(decisions))).toEqual(["reply_and_loop_in_tam"]);
    expect(decisionFor(decisions, "reply_and_loop_in_tam")?.details).toMatchObject({
      useMacro: false,
      outranked: ["reply_with_status_link"],
    });
  });

  it("leaves a ticket the account team took to them, with no reply of our own", async () => {
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise(), csConsultation: answered(true) }),
      incident({ severity: "major" }),
    );
    expect(replyActions(actionsOf(decisions))).toEqual(["leave_to_cs"]);
  });

  it("checks with CS first while the account team is online on a major incident", async () => {
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise() }),
      incident({ severity: "major" }),
    );
    expect(replyActions(actionsOf(decisions))).toEqual(["check_with_cs"]);
    expect(decisionFor(decisions, "check_with_cs")?.details.useMacro).toBe(true);
  });

  it("answers with the macro when CS hands the customer back", async () => {
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise(), csConsultation: answered(false) }),
      incident({ severity: "major" }),
    );
    expect(replyActions(actionsOf(decisions))).toEqual(["reply_with_macro"]);
    expect(decisionFor(decisions, "reply_with_macro")?.details).toMatchObject({
      useMacro: true,
      outranked: [],
    });
  });

  it("answers with the status link when there is no macro", async () => {
    const decisions = await ticketDecisions(waiting(), incident({ macro: undefined }));
    expect(replyActions(actionsOf(decisions))).toEqual(["reply_with_status_link"]);
    expect(decisionFor(decisions, "reply_with_status_link")?.details).toMatchObject({
      useMacro: false,
      macroId: null,
      statusPageUrl: "https://status.example.com/incidents/abc",
    });
  });

  it("gives no in-hours reply decision outside support hours, whatever the account team does", async () => {
    const weekend = context({ now: SATURDAY });
    for (const organization of [
      enterprise(),
      enterprise({ tam: onHoliday }),
      { id: "o-2", name: "Small Co", enterprise: false },
    ]) {
      for (const severity of ["minor", "major", "critical"] as const) {
        const decisions = await ticketDecisions(
          waiting({ organization }),
          incident({ severity }),
          weekend,
        );
        expect(replyActions(actionsOf(decisions)), `${organization.name} ${severity}`).toEqual([
          severity === "minor" ? "wait_for_support_hours" : "escalate_to_on_call_global",
        ]);
      }
    }
  });
});
