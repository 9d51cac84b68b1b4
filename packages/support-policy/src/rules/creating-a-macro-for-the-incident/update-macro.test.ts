import { describe, expect, it } from "vitest";
import {
  comms,
  incident,
  lead,
  lou,
  macro,
  minutesBefore,
  waiting,
} from "../../../test/builders.js";
import { decisionFor, incidentDecisions, ticketDecisions } from "../../../test/policy.js";

const withComms = { incidentLead: lead, supportWatcher: lou, commsLead: comms };

describe("Creating a macro for the incident", () => {
  it("updates the macro when the impact changed after its last update", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ impactChangedAt: minutesBefore(5) })),
      "update_macro",
    );
    expect(decision?.details.notifyCommsLead).toBe(false);
  });

  it("tells the Comms Lead what changed when one is assigned", async () => {
    const decision = decisionFor(
      await incidentDecisions(
        incident({
          impactChangedAt: minutesBefore(5),
          roles: { incidentLead: lead, supportWatcher: lou, commsLead: comms },
        }),
      ),
      "update_macro",
    );
    expect(decision?.details.notifyCommsLead).toBe(true);
    expect(decision?.summary).toBe(
      "Update the macro for INC-123: the impact changed after its last update, then tell the Comms Lead (Cam) what changed.",
    );
  });

  it("does not ask for an update when the macro is newer than the impact change", async () => {
    const decisions = await incidentDecisions(incident({ impactChangedAt: minutesBefore(45) }));
    expect(decisionFor(decisions, "update_macro")).toBeUndefined();
  });
});

describe("Working with the Comms Lead: an edited macro is reported to them", () => {
  const sharedThenEdited = (editedMinutesAgo: number) =>
    macro({ sharedWithCommsAt: minutesBefore(20), updatedAt: minutesBefore(editedMinutesAgo) });

  it("asks to tell the Comms Lead what changed when a minor incident's macro was edited after sharing", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ roles: withComms, macro: sharedThenEdited(10) })),
      "update_macro",
    );
    expect(decision?.details).toMatchObject({
      notifyCommsLead: true,
      commsLead: { name: "Cam" },
      editedSinceComms: true,
      impactChanged: false,
      commsLastSawAt: minutesBefore(20),
      macroUpdatedAt: minutesBefore(10),
      needsFreshReview: false,
    });
    expect(decision?.summary).toBe(
      "Tell the Comms Lead (Cam) what changed in the macro for INC-123: it was edited after they last saw it.",
    );
  });

  it("says nothing when the macro is unchanged since the Comms Lead saw it", async () => {
    const decisions = await incidentDecisions(
      incident({ roles: withComms, macro: sharedThenEdited(20) }),
    );
    expect(decisionFor(decisions, "update_macro")).toBeUndefined();
  });

  it("says nothing about an edit without a Comms Lead", async () => {
    const decisions = await incidentDecisions(incident({ macro: sharedThenEdited(10) }));
    expect(decisionFor(decisions, "update_macro")).toBeUndefined();
  });

  it("needs a fresh review before a major incident's macro edited after its approval is used", async () => {
    const edited = incident({
      severity: "major",
      roles: withComms,
      macro: macro({
        sharedWithCommsAt: minutesBefore(25),
        approvedByCommsAt: minutesBefore(20),
        updatedAt: minutesBefore(5),
      }),
    });
    const decisions = await incidentDecisions(edited);
    expect(decisionFor(decisions, "update_macro")?.details).toMatchObject({
      notifyCommsLead: true,
      needsFreshReview: true,
      commsLastSawAt: minutesBefore(20),
    });
    expect(decisionFor(decisions, "update_macro")?.summary).toContain(
      "have them review it before it is used",
    );
    const review = decisionFor(decisions, "comms_review_before_use");
    expect(review?.blocking).toBe(true);
    expect(review?.details.editedAfterApproval).toBe(true);
    expect(review?.summary).toContain("the version edited after their approval");
    const replies = await ticketDecisions(waiting(), edited);
    expect(decisionFor(replies, "reply_with_macro")).toBeUndefined();
    expect(decisionFor(replies, "reply_with_status_link")?.details.useMacro).toBe(false);
  });

  it("keeps an approval given at the very moment of the last edit", async () => {
    const decisions = await incidentDecisions(
      incident({
        severity: "major",
        roles: withComms,
        macro: macro({ approvedByCommsAt: minutesBefore(30), updatedAt: minutesBefore(30) }),
      }),
    );
    expect(decisionFor(decisions, "comms_review_before_use")).toBeUndefined();
    expect(decisionFor(decisions, "update_macro")).toBeUndefined();
  });
});
