import { loadReadmeExample } from "@support/openapi-tools/testing";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { incident, zendeskAttachment } from "./fixtures.js";
import { API_KEY, BASE, checkNockScopes, contract, vendorError } from "./support.js";

const example = await loadReadmeExample(new URL("..", import.meta.url));
const env = { INCIDENT_IO_API_KEY: API_KEY, INCIDENT_IO_BASE_URL: undefined };

checkNockScopes();

const ID = "01JN8Q1INCIDENTCHECKOUT00A";
const checkout = {
  ...incident(ID, 4182, "Card payments declined"),
  permalink: "https://app.incident.io/acme/incidents/4182",
};

describe("README example", () => {
  it("prints the live incidents, then one incident by reference with its attachments", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query({ "status_category[one_of]": "live", page_size: "250" })
      .reply(
        contract.reply("get", "/v2/incidents", 200, {
          incidents: [checkout],
          pagination_meta: { page_size: 250 },
        }),
      )
      .get("/v2/incidents/4182")
      .reply(contract.reply("get", "/v2/incidents/{id}", 200, { incident: checkout }))
      .get("/v1/incident_attachments")
      .query({ incident_id: ID })
      .reply(
        contract.reply("get", "/v1/incident_attachments", 200, {
          incident_attachments: [zendeskAttachment("01JN8Q3ATTACHTICKET000000", ID, "88412")],
        }),
      );

    const output = await example.run({ env, args: ["INC-4182"] });

    expect(output).toStrictEqual({
      log: [
        "INC-4182 [Major] Card payments declined",
        "INC-4182: Investigating, https://app.incident.io/acme/incidents/4182",
        "  zendesk_ticket 88412: Ticket 88412: card payments declined",
      ],
      error: [],
      exitCode: undefined,
    });
  });

  it("reports a failed call with status, code and request id, and exits 1", async () => {
    nock(BASE)
      .get("/v2/incidents")
      .query(true)
      .reply(contract.reply("get", "/v2/incidents", 200, { incidents: [] }))
      .get("/v2/incidents/9")
      .reply(404, vendorError(404, "not_found", "Not found", "req-readme-404"));

    const output = await example.run({ env, args: ["INC-9"] });

    expect(output.log).toEqual([]);
    expect(output.error).toHaveLength(1);
    expect(output.error[0]).toMatch(/^404 not_found incident\.io GET .*\/v2\/incidents\/9 failed/);
    expect(output.error[0]).toContain("(request req-readme-404)");
    expect(output.error[0]).not.toContain(API_KEY);
    expect(output.exitCode).toBe(1);
  });
});
