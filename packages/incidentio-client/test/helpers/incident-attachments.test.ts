import nock from "nock";
import { describe, expect, it } from "vitest";
import { listIncidentAttachments } from "../../src/index.js";
import { incident, zendeskAttachment } from "../fixtures.js";
import {
  BASE,
  checkNockScopes,
  contract,
  expectApiError,
  testClient,
  vendorError,
} from "../support.js";

checkNockScopes();

const ID = "01JN8Q1INCIDENTCHECKOUT00A";
const ticket = zendeskAttachment("01JN8Q3ATTACHTICKET000000", ID, "88412");

describe("listIncidentAttachments", () => {
  it("lists the attachments of an incident given by ID", async () => {
    nock(BASE)
      .get("/v1/incident_attachments")
      .query({ incident_id: ID })
      .reply(
        contract.reply("get", "/v1/incident_attachments", 200, { incident_attachments: [ticket] }),
      );
    const attachments = await listIncidentAttachments(testClient(), ID);
    expect(attachments.map((a) => [a.resource.resource_type, a.resource.external_id])).toEqual([
      ["zendesk_ticket", "88412"],
    ]);
  });

  it("looks a reference up first, since the list filters by full ID", async () => {
    nock(BASE)
      .get("/v2/incidents/4182")
      .reply(
        contract.reply("get", "/v2/incidents/{id}", 200, {
          incident: incident(ID, 4182, "Card payments declined"),
        }),
      )
      .get("/v1/incident_attachments")
      .query({ incident_id: ID })
      .reply(contract.reply("get", "/v1/incident_attachments", 200, { incident_attachments: [] }));
    expect(await listIncidentAttachments(testClient(), "INC-4182")).toEqual([]);
  });

  it("throws the vendor's error as a typed ApiError", async () => {
    nock(BASE)
      .get("/v1/incident_attachments")
      .query(true)
      .reply(403, vendorError(403, "forbidden", "Missing scope", "req-attach-403"));
    await expectApiError(listIncidentAttachments(testClient(), ID), {
      status: 403,
      code: "forbidden",
      requestId: "req-attach-403",
    });
  });
});
