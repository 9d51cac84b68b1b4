import nock from "nock";
import { describe, expect, it } from "vitest";
import { listIncidentStatuses } from "../../src/index.js";
import { closedStatus, liveStatus } from "../fixtures.js";
import {
  BASE,
  checkNockScopes,
  contract,
  expectApiError,
  testClient,
  vendorError,
} from "../support.js";

checkNockScopes();

describe("listIncidentStatuses", () => {
  it("returns every status with its category from GET /v1/incident_statuses", async () => {
    nock(BASE)
      .get("/v1/incident_statuses")
      .reply(
        contract.reply("get", "/v1/incident_statuses", 200, {
          incident_statuses: [liveStatus, closedStatus],
        }),
      );
    const statuses = await listIncidentStatuses(testClient());
    expect(statuses.map((s) => [s.name, s.category])).toEqual([
      ["Investigating", "live"],
      ["Closed", "closed"],
    ]);
  });

  it("throws the vendor's error as a typed ApiError once retries are spent", async () => {
    nock(BASE)
      .get("/v1/incident_statuses")
      .reply(429, vendorError(429, "rate_limited", "Slow down", "req-status-429"), {
        "retry-after": "0",
      })
      .get("/v1/incident_statuses")
      .times(3)
      .reply(429, vendorError(429, "rate_limited", "Slow down", "req-status-429"));
    await expectApiError(listIncidentStatuses(testClient()), {
      status: 429,
      code: "rate_limited",
      requestId: "req-status-429",
    });
  });
});
