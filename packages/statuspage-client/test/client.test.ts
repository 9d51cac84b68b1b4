import { loadContract } from "@support/openapi-tools";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import type { paths } from "../src/generated/schema.js";
import { ClientConfigError, createStatuspageClient, pageIdFor } from "../src/index.js";

const contract = await loadContract<paths>(new URL("../openapi/manifest.json", import.meta.url));
const API_KEY = "sp_key_0a8e61f2c9d4b7";
const BASE = "https://api.statuspage.io";

const unresolved = contract.fixture("get", "/pages/{page_id}/incidents/unresolved", 200, [
  {
    id: "p31zjtct2jer",
    name: "Checkout errors",
    status: "investigating",
    impact: "major",
    page_id: "kctbh9vrtdwd",
    created_at: "2026-03-01T12:01:00Z",
    metadata: { jira: { issue_id: "OPS-7" } },
  },
]);

afterEach(() => {
  nock.cleanAll();
});

describe("createStatuspageClient", () => {
  it("sends OAuth auth to the production base URL and returns typed data", async () => {
    const scope = nock(BASE)
      .get("/v1/pages/kctbh9vrtdwd/incidents/unresolved")
      .matchHeader("authorization", `OAuth ${API_KEY}`)
      .reply(200, unresolved);
    const client = createStatuspageClient({ apiKey: API_KEY, pageId: "kctbh9vrtdwd" });
    const incidents = await client.unwrap(
      client.GET("/pages/{page_id}/incidents/unresolved", {
        params: { path: { page_id: pageIdFor(client) } },
      }),
    );
    expect(incidents.map((i) => i.status)).toEqual(["investigating"]);
    scope.done();
  });

  it("spaces a burst one second apart by default, and not when rateLimit is false", async () => {
    const scope = nock(BASE).get("/v1/pages/p/incidents/unresolved").times(6).reply(200, []);
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const limited = createStatuspageClient({ apiKey: API_KEY, sleep, now: () => 0 });
    const burst = (client: typeof limited) =>
      Promise.all(
        [1, 2, 3].map(() =>
          client.unwrap(
            client.GET("/pages/{page_id}/incidents/unresolved", {
              params: { path: { page_id: "p" } },
            }),
          ),
        ),
      );
    await burst(limited);
    expect(waits).toEqual([1000, 2000]);
    waits.length = 0;
    await burst(createStatuspageClient({ apiKey: API_KEY, sleep, now: () => 0, rateLimit: false }));
    expect(waits).toEqual([]);
    scope.done();
  });

  it("validates an incident update's component map against the overlaid document", () => {
    expect(
      contract.checkRequest("patch", "/pages/{page_id}/incidents/{incident_id}", {
        incident: { status: "identified", components: { "8kbf7d35c070": "major_outage" } },
      }),
    ).toEqual([]);
    expect(
      contract.checkRequest("patch", "/pages/{page_id}/incidents/{incident_id}", {
        incident: { components: { "8kbf7d35c070": "on_fire" } },
      }),
    ).toEqual([
      "/incident/components/8kbf7d35c070: must be equal to one of the allowed values (operational, under_maintenance, degraded_performance, partial_outage, major_outage, )",
    ]);
  });

  it("asks for a page id when neither the client nor the call has one", () => {
    expect(() => pageIdFor(createStatuspageClient({ apiKey: API_KEY }))).toThrow(ClientConfigError);
    expect(pageIdFor(createStatuspageClient({ apiKey: API_KEY }), "abc")).toBe("abc");
  });
});
