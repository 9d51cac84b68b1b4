import { describe, expect, it } from "vitest";
import {
  context,
  enterprise,
  incident,
  minutesBefore,
  SATURDAY,
  tam,
  waiting,
} from "../../../test/builders.js";
import { actionsOf, decisionFor, ticketDecisions } from "../../../test/policy.js";

const weekend = context({ now: SATURDAY });

describe("When an incident is declared", () => {
  it("lets a minor incident's tickets wait for the next support working hours", async () => {
    const decision = decisionFor(
      await ticketDecisions(waiting(), incident(), weekend),
      "wait_for_support_hours",
    );
    expect(decision?.details.until).toBe("2026-06-08T07:00:00.000Z");
    expect(decision?.ticketId).toBe("T-1");
  });

  it("does not make a major incident's customers wait", async () => {
    const decisions = await ticketDecisions(waiting(), incident({ severity: "major" }), weekend);
    expect(decisionFor(decisions, "wait_for_support_hours")).toBeUndefined();
  });

  it("does not hold tickets while support is within working hours", async () => {
    expect(decisionFor(await ticketDecisions(waiting()), "wait_for_support_hours")).toBeUndefined();
  });

  it("makes waiting the ticket's only reply, with a heads-up to the offline TAM inside it", async () => {
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise() }),
      incident(),
      weekend,
    );
    expect(actionsOf(decisions)).toEqual(["wait_for_support_hours"]);
    const decision = decisionFor(decisions, "wait_for_support_hours");
    expect(decision?.details.loopIn).toEqual([
      {
        role: "tam",
        name: "Tam",
        timezone: "America/New_York",
        email: "tam@example.com",
        online: false,
      },
    ]);
    expect(decision?.details).toMatchObject({
      useMacro: true,
      macroId: "m-1",
      statusPageUrl: "https://status.example.com/incidents/abc",
      csWillHandle: false,
    });
    expect(decision?.summary).toContain("give Tam (TAM) a heads-up");
  });

  it("keeps a ticket the account team took waiting, whatever the severity, so nobody else answers", async () => {
    const handled = waiting({
      organization: enterprise(),
      csConsultation: {
        openedAt: minutesBefore(40),
        answeredAt: minutesBefore(30),
        csWillHandle: true,
      },
    });
    const decisions = await ticketDecisions(handled, incident({ severity: "critical" }), weekend);
    expect(actionsOf(decisions)).toEqual(["wait_for_support_hours"]);
    expect(decisionFor(decisions, "wait_for_support_hours")?.details.csWillHandle).toBe(true);
    expect(decisionFor(decisions, "wait_for_support_hours")?.summary).toContain(
      "Acme's account team said they will answer the customer",
    );
  });

  it("loops in nobody for a customer without an account team", async () => {
    const decision = decisionFor(
      await ticketDecisions(
        waiting({ organization: { id: "o-2", name: "Small Co", enterprise: false, tam } }),
        incident(),
        weekend,
      ),
      "wait_for_support_hours",
    );
    expect(decision?.details.loopIn).toEqual([]);
    expect(decision?.summary).toBe(
      "Ticket T-1 waits for support hours, which resume at 2026-06-08T07:00:00.000Z.",
    );
  });
});
