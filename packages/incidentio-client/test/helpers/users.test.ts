import nock from "nock";
import { describe, expect, it } from "vitest";
import { listUserPages, listUsers } from "../../src/index.js";
import { user } from "../fixtures.js";
import {
  BASE,
  checkNockScopes,
  collect,
  contract,
  expectApiError,
  testClient,
  vendorError,
} from "../support.js";

checkNockScopes();

const mira = user("01JN8Q0USERMIRA0000000000F", "Mira Kovac", "mira@acme.test");
const tomas = user("01JN8Q0USERTOMAS000000000J", "Tomas Lind", "tomas@acme.test");

const page = (users: (typeof mira)[], after?: string) =>
  contract.reply("get", "/v2/users", 200, {
    users,
    pagination_meta: { page_size: 1, ...(after && { after }) },
  });

describe("listUsers", () => {
  it("walks every page of GET /v2/users", async () => {
    nock(BASE)
      .get("/v2/users")
      .query({ page_size: "1" })
      .reply(page([mira], mira.id))
      .get("/v2/users")
      .query({ page_size: "1", after: mira.id })
      .reply(page([tomas]));
    const users = await collect(listUsers(testClient(), { pageSize: 1 }));
    expect(users.map((u) => u.email)).toEqual(["mira@acme.test", "tomas@acme.test"]);
  });

  it("sends the email, Slack and inactive filters under the vendor's names", async () => {
    nock(BASE)
      .get("/v2/users")
      .query({
        email: "mira@acme.test",
        slack_user_id: "U04MIRA",
        include_inactive: "true",
        page_size: "250",
      })
      .reply(page([mira]));
    const users = await collect(
      listUsers(testClient(), {
        email: "mira@acme.test",
        slackUserId: "U04MIRA",
        includeInactive: true,
      }),
    );
    expect(users).toEqual([mira]);
  });

  it("yields response pages from .pages() and accepts page sizes up to 10,000", async () => {
    nock(BASE)
      .get("/v2/users")
      .query({ page_size: "10000" })
      .reply(page([mira, tomas]));
    const pages = await collect(listUsers(testClient(), { pageSize: 10_000 }).pages());
    expect(pages.map((p) => p.users.length)).toEqual([2]);
    expect(() => listUsers(testClient(), { pageSize: 10_001 })).toThrow(
      'listUsers: "pageSize" must be a whole number from 1 to 10000, got 10001',
    );
  });

  it("keeps listUserPages as a deprecated alias of listUsers(...).pages()", async () => {
    nock(BASE)
      .get("/v2/users")
      .query({ page_size: "250" })
      .reply(page([mira]));
    const pages = await collect(listUserPages(testClient()));
    expect(pages.map((p) => p.users.map((u) => u.id))).toEqual([[mira.id]]);
  });

  it("collects every user with toArray()", async () => {
    nock(BASE)
      .get("/v2/users")
      .query({ page_size: "1" })
      .reply(page([mira], mira.id))
      .get("/v2/users")
      .query({ page_size: "1", after: mira.id })
      .reply(page([tomas]));
    expect(await listUsers(testClient(), { pageSize: 1 }).toArray()).toEqual([mira, tomas]);
  });

  it("throws the vendor's error as a typed ApiError", async () => {
    nock(BASE)
      .get("/v2/users")
      .query(true)
      .reply(
        422,
        vendorError(422, "invalid_value", "page_size: must be positive", "req-users-422"),
      );
    const error = await expectApiError(collect(listUsers(testClient())), {
      status: 422,
      code: "invalid_value",
      requestId: "req-users-422",
    });
    expect(error.message).toContain("page_size: must be positive");
  });
});
