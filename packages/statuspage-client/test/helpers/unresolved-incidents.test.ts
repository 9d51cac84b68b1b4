import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  ClientConfigError,
  listUnresolvedIncidents,
  UnexpectedResponseError,
} from "../../src/index.js";
import {
  API_KEY,
  checkNockScopes,
  collect,
  contract,
  expectApiError,
  incident,
  ORIGIN,
  PAGE_ID,
  testClient,
} from "../support.js";

const PATH = `/v1/pages/${PAGE_ID}/incidents/unresolved`;
const OPERATION = "/pages/{page_id}/incidents/unresolved" as const;

checkNockScopes();

describe("listUnresolvedIncidents", () => {
  it("asks for the first 100 with the OAuth key and yields the typed incidents", async () => {
    const body = [incident(1), incident(2, { status: "identified", impact: "major" })];
    nock(ORIGIN)
      .get(PATH)
      .query({ page: "1", per_page: "100" })
      .matchHeader("authorization", `OAuth ${API_KEY}`)
      .reply(contract.reply("get", OPERATION, 200, body));
    const { client } = testClient();

    const incidents = await collect(listUnresolvedIncidents(client));

    expect(incidents.map((i) => [i.id, i.status, i.impact])).toEqual([
      ["inc000000001", "investigating", "minor"],
      ["inc000000002", "identified", "major"],
    ]);
  });

  it("reads the page given to the call instead of the client's", async () => {
    nock(ORIGIN)
      .get("/v1/pages/otherpage123/incidents/unresolved")
      .query({ page: "1", per_page: "100" })
      .reply(contract.reply("get", OPERATION, 200, []));
    const { client } = testClient();

    expect(await collect(listUnresolvedIncidents(client, { pageId: "otherpage123" }))).toEqual([]);
  });

  it("refuses to start without a page id from the client or the call", () => {
    const { client } = testClient({ pageId: undefined });
    expect(() => listUnresolvedIncidents(client)).toThrow(ClientConfigError);
  });

  it("stops when the caller's signal aborts, with the caller's reason", async () => {
    const { client } = testClient();
    const controller = new AbortController();
    controller.abort(new Error("briefing cancelled"));

    await expect(
      collect(listUnresolvedIncidents(client, { signal: controller.signal })),
    ).rejects.toThrow("briefing cancelled");
  });

  it("sends nothing until iterated, so a listing that is never read costs no request", async () => {
    const scope = nock(ORIGIN).get(PATH).query(true).reply(200, []);
    const { client } = testClient();

    listUnresolvedIncidents(client);
    await new Promise((resolve) => setImmediate(resolve));

    expect(scope.isDone()).toBe(false);
    nock.cleanAll();
  });

  it("turns a vendor error into an ApiError with the status, message and request id, never the key", async () => {
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
            "x-request-id": "req-5d1e0c7a",
          },
        ),
      );
    const { client } = testClient();

    const error = await expectApiError(collect(listUnresolvedIncidents(client)), {
      status: 401,
      method: "GET",
      requestId: "req-5d1e0c7a",
      code: undefined,
      url: `${ORIGIN}${PATH}?page=1&per_page=100`,
      body: { message: "Could not authenticate" },
    });
    expect(error.message).toContain("Could not authenticate");
  });

  it("reports a 2xx body that is not a list as UnexpectedResponseError naming the call", async () => {
    // Deliberately off-contract: the vendor answering with an object where the document says array.
    nock(ORIGIN)
      .get(PATH)
      .query(true)
      .reply(200, { incidents: [] }, { "x-request-id": "req-0b9a" });
    const { client } = testClient();

    const error = await collect(listUnresolvedIncidents(client)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 200, method: "GET", requestId: "req-0b9a" });
    expect((error as Error).message).toBe(
      `Statuspage GET ${ORIGIN}${PATH}?page=1&per_page=100 returned 200 with a JSON object where a list of incidents was expected`,
    );
  });
});

describe("listUnresolvedIncidentPages", () => {
  it("yields one array per request, in order", async () => {
    nock(ORIGIN)
      .get(PATH)
      .query({ page: "1", per_page: "2" })
      .reply(contract.reply("get", OPERATION, 200, [incident(1), incident(2)]))
      .get(PATH)
      .query({ page: "2", per_page: "2" })
      .reply(contract.reply("get", OPERATION, 200, [incident(3)]));
    const { client } = testClient();

    const pages = await collect(listUnresolvedIncidents(client, { perPage: 2 }).pages());

    expect(pages.map((page) => page.map((i) => i.id))).toEqual([
      ["inc000000001", "inc000000002"],
      ["inc000000003"],
    ]);
  });
});
