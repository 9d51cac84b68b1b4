import { describe, expect, it } from "vitest";
import { context, incident, ticket } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("Using the status page", () => {
  it("asks for a status page entry when external comms are required", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ statusPage: undefined, externalCommsRequired: true })),
      "publish_status_page",
    );
    expect(decision?.owner).toBe("incident_lead");
    expect(decision?.details.externalCommsRequired).toBe(true);
  });

  it("asks for a status page entry when related tickets are arriving", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ statusPage: undefined }), context({ queue: [ticket()] })),
      "publish_status_page",
    );
    expect(decision?.details.relatedTicketCount).toBe(1);
  });

  it("does not ask for one while customers are not affected", async () => {
    const decisions = await incidentDecisions(incident({ statusPage: undefined }));
    expect(decisionFor(decisions, "publish_status_page")).toBeUndefined();
  });
});
