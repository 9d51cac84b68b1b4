import nock from "nock";
import { describe, expect, it } from "vitest";
import { findComponentsByName, InvalidArgumentError } from "../../src/index.js";
import {
  checkNockScopes,
  component,
  contract,
  expectApiError,
  ORIGIN,
  PAGE_ID,
  testClient,
} from "../support.js";

const PATH = `/v1/pages/${PAGE_ID}/components`;
const OPERATION = "/pages/{page_id}/components" as const;

const euGroup = component(1, "EU region", { group: true });
const euApi = component(2, "Exports API", { group_id: euGroup.id ?? "" });
const usApi = component(3, "Exports API", { group_id: "cmp000000009" });
const dashboard = component(4, "Dashboard");
const webhooks = component(5, "Outgoing  Webhooks");

function answerComponents(...pages: (typeof euApi)[][]): void {
  const scope = nock(ORIGIN);
  pages.forEach((body, i) => {
    scope
      .get(PATH)
      .query({ page: String(i + 1), per_page: "2" })
      .reply(contract.reply("get", OPERATION, 200, body));
  });
}

checkNockScopes();

describe("findComponentsByName", () => {
  it("matches names ignoring case and spacing, keyed by the names as asked, in that order", async () => {
    answerComponents([euGroup, euApi], [dashboard, webhooks], []);
    const { client } = testClient();

    const result = await findComponentsByName(
      client,
      ["  dashboard", "outgoing webhooks", "EU REGION"],
      { perPage: 2 },
    );

    expect([...result.found].map(([name, found]) => [name, found.map((c) => c.id)])).toEqual([
      ["  dashboard", ["cmp000000004"]],
      ["outgoing webhooks", ["cmp000000005"]],
      ["EU REGION", ["cmp000000001"]],
    ]);
    expect(result.missing).toEqual([]);
  });

  it("returns every component carrying a name that two groups share", async () => {
    answerComponents([euApi, usApi], []);
    const { client } = testClient();

    const { found } = await findComponentsByName(client, ["Exports API"], { perPage: 2 });

    expect(found.get("Exports API")?.map((c) => c.group_id)).toEqual([
      "cmp000000001",
      "cmp000000009",
    ]);
  });

  it("lists the names nothing carries, in the order asked", async () => {
    answerComponents([dashboard]);
    const { client } = testClient();

    const result = await findComponentsByName(client, ["Search", "Dashboard", "Billing"], {
      perPage: 2,
    });

    expect(result.missing).toEqual(["Search", "Billing"]);
    expect([...result.found.keys()]).toEqual(["Dashboard"]);
  });

  it("answers the same components to two spellings of one name", async () => {
    answerComponents([dashboard]);
    const { client } = testClient();

    const { found } = await findComponentsByName(client, ["Dashboard", "dashboard"], {
      perPage: 2,
    });

    expect(found.get("Dashboard")).toEqual([dashboard]);
    expect(found.get("dashboard")).toEqual([dashboard]);
  });

  it("sends no request for an empty list of names", async () => {
    const { client } = testClient();

    expect(await findComponentsByName(client, [])).toEqual({ found: new Map(), missing: [] });
  });

  it("passes a vendor error on as ApiError", async () => {
    nock(ORIGIN)
      .get(PATH)
      .query(true)
      .reply(contract.reply("get", OPERATION, 401, { message: "Could not authenticate" }));
    const { client } = testClient();

    await expectApiError(findComponentsByName(client, ["Dashboard"]), { status: 401 });
  });

  it.each([
    [["Dashboard", ""], '"names[1]" must be a non-empty string'],
    [["Dashboard", 7], '"names[1]" must be a non-empty string'],
    ["Dashboard", '"names" must be an array of strings'],
  ])("refuses %o before sending anything", async (names, message) => {
    const { client } = testClient();

    await expect(findComponentsByName(client, names as string[])).rejects.toThrow(
      new InvalidArgumentError(`findComponentsByName`, `${message}`),
    );
  });
});
