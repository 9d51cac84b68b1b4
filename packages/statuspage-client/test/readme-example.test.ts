import { loadReadmeExample } from "@support/openapi-tools/testing";
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  API_KEY,
  checkNockScopes,
  component,
  contract,
  incident,
  ORIGIN,
  PAGE_ID,
} from "./support.js";

const example = await loadReadmeExample(new URL("..", import.meta.url));
const env = { STATUSPAGE_API_KEY: API_KEY, STATUSPAGE_PAGE_ID: PAGE_ID };

checkNockScopes();

describe("README example", () => {
  it("lists unresolved incidents and finds components by name", async () => {
    const exportsApi = component(2, "Exports API", { status: "partial_outage" });
    nock(ORIGIN)
      .get(`/v1/pages/${PAGE_ID}/incidents/unresolved`)
      .query({ page: "1", per_page: "100" })
      .reply(
        contract.reply("get", "/pages/{page_id}/incidents/unresolved", 200, [
          incident(1, { name: "Delayed exports", components: [exportsApi] }),
        ]),
      )
      .get(`/v1/pages/${PAGE_ID}/components`)
      .query({ page: "1", per_page: "100" })
      .reply(
        contract.reply("get", "/pages/{page_id}/components", 200, [
          component(1, "Dashboard"),
          exportsApi,
        ]),
      )
      .get(`/v1/pages/${PAGE_ID}`)
      .reply(
        contract.reply("get", "/pages/{page_id}", 200, {
          id: PAGE_ID,
          name: "Acme Status",
          subdomain: "acme",
        }),
      );

    const output = await example.run({ env });

    expect(output).toStrictEqual({
      log: [
        "Delayed exports: investigating; affects Exports API (partial_outage)",
        "Exports API: partial_outage",
        "Dashboard: operational",
        "page: Acme Status",
      ],
      error: [],
      exitCode: undefined,
    });
  });

  it("reports a missing page id in the environment as a configuration error", async () => {
    const output = await example.run({ env: { ...env, STATUSPAGE_PAGE_ID: undefined } });

    expect(output.error).toEqual([
      "no Statuspage page id: pass pageId to createStatuspageClient or to this call",
    ]);
    expect(output.exitCode).toBe(2);
  });

  it("reports a refused key as an ApiError with the request id, without the key", async () => {
    nock(ORIGIN)
      .get(`/v1/pages/${PAGE_ID}/incidents/unresolved`)
      .query(true)
      .reply(
        contract.reply(
          "get",
          "/pages/{page_id}/incidents/unresolved",
          401,
          { message: "Could not authenticate" },
          { "x-request-id": "req-readme" },
        ),
      );

    const output = await example.run({ env });

    expect(output.error).toHaveLength(1);
    expect(output.error[0]).toContain("failed with HTTP 401");
    expect(output.error[0]).toContain("(request id req-readme)");
    expect(output.error[0]).not.toContain(API_KEY);
    expect(output.exitCode).toBe(1);
  });
});
