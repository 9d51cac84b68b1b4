import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  getStatuspageIncident,
  InvalidArgumentError,
  UnexpectedResponseError,
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

const OPERATION = "/pages/{page_id}/incidents/{incident_id}" as const;

checkNockScopes();

describe("getStatuspageIncident", () => {
  it("fetches the incident by id on the client's page and returns it typed", async () => {
    const body = incident(7, {
      status: "monitoring",
      components: [component(1, "Exports API", { status: "degraded_performance" })],
      incident_updates: [
        {
          id: "upd000000071",
          incident_id: "inc000000007",
          status: "monitoring",
          body: "A fix is deployed; exports are catching up.",
          created_at: "2026-03-01T12:20:00Z",
          display_at: "2026-03-01T12:20:00Z",
          deliver_notifications: true,
        },
      ],
    });
    nock(ORIGIN)
      .get(`/v1/pages/${PAGE_ID}/incidents/inc000000007`)
      .matchHeader("authorization", `OAuth ${API_KEY}`)
      .reply(contract.reply("get", OPERATION, 200, body));
    const { client } = testClient();

    const found = await getStatuspageIncident(client, "inc000000007");

    expect(found.status).toBe("monitoring");
    expect(found.components?.map((c) => [c.name, c.status])).toEqual([
      ["Exports API", "degraded_performance"],
    ]);
    expect(found.incident_updates?.[0]?.body).toContain("catching up");
  });

  it("uses the page given to the call and escapes the id in the path", async () => {
    nock(ORIGIN)
      .get("/v1/pages/otherpage123/incidents/a%2Fb")
      .reply(contract.reply("get", OPERATION, 200, incident(8)));
    const { client } = testClient();

    expect((await getStatuspageIncident(client, "a/b", { pageId: "otherpage123" })).id).toBe(
      "inc000000008",
    );
  });

  it("stops when the caller's signal aborts, with the caller's reason", async () => {
    const { client } = testClient();
    const controller = new AbortController();
    controller.abort(new Error("briefing cancelled"));

    await expect(
      getStatuspageIncident(client, "inc000000007", { signal: controller.signal }),
    ).rejects.toThrow("briefing cancelled");
  });

  it("throws an ApiError with status 404, the vendor message and the request id", async () => {
    nock(ORIGIN)
      .get(`/v1/pages/${PAGE_ID}/incidents/gone00000000`)
      .reply(
        contract.reply(
          "get",
          OPERATION,
          404,
          { message: "The requested resource could not be found." },
          { "x-request-id": "req-77aa01" },
        ),
      );
    const { client } = testClient();

    const error = await expectApiError(getStatuspageIncident(client, "gone00000000"), {
      status: 404,
      method: "GET",
      code: undefined,
      requestId: "req-77aa01",
      vendor: "Statuspage",
    });
    expect(error.message).toBe(
      `Statuspage GET ${ORIGIN}/v1/pages/${PAGE_ID}/incidents/gone00000000 failed with HTTP 404 Not Found: The requested resource could not be found.`,
    );
  });

  it("reports a 2xx body that is not an incident as UnexpectedResponseError", async () => {
    // Deliberately off-contract: a list where the document promises one incident.
    nock(ORIGIN).get(`/v1/pages/${PAGE_ID}/incidents/inc000000009`).reply(200, []);
    const { client } = testClient();

    await expect(getStatuspageIncident(client, "inc000000009")).rejects.toThrow(
      UnexpectedResponseError,
    );
  });

  it.each([[""], ["  "], [undefined], [42]])(
    "refuses the incident id %o before sending",
    async (id) => {
      const { client } = testClient();
      await expect(getStatuspageIncident(client, id as string)).rejects.toThrow(
        new InvalidArgumentError(
          "getStatuspageIncident",
          '"incidentId" must be a non-empty string',
        ),
      );
    },
  );
});
