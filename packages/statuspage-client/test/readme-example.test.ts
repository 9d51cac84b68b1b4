import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import nock from "nock";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  API_KEY,
  checkNockScopes,
  component,
  contract,
  incident,
  ORIGIN,
  PAGE_ID,
} from "./support.js";

const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

/** Runs the README's first code block as a module, importing this package from its sources. */
async function runReadmeExample(run: string): Promise<{ log: string[]; error: string[] }> {
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const dir = await mkdtemp(join(tmpdir(), "statuspage-readme-"));
  const file = join(dir, `example-${run}.ts`);
  await writeFile(file, code.replace('"@support/statuspage-client"', JSON.stringify(entry)));
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

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

describe("README example", () => {
  it("lists unresolved incidents and finds components by name", async () => {
    vi.stubEnv("STATUSPAGE_API_KEY", API_KEY);
    vi.stubEnv("STATUSPAGE_PAGE_ID", PAGE_ID);
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
      );

    const output = await runReadmeExample("ok");

    expect(output).toEqual({
      log: [
        "Delayed exports: investigating; affects Exports API (partial_outage)",
        "Exports API: partial_outage",
        "Dashboard: operational",
      ],
      error: [],
    });
    expect(process.exitCode).toBeUndefined();
  });

  it("reports a missing page id in the environment as a configuration error", async () => {
    vi.stubEnv("STATUSPAGE_API_KEY", API_KEY);
    vi.stubEnv("STATUSPAGE_PAGE_ID", undefined);

    const output = await runReadmeExample("no-page");

    expect(output.error).toEqual([
      "no Statuspage page id: pass pageId to createStatuspageClient or to this call",
    ]);
    expect(process.exitCode).toBe(2);
  });

  it("reports a refused key as an ApiError with the request id, without the key", async () => {
    vi.stubEnv("STATUSPAGE_API_KEY", API_KEY);
    vi.stubEnv("STATUSPAGE_PAGE_ID", PAGE_ID);
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

    const output = await runReadmeExample("refused");

    expect(output.error).toHaveLength(1);
    expect(output.error[0]).toContain("failed with HTTP 401");
    expect(output.error[0]).toContain("(request id req-readme)");
    expect(output.error[0]).not.toContain(API_KEY);
    expect(process.exitCode).toBe(1);
  });
});
