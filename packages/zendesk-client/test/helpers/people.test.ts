import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  ClientConfigError,
  InvalidArgumentError,
  showOrganization,
  showOrganizations,
  showUser,
  showUsers,
  UnexpectedResponseError,
} from "../../src/index.js";
import {
  apiErrorOf,
  BASE,
  checkNockScopes,
  contract,
  testClient,
  zendeskError,
} from "../support.js";

checkNockScopes();

const organization = (id: number) => ({
  id,
  name: `Northwind ${id}`,
  domain_names: ["northwind.example"],
  tags: ["enterprise"],
  organization_fields: {
    enterprise_plan: true,
    tam_email: "tam@example.com",
    csm_email: null,
    seats: 250,
    regions: ["eu", "us"],
  },
});

const agent = (id: number) => ({
  id,
  name: `Agent ${id}`,
  email: `agent${id}@example.com`,
  role: "agent",
  organization_id: 9001,
  tags: ["tier2"],
  user_fields: { timezone_team: "emea", on_call: false },
});

describe("showOrganization", () => {
  it("returns the organization with its custom fields as Zendesk typed them", async () => {
    nock(BASE)
      .get("/api/v2/organizations/9001")
      .reply(
        200,
        contract.fixture("get", "/api/v2/organizations/{organization_id}", 200, {
          organization: organization(9001),
        }),
      );
    const found = await showOrganization(testClient(), 9001);
    expect(found.organization_fields).toEqual({
      enterprise_plan: true,
      tam_email: "tam@example.com",
      csm_email: null,
      seats: 250,
      regions: ["eu", "us"],
    });
  });

  it("turns a 404 into an ApiError with Zendesk's code and request id", async () => {
    nock(BASE)
      .get("/api/v2/organizations/1")
      .reply(404, ...zendeskError("RecordNotFound", "Not found", "req-org"));
    const error = await apiErrorOf(showOrganization(testClient(), 1));
    expect(error).toMatchObject({ status: 404, code: "RecordNotFound", requestId: "req-org" });
  });

  it("rejects a non-id before any request", async () => {
    // One error class from api-core for every argument check, never a bare TypeError.
    const error = await showOrganization(testClient(), -1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toBeInstanceOf(ClientConfigError);
    expect(error).toMatchObject({
      helper: "showOrganization",
      message: 'showOrganization: "organizationId" must be a positive whole number id, got -1',
    });
  });
});

describe("showOrganizations", () => {
  it("looks organizations up 100 ids at a time", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => 9001 + i);
    const answer = (batch: number[]) =>
      contract.fixture("get", "/api/v2/organizations/show_many", 200, {
        organizations: batch.map(organization),
        count: batch.length,
        next_page: null,
        previous_page: null,
      });
    nock(BASE)
      .get("/api/v2/organizations/show_many")
      .query({ ids: ids.slice(0, 100).join(",") })
      .reply(200, answer(ids.slice(0, 100)))
      .get("/api/v2/organizations/show_many")
      .query({ ids: "9101" })
      .reply(200, answer([9101]));
    const found = await showOrganizations(testClient(), ids);
    expect(found.map((o) => o.id)).toEqual(ids);
  });

  it("turns a refused lookup into an ApiError", async () => {
    nock(BASE)
      .get("/api/v2/organizations/show_many")
      .query({ ids: "1" })
      .reply(401, ...zendeskError("Unauthorized", "Couldn't authenticate you", "req-401"));
    const error = await apiErrorOf(showOrganizations(testClient(), [1]));
    expect(error).toMatchObject({ status: 401, code: "Unauthorized", requestId: "req-401" });
  });

  it("reports an answer without organizations as an UnexpectedResponseError", async () => {
    nock(BASE)
      .get("/api/v2/organizations/show_many")
      .query({ ids: "1" })
      .reply(200, contract.fixture("get", "/api/v2/organizations/show_many", 200, {}));
    await expect(showOrganizations(testClient(), [1])).rejects.toThrow(UnexpectedResponseError);
  });
});

describe("showUser and showUsers", () => {
  it("returns a user with user_fields", async () => {
    nock(BASE)
      .get("/api/v2/users/7002")
      .reply(200, contract.fixture("get", "/api/v2/users/{user_id}", 200, { user: agent(7002) }));
    const user = await showUser(testClient(), 7002);
    expect(user).toMatchObject({ id: 7002, user_fields: { timezone_team: "emea" } });
  });

  it("turns a missing user into an ApiError", async () => {
    nock(BASE)
      .get("/api/v2/users/1")
      .reply(404, ...zendeskError("RecordNotFound", "Not found", "req-user"));
    const error = await apiErrorOf(showUser(testClient(), 1));
    expect(error).toMatchObject({ status: 404, code: "RecordNotFound", requestId: "req-user" });
  });

  it("looks many users up with show_many", async () => {
    nock(BASE)
      .get("/api/v2/users/show_many")
      .query({ ids: "7002,7003" })
      .reply(
        200,
        contract.fixture("get", "/api/v2/users/show_many", 200, {
          users: [agent(7002), agent(7003)],
        }),
      );
    expect((await showUsers(testClient(), [7002, 7003, 7002])).map((u) => u.id)).toEqual([
      7002, 7003,
    ]);
  });

  it("turns a refused lookup into an ApiError", async () => {
    nock(BASE)
      .get("/api/v2/users/show_many")
      .query({ ids: "7002" })
      .reply(403, ...zendeskError("Forbidden", "You do not have access", "req-users"));
    const error = await apiErrorOf(showUsers(testClient(), [7002]));
    expect(error).toMatchObject({ status: 403, code: "Forbidden", requestId: "req-users" });
  });
});
