import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  API_TOKEN,
  BASE,
  checkNockScopes,
  contract,
  exampleTicket,
  zendeskError,
} from "./support.js";

const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

/** Runs the README's first code block as a module, importing this package from its sources. */
async function runReadmeExample(run: string) {
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const dir = await mkdtemp(join(tmpdir(), "zendesk-readme-"));
  const file = join(dir, `example-${run}.ts`);
  await writeFile(file, code.replace('"@support/zendesk-client"', JSON.stringify(entry)));
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    await import(/* @vite-ignore */ file);
    return { log: log.mock.calls.map(String), error: error.mock.calls.map(String) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

checkNockScopes();

beforeEach(() => {
  vi.stubEnv("ZENDESK_SUBDOMAIN", "acme");
  vi.stubEnv("ZENDESK_EMAIL", "watcher@example.com");
  vi.stubEnv("ZENDESK_API_TOKEN", API_TOKEN);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

const exportQuery = {
  query: "tags:incident/42 status<solved",
  "filter[type]": "ticket",
  "page[size]": "100",
};

describe("README example", () => {
  it("lists the incident's unsolved tickets and tags them, on credentials from the environment", async () => {
    nock(BASE)
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

    expect(await runReadmeExample("ok")).toEqual({
      log: [
        "#4711 open Dashboards do not load (4711)",
        "#4712 open Dashboards do not load (4712)",
        "1 tagged, 1 not",
        "#4712: PermissionDenied Ticket is closed",
      ],
      error: [],
    });
    expect(process.exitCode).toBeUndefined();
  });

  it("reports a refused call with status, code and request id, and never the token", async () => {
    nock(BASE)
      .get("/api/v2/search/export")
      .query(exportQuery)
      .reply(401, ...zendeskError("Unauthorized", "Couldn't authenticate you", "req-readme"));

    const output = await runReadmeExample("refused");

    expect(output.log).toEqual([]);
    expect(output.error).toHaveLength(1);
    expect(output.error[0]).toMatch(
      /^401 Unauthorized .*Couldn't authenticate you \(request req-readme\)$/,
    );
    expect(output.error[0]).not.toContain(API_TOKEN);
    expect(process.exitCode).toBe(1);
  });
});
