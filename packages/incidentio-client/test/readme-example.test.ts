import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import nock from "nock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { incident, zendeskAttachment } from "./fixtures.js";
import { API_KEY, BASE, contract, expectEveryScopeDone, vendorError } from "./support.js";

const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

/** Runs the README's first code block as a module, importing this package from its sources. */
async function runReadmeExample(run: string, reference: string) {
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const dir = await mkdtemp(join(tmpdir(), "incidentio-readme-"));
  const file = join(dir, `example-${run}.ts`);
  await writeFile(file, code.replace('"@support/incidentio-client"', JSON.stringify(entry)));
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  const argv = process.argv;
  process.argv = [argv[0] ?? "node", file, reference];
  try {
    await import(/* @vite-ignore */ file);
    return { log: log.mock.calls.map(String), error: error.mock.calls.map(String) };
  } finally {
    process.argv = argv;
    await rm(dir, { recursive: true, force: true });
  }
}

expectEveryScopeDone();

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

const ID = "01JN8Q1INCIDENTCHECKOUT00A";
const checkout = {
  ...incident(ID, 4182, "Card payments declined"),
  permalink: "https://app.incident.io/acme/incidents/4182",
};

describe("README example", () => {
  it("prints the live incidents, then one incident by reference with its attachments", async () => {
    vi.stubEnv("INCIDENT_IO_API_KEY", API_KEY);
    nock(BASE)
      .get("/v2/incidents")
      .query({ "status_category[one_of]": "live", page_size: "250" })
      .reply(
        contract.reply("get", "/v2/incidents", 200, {
          incidents: [checkout],
          pagination_meta: { page_size: 250 },
        }),
      )
      .get("/v2/incidents/4182")
      .reply(contract.reply("get", "/v2/incidents/{id}", 200, { incident: checkout }))
      .get("/v1/incident_attachments")
      .query({ incident_id: ID })
      .reply(
        contract.reply("get", "/v1/incident_attachments", 200, {
          incident_attachments: [zendeskAttachment("01JN8Q3ATTACHTICKET000000", ID, "88412")],
        }),
      );

    const output = await runReadmeExample("ok", "INC-4182");

    expect(output).toEqual({
      log: [
        "INC-4182 [Major] Card payments declined",
        "INC-4182: Investigating, https://app.incident.io/acme/incidents/4182",
        "  zendesk_ticket 88412: Ticket 88412: card payments declined",
      ],
      error: [],
    });
    expect(process.exitCode).toBeUndefined();
  });

  it("reports a failed call with status, code and request id, and exits 1", async () => {
    vi.stubEnv("INCIDENT_IO_API_KEY", API_KEY);
    nock(BASE)
      .get("/v2/incidents")
      .query(true)
      .reply(contract.reply("get", "/v2/incidents", 200, { incidents: [] }))
      .get("/v2/incidents/9")
      .reply(404, vendorError(404, "not_found", "Not found", "req-readme-404"));

    const output = await runReadmeExample("missing", "INC-9");

    expect(output.log).toEqual([]);
    expect(output.error).toHaveLength(1);
    expect(output.error[0]).toMatch(/^404 not_found incident\.io GET .*\/v2\/incidents\/9 failed/);
    expect(output.error[0]).toContain("(request req-readme-404)");
    expect(output.error[0]).not.toContain(API_KEY);
    expect(process.exitCode).toBe(1);
  });
});
