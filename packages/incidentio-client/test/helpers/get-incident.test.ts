import nock from "nock";
import { describe, expect, it } from "vitest";
import { getIncidentIoIncident, InvalidArgumentError, resolveIncidentId } from "../../src/index.js";
import { incident } from "../fixtures.js";
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
const shown = contract.fixture("get", "/v2/incidents/{id}", 200, {
  incident: incident(ID, 4182, "Card payments declined at checkout"),
});

describe("getIncidentIoIncident", () => {
  it("shows an incident by its ID", async () => {
    nock(BASE).get(`/v2/incidents/${ID}`).reply(200, shown);
    const found = await getIncidentIoIncident(testClient(), ID);
    expect(found).toMatchObject({ id: ID, reference: "INC-4182" });
  });

  it.each(["INC-4182", "inc-4182", "4182", " INC-4182 "])(
    "shows an incident by reference %j with one request for its number",
    async (reference) => {
      nock(BASE).get("/v2/incidents/4182").reply(200, shown);
      expect((await getIncidentIoIncident(testClient(), reference)).id).toBe(ID);
    },
  );

  it("turns an unknown incident into an ApiError with the vendor's code and request id", async () => {
    nock(BASE)
      .get("/v2/incidents/9999")
      .reply(404, vendorError(404, "not_found", "Not found", "req-get-404"));
    const error = await expectApiError(getIncidentIoIncident(testClient(), "INC-9999"), {
      status: 404,
      code: "not_found",
      requestId: "req-get-404",
    });
    expect(error.message).toContain("GET https://api.incident.io/v2/incidents/9999");
  });

  it("refuses a blank incident or one with spaces inside before sending anything", async () => {
    const client = testClient();
    await expect(getIncidentIoIncident(client, "  ")).rejects.toThrow(
      new InvalidArgumentError("getIncidentIoIncident", '"incident" must be a non-empty string'),
    );
    await expect(getIncidentIoIncident(client, "INC 4182")).rejects.toThrow(
      /getIncidentIoIncident: "incident" must be an incident ID or a reference such as INC-123/,
    );
  });

  it("reports a body without an incident as an unexpected response", async () => {
    nock(BASE).get(`/v2/incidents/${ID}`).reply(200, { incidents: [] });
    await expect(getIncidentIoIncident(testClient(), ID)).rejects.toMatchObject({
      name: "UnexpectedResponseError",
      status: 200,
      message: expect.stringContaining('without the object "incident"'),
    });
  });
});

describe("resolveIncidentId", () => {
  it("returns an ID as given, without a request", async () => {
    expect(await resolveIncidentId(testClient(), ID)).toBe(ID);
  });

  it("looks a reference up with one show request", async () => {
    nock(BASE).get("/v2/incidents/4182").reply(200, shown);
    expect(await resolveIncidentId(testClient(), "INC-4182")).toBe(ID);
  });
});
