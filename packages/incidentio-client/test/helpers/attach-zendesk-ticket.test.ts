import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  attachZendeskTicket,
  type IncidentAttachment,
  InvalidArgumentError,
} from "../../src/index.js";
import { incident, zendeskAttachment } from "../fixtures.js";
import {
  BASE,
  checkNockScopes,
  contract,
  expectApiError,
  refuseValidRequest,
  testClient,
  vendorError,
} from "../support.js";

checkNockScopes();

const ID = "01JN8Q1INCIDENTCHECKOUT00A";
const OTHER = "01JN8Q1INCIDENTOTHER000000";
const attached = zendeskAttachment("01JN8Q3ATTACHTICKET000000", ID, "88412");
const lookup = { resource_type: "zendesk_ticket", external_id: "88412" };
const found = (attachments: (typeof attached)[]) =>
  contract.reply("get", "/v1/incident_attachments", 200, { incident_attachments: attachments });

/** Replies 201 with the attachment after checking the body is the one a Zendesk ticket needs. */
function expectCreate() {
  const bodies: unknown[] = [];
  const reply = contract.reply("post", "/v1/incident_attachments", 201, {
    incident_attachment: attached,
  });
  nock(BASE)
    .post("/v1/incident_attachments")
    .reply(async (request: Request) => {
      bodies.push(await request.clone().json());
      return reply(request);
    });
  return bodies;
}

