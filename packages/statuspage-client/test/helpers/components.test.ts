import nock from "nock";
import { describe, expect, it } from "vitest";
import { listComponents } from "../../src/index.js";
import {
  API_KEY,
  checkNockScopes,
  collect,
  component,
  contract,
  expectApiError,
  ORIGIN,
  PAGE_ID,
  testClient,
} from "../support.js";

const PATH = `/v1/pages/${PAGE_ID}/components`;
const OPERATION = "/pages/{page_id}/components" as const;

checkNockScopes();

describe("listComponents", () => {
  it("asks for the first 100 with the OAuth key and yields components and groups", async () => {
    const body = [
      component(1, "EU region", { group: true }),
      component(2, "Exports API", { group_id: "cmp000000001", status: "partial_outage" }),
    ];
    nock(ORIGIN)
      .get(PATH)
      .query({ page: "1", per_page: "100" })
      .matchHeader("authorization", `OAuth ${API_KEY}`)
      .reply(contract.reply("get", OPERATION, 200, body));
    const { client } = testClient();

    const components = await collect(listComponents(client));

    expect(components.map((c) => [c.name, c.group, c.status])).toEqual([
      ["EU region", true, "operational"],
      ["Exports API", false, "partial_outage"],
    ]);
  });

  it("turns a vendor error into an ApiError with the status and request id, never the key", async () => {
    nock(ORIGIN)
      .get(PATH)
      .query(true)
      .reply(
        contract.reply(
          "get",
          OPERATION,
          401,
          { message: "Could not authenticate" },
          {
            "x-request-id": "req-c0ffee",
          },
        ),
      );
    const { client } = testClient();

    await expectApiError(collect(listComponents(client)), {
      status: 401,
      requestId: "req-c0ffee",
      code: undefined,
    });
  });
});

describe("listComponentPages", () => {
  it("yields one array per request on the page given to the call", async () => {
    nock(ORIGIN)
      .get("/v1/pages/otherpage123/components")
      .query({ page: "1", per_page: "100" })
      .reply(contract.reply("get", OPERATION, 200, [component(1, "Dashboard")]));
    const { client } = testClient();

    const pages = await collect(listComponents(client, { pageId: "otherpage123" }).pages());

    expect(pages.map((page) => page.map((c) => c.name))).toEqual([["Dashboard"]]);
  });
});
