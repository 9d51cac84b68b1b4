import nock from "nock";
import { describe, expect, it } from "vitest";
import { listSeverities } from "../../src/index.js";
import { majorSeverity } from "../fixtures.js";
import {
  BASE,
  checkNockScopes,
  contract,
  expectApiError,
  testClient,
  vendorError,
} from "../support.js";

checkNockScopes();

describe("listSeverities", () => {
  it("returns every severity from GET /v1/severities", async () => {
    const minor = { ...majorSeverity, id: "01JN8Q0SEVERITYMINOR00000G", name: "Minor", rank: 1 };
    nock(BASE)
      .get("/v1/severities")
      .reply(contract.reply("get", "/v1/severities", 200, { severities: [majorSeverity, minor] }));
    const severities = await listSeverities(testClient());
    expect(severities.map((s) => [s.name, s.rank])).toEqual([
      ["Major", 3],
      ["Minor", 1],
    ]);
  });

  it("throws the vendor's error as a typed ApiError", async () => {
    nock(BASE)
      .get("/v1/severities")
      .reply(401, vendorError(401, "authentication_required", "Bad key", "req-sev-401"));
    await expectApiError(listSeverities(testClient()), {
      status: 401,
      code: "authentication_required",
      requestId: "req-sev-401",
    });
  });

  it("reports a body without the severities list as an unexpected response", async () => {
    nock(BASE).get("/v1/severities").reply(200, { severities: null });
    await expect(listSeverities(testClient())).rejects.toMatchObject({
      name: "UnexpectedResponseError",
      message: expect.stringContaining('without the list "severities"'),
    });
  });
});
