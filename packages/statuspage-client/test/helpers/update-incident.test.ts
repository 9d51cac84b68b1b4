import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  type IncidentChanges,
  InvalidArgumentError,
  MAX_UPDATE_BODY_LENGTH,
  updateIncident,
} from "../../src/index.js";
import {
  API_KEY,
  checkNockScopes,
  component,
  contract,
  expectApiError,
  incident,
  ORIGIN,
  PAGE_ID,
  testClient,
} from "../support.js";

const PATH = `/v1/pages/${PAGE_ID}/incidents/inc000000003`;
const OPERATION = "/pages/{page_id}/incidents/{incident_id}" as const;

const updated = incident(3, {
  status: "identified",
  impact: "major",
  components: [component(2, "Exports API", { status: "partial_outage" })],
});

checkNockScopes();

describe("updateIncident", () => {
  it("PATCHes status, message, component statuses and deliver_notifications as `incident`", async () => {
    const sent = {
      incident: {
        status: "identified",
        body: "We found the cause: a stuck export queue. Exports are delayed, none are lost.",
        components: { cmp000000002: "partial_outage" },
        deliver_notifications: true,
      },
    };
    nock(ORIGIN)
      .patch(PATH, sent)
      .matchHeader("authorization", `OAuth ${API_KEY}`)
      .matchHeader("content-type", /application\/json/)
      .reply(contract.reply("patch", OPERATION, 200, updated));
    const { client } = testClient();

    const result = await updateIncident(client, "inc000000003", {
      status: "identified",
      body: sent.incident.body,
      components: { cmp000000002: "partial_outage" },
      deliver_notifications: true,
    });

    expect(result.status).toBe("identified");
    expect(result.components?.[0]?.status).toBe("partial_outage");
  });

  it("sends only the fields given, with notifications off when asked", async () => {
    nock(ORIGIN)
      .patch(PATH, {
        incident: { body: "Still catching up on delayed exports.", deliver_notifications: false },
      })
      .reply(contract.reply("patch", OPERATION, 200, updated));
    const { client } = testClient();

    await updateIncident(client, "inc000000003", {
      body: "Still catching up on delayed exports.",
      deliver_notifications: false,
    });
  });

  it("passes component_ids through on the page given to the call", async () => {
    nock(ORIGIN)
      .patch("/v1/pages/otherpage123/incidents/inc000000003", {
        incident: { component_ids: ["cmp000000002", "cmp000000004"], deliver_notifications: true },
      })
      .reply(contract.reply("patch", OPERATION, 200, updated));
    const { client } = testClient();

    await updateIncident(
      client,
      "inc000000003",
      { component_ids: ["cmp000000002", "cmp000000004"], deliver_notifications: true },
      { pageId: "otherpage123" },
    );
  });

  it("throws the vendor's refusal as an ApiError with status, message and request id", async () => {
    nock(ORIGIN)
      .patch(PATH)
      .reply(
        contract.reply(
          "patch",
          OPERATION,
          422,
          { message: "Status cannot be changed on a resolved incident" },
          { "x-request-id": "req-9f2e44" },
        ),
      );
    const { client } = testClient();

    const error = await expectApiError(
      updateIncident(client, "inc000000003", { status: "monitoring", deliver_notifications: true }),
      { status: 422, method: "PATCH", requestId: "req-9f2e44", code: undefined },
    );
    expect(error.message).toContain("Status cannot be changed on a resolved incident");
  });

  it("does not retry a PATCH that failed with a server error", async () => {
    // The document declares no 5xx responses, so this reply cannot come from the contract.
    nock(ORIGIN)
      .patch(PATH)
      .reply(500, { message: "Internal error" }, { "x-request-id": "req-5000" });
    const { client } = testClient();

    await expectApiError(
      updateIncident(client, "inc000000003", { status: "resolved", deliver_notifications: true }),
      { status: 500, requestId: "req-5000" },
    );
  });

  const refused: [string, unknown, string][] = [
    [
      "a missing deliver_notifications",
      { status: "resolved" },
      '"deliver_notifications" must be true or false: say whether subscribers are notified',
    ],
    [
      "a string deliver_notifications",
      { status: "resolved", deliver_notifications: "yes" },
      '"deliver_notifications" must be true or false: say whether subscribers are notified',
    ],
    [
      "nothing to change",
      { deliver_notifications: true },
      "nothing to change: give status, body, components, component_ids",
    ],
    [
      "an unknown status",
      { status: "fixed", deliver_notifications: true },
      '"status" must be one of investigating, identified, monitoring, resolved, scheduled, in_progress, verifying, completed (got "fixed")',
    ],
    [
      "a blank body",
      { body: "  ", deliver_notifications: true },
      '"body" must be a non-empty string',
    ],
    [
      "an overlong body",
      { body: "x".repeat(MAX_UPDATE_BODY_LENGTH + 1), deliver_notifications: true },
      '"body" is 25001 characters; Statuspage takes at most 25000',
    ],
    [
      "an unknown component status",
      { components: { cmp000000002: "down" }, deliver_notifications: true },
      '"components.cmp000000002" must be one of operational, under_maintenance, degraded_performance, partial_outage, major_outage (got "down")',
    ],
    [
      "the empty component status",
      { components: { cmp000000002: "" }, deliver_notifications: true },
      '"components.cmp000000002" must be one of operational, under_maintenance, degraded_performance, partial_outage, major_outage (got "")',
    ],
    [
      "components given as a list",
      { components: ["cmp000000002"], deliver_notifications: true },
      '"components" must map component ids to statuses',
    ],
    [
      "a blank component id in the map",
      { components: { " ": "operational" }, deliver_notifications: true },
      '"components key" must be a non-empty string',
    ],
    [
      "an empty components map",
      { components: {}, deliver_notifications: true },
      '"components" must name at least one component',
    ],
    [
      "a blank component id",
      { component_ids: ["cmp000000002", ""], deliver_notifications: true },
      '"component_ids[1]" must be a non-empty string',
    ],
    [
      "a camel-cased field",
      { status: "resolved", deliverNotifications: true },
      'unknown field "deliverNotifications" (known: status, body, components, component_ids, deliver_notifications)',
    ],
    ["no changes object", undefined, '"changes" must be an object'],
  ];

  it.each(refused)("refuses %s before sending anything", async (_, changes, message) => {
    const { client } = testClient();

    await expect(
      updateIncident(client, "inc000000003", changes as IncidentChanges),
    ).rejects.toThrow(new InvalidArgumentError(`updateIncident`, `${message}`));
  });

  it("makes deliver_notifications required and component statuses the document's, at compile time", () => {
    // @ts-expect-error: deliver_notifications must always be stated
    const silent: IncidentChanges = { status: "resolved" };
    // @ts-expect-error: "down" is not a component status
    const wrong: IncidentChanges = { components: { c1: "down" }, deliver_notifications: true };
    expect([silent, wrong]).toHaveLength(2);
  });

  it("refuses a blank incident id before sending anything", async () => {
    const { client } = testClient();

    await expect(
      updateIncident(client, " ", { status: "resolved", deliver_notifications: true }),
    ).rejects.toThrow(
      new InvalidArgumentError("updateIncident", '"incidentId" must be a non-empty string'),
    );
  });
});