describe("attachZendeskTicket", () => {
  it("creates the attachment when the ticket is not attached yet", async () => {
    nock(BASE).get("/v1/incident_attachments").query(lookup).reply(found([]));
    const bodies = expectCreate();
    const result = await attachZendeskTicket(testClient(), ID, 88412);
    expect(result).toEqual({ attachment: attached, created: true });
    expect(bodies).toEqual([
      { incident_id: ID, resource: { resource_type: "zendesk_ticket", external_id: "88412" } },
    ]);
  });

  it("returns the existing attachment without creating a second one", async () => {
    nock(BASE)
      .get("/v1/incident_attachments")
      .query(lookup)
      .reply(found([attached]));
    const result = await attachZendeskTicket(testClient(), ID, "88412");
    expect(result).toEqual({ attachment: attached, created: false });
  });

  it("still attaches a ticket that is attached only to another incident", async () => {
    const elsewhere = zendeskAttachment("01JN8Q3ATTACHELSEWHERE000", OTHER, "88412");
    nock(BASE)
      .get("/v1/incident_attachments")
      .query(lookup)
      .reply(found([elsewhere]));
    expectCreate();
    expect((await attachZendeskTicket(testClient(), ID, 88412)).created).toBe(true);
  });

  it("returns the attachment a concurrent caller made when the create is refused", async () => {
    nock(BASE)
      .get("/v1/incident_attachments")
      .query(lookup)
      .reply(found([]))
      .post("/v1/incident_attachments")
      .reply(
        refuseValidRequest(
          "post",
          "/v1/incident_attachments",
          422,
          vendorError(422, "invalid_value", "already attached", "req-dup-422"),
        ),
      )
      .get("/v1/incident_attachments")
      .query(lookup)
      .reply(found([attached]));
    const result = await attachZendeskTicket(testClient(), ID, 88412);
    expect(result).toEqual({ attachment: attached, created: false });
  });

  it("throws the refusal as a typed ApiError when no attachment appeared", async () => {
    nock(BASE)
      .get("/v1/incident_attachments")
      .query(lookup)
      .reply(found([]))
      .post("/v1/incident_attachments")
      .reply(
        refuseValidRequest(
          "post",
          "/v1/incident_attachments",
          422,
          vendorError(422, "invalid_value", "integration not installed", "req-att-422"),
        ),
      )
      .get("/v1/incident_attachments")
      .query(lookup)
      .reply(found([]));
    await expectApiError(attachZendeskTicket(testClient(), ID, 88412), {
      status: 422,
      code: "invalid_value",
      requestId: "req-att-422",
    });
  });

  it("does not retry or look again after other failures of the create", async () => {
    nock(BASE)
      .get("/v1/incident_attachments")
      .query(lookup)
      .reply(found([]))
      .post("/v1/incident_attachments")
      .reply(
        refuseValidRequest(
          "post",
          "/v1/incident_attachments",
          500,
          vendorError(500, "internal_error", "Try again", "req-att-500"),
        ),
      );
    await expectApiError(attachZendeskTicket(testClient(), ID, 88412), {
      status: 500,
      code: "internal_error",
      requestId: "req-att-500",
    });
  });

  it("resolves an incident reference to its ID first", async () => {
    nock(BASE)
      .get("/v2/incidents/4182")
      .reply(
        contract.reply("get", "/v2/incidents/{id}", 200, {
          incident: incident(ID, 4182, "Card payments declined"),
        }),
      )
      .get("/v1/incident_attachments")
      .query(lookup)
      .reply(found([attached]));
    expect((await attachZendeskTicket(testClient(), "INC-4182", 88412)).created).toBe(false);
  });

  describe("with the incident's attachments already known", () => {
    const statusPage: IncidentAttachment = {
      id: "01JN8Q3ATTACHSTATUSPAGE00",
      incident_id: ID,
      resource: {
        resource_type: "atlassian_statuspage_incident",
        external_id: "kx3v9p2mq1wd",
        title: "Card payments declined",
        permalink: "https://status.acme.test/incidents/kx3v9p2mq1wd",
      },
    };

    it("creates the attachment with the one POST, without looking it up", async () => {
      const bodies = expectCreate();
      const result = await attachZendeskTicket(testClient(), ID, 88412, {
        knownAttachments: [statusPage],
      });
      expect(result).toEqual({ attachment: attached, created: true });
      expect(bodies).toHaveLength(1);
    });

    it("returns a ticket found among them without any request", async () => {
      const result = await attachZendeskTicket(testClient(), ID, 88412, {
        knownAttachments: [statusPage, attached],
      });
      expect(result).toEqual({ attachment: attached, created: false });
    });

    it("does not count the ticket's attachment to another incident", async () => {
      const elsewhere = zendeskAttachment("01JN8Q3ATTACHELSEWHERE000", OTHER, "88412");
      expectCreate();
      const result = await attachZendeskTicket(testClient(), ID, 88412, {
        knownAttachments: [elsewhere],
      });
      expect(result.created).toBe(true);
    });

    it("still survives a concurrent caller: a refused create is looked up once", async () => {
      nock(BASE)
        .post("/v1/incident_attachments")
        .reply(
          refuseValidRequest(
            "post",
            "/v1/incident_attachments",
            409,
            vendorError(409, "conflict", "already attached", "req-dup-409"),
          ),
        )
        .get("/v1/incident_attachments")
        .query(lookup)
        .reply(found([attached]));
      const result = await attachZendeskTicket(testClient(), ID, 88412, { knownAttachments: [] });
      expect(result).toEqual({ attachment: attached, created: false });
    });

    it.each([{}, "attachments", [null]])(
      "refuses knownAttachments %j before sending anything",
      async (knownAttachments) => {
        await expect(
          attachZendeskTicket(testClient(), ID, 88412, {
            knownAttachments: knownAttachments as never,
          }),
        ).rejects.toThrow(
          new InvalidArgumentError(
            "attachZendeskTicket",
            '"knownAttachments" must be a list of the incident\'s attachments (as listIncidentAttachments returns them)',
          ),
        );
      },
    );
  });

  it.each([0, -3, 1.5, "", "12a", "0012", Number.NaN])(
    "refuses the ticket ID %j before sending anything",
    async (ticketId) => {
      await expect(attachZendeskTicket(testClient(), ID, ticketId)).rejects.toThrow(
        new InvalidArgumentError(
          "attachZendeskTicket",
          '"ticketId" must be a Zendesk ticket ID, a positive whole number',
        ),
      );
    },
  );
});
