import nock from "nock";
import { describe, expect, it } from "vitest";
import { listIncidentRoles } from "../../src/index.js";
import { commsRole } from "../fixtures.js";
import {
  BASE,
  checkNockScopes,
  contract,
  expectApiError,
  testClient,
  vendorError,
} from "../support.js";

checkNockScopes();

describe("listIncidentRoles", () => {
  it("returns every role from GET /v2/incident_roles", async () => {
    const lead = {
      ...commsRole,
      id: "01JN8Q0ROLELEAD0000000000H",
      name: "Incident lead",
      shortform: "lead",
      role_type: "lead" as const,
    };
    nock(BASE)
      .get("/v2/incident_roles")
      .reply(
        contract.reply("get", "/v2/incident_roles", 200, { incident_roles: [lead, commsRole] }),
      );
    const roles = await listIncidentRoles(testClient());
    expect(roles.map((r) => [r.shortform, r.role_type])).toEqual([
      ["lead", "lead"],
      ["comms", "custom"],
    ]);
  });

  it("throws the vendor's error as a typed ApiError once retries are spent", async () => {
    nock(BASE)
      .get("/v2/incident_roles")
      .times(4)
      .reply(500, vendorError(500, "internal_error", "Try again", "req-roles-500"));
    await expectApiError(listIncidentRoles(testClient()), {
      status: 500,
      code: "internal_error",
      requestId: "req-roles-500",
    });
  });
});
