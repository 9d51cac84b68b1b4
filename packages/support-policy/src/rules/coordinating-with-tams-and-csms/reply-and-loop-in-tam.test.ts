import { describe, expect, it } from "vitest";
import { enterprise, incident, person, tam, waiting } from "../../../test/builders.js";
import { decisionFor, ticketDecisions } from "../../../test/policy.js";

const major = incident({ severity: "major" });

describe("Coordinating with TAMs and CSMs", () => {
  it("answers an enterprise customer whose TAM is on holiday and loops the TAM in", async () => {
    const onHoliday = {
      ...tam,
      outOfOffice: [{ from: "2026-06-01T00:00:00Z", to: "2026-06-10T00:00:00Z" }],
    };
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise({ tam: onHoliday }) }),
      major,
    );
    const decision = decisionFor(decisions, "reply_and_loop_in_tam");
    expect(decision?.details.loopIn).toEqual([
      expect.objectContaining({ role: "tam", name: "Tam" }),
    ]);
    expect(decisionFor(decisions, "check_with_cs")).toBeUndefined();
  });

  it("answers when the CSM is outside their working hours", async () => {
    const sydneyCsm = person({ name: "Sid", timezone: "Australia/Sydney" }); // 02:00 there
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise({ tam: undefined, csm: sydneyCsm }) }),
      major,
    );
    expect(decisionFor(decisions, "reply_and_loop_in_tam")?.summary).toContain("Sid (CSM)");
  });

  it("answers a minor incident directly and still gives the offline TAM a heads-up", async () => {
    const onHoliday = {
      ...tam,
      outOfOffice: [{ from: "2026-06-01T00:00:00Z", to: "2026-06-10T00:00:00Z" }],
    };
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise({ tam: onHoliday }) }),
      incident({ severity: "minor" }),
    );
    expect(decisionFor(decisions, "reply_and_loop_in_tam")).toBeDefined();
    expect(decisionFor(decisions, "check_with_cs")).toBeUndefined();
  });

  it("does not loop in the TAM of a minor incident while the TAM is online", async () => {
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise() }),
      incident({ severity: "minor" }),
    );
    expect(decisionFor(decisions, "reply_and_loop_in_tam")).toBeUndefined();
  });

  it("leaves an open side conversation to the CS rules even when the TAM went offline", async () => {
    const onHoliday = {
      ...tam,
      outOfOffice: [{ from: "2026-06-01T00:00:00Z", to: "2026-06-10T00:00:00Z" }],
    };
    const decisions = await ticketDecisions(
      waiting({
        organization: enterprise({ tam: onHoliday }),
        csConsultation: { openedAt: "2026-06-03T15:55:00Z" },
      }),
      major,
    );
    expect(decisionFor(decisions, "reply_and_loop_in_tam")).toBeUndefined();
  });

  it("consults CS instead while the TAM is online", async () => {
    const decisions = await ticketDecisions(waiting({ organization: enterprise() }), major);
    expect(decisionFor(decisions, "reply_and_loop_in_tam")).toBeUndefined();
  });
});
