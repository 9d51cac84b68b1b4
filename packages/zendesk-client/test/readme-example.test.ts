import { loadReadmeExample } from "@support/openapi-tools/testing";
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  API_TOKEN,
  BASE,
  checkNockScopes,
  contract,
  exampleTicket,
  zendeskError,
} from "./support.js";

const example = await loadReadmeExample(new URL("..", import.meta.url));
const env = {
  ZENDESK_SUBDOMAIN: "acme",
  ZENDESK_EMAIL: "watcher@example.com",
  ZENDESK_API_TOKEN: API_TOKEN,
};

checkNockScopes();

const exportQuery = {
  query: "tags:incident/42 status<solved",
  "filter[type]": "ticket",
  "page[size]": "100",
};

describe("README example", () => {
  it("lists the incident's unsolved tickets and tags them, on credentials from the environment", async () => {
    nock(BASE)
      .get("/api/v2/users/me")
      .reply(
        contract.reply("get", "/api/v2/users/me", 200, {
          user: { id: 7002, name: "Support Watcher", email: "watcher@example.com" },
        }),
      )
      .get("/api/v2/search/export")
      .query(exportQuery)
      .reply(
        200,
        contract.fixture("get", "/api/v2/search/export", 200, {
          results: [4711, 4712].map((id) => ({ ...exampleTicket(id), result_type: "ticket" })),
          meta: { has_more: false, after_cursor: null, before_cursor: null },
          links: { next: null, prev: null },
        }),
      )
      .put("/api/v2/tickets/update_many", { ticket: { additional_tags: ["incident-follow-up"] } })
      .query({ ids: "4711,4712" })
      .reply(
        contract.reply("put", "/api/v2/tickets/update_many", 200, {
          job_status: {
            id: "job-readme",
            status: "completed",
            results: [
              { id: 4711, action: "update", success: true, status: "Updated" },
              {
                id: 4712,
                action: "update",
                success: false,
                error: "PermissionDenied",
                details: "Ticket is closed",
              },
            ],
          },
        }),
      );

    expect(await example.run({ env })).toStrictEqual({
      log: [
        "Signed in as Support Watcher",
        "#4711 open Dashboards do not load (4711)",
        "#4712 open Dashboards do not load (4712)",
        "1 tagged, 1 not",
        "#4712: PermissionDenied Ticket is closed",
      ],
      error: [],
      exitCode: undefined,
    });
  });

  it("reports a refused call with status, code and request id, and never the token", async () => {
    nock(BASE)
      .get("/api/v2/users/me")
      .reply(401, ...zendeskError("Unauthorized", "Couldn't authenticate you", "req-readme"));

    const output = await example.run({ env });

    expect(output.log).toEqual([]);
    expect(output.error).toHaveLength(1);
    expect(output.error[0]).toMatch(
      /^401 Unauthorized .*Couldn't authenticate you \(request req-readme\)$/,
    );
    expect(output.error[0]).not.toContain(API_TOKEN);
    expect(output.exitCode).toBe(1);
  });
});
