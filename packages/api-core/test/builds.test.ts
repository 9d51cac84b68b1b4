// Both published builds loaded into one process, as an application that mixes `import` and
// `require` (or has two installed copies) gets them: each error class must recognise the other
// build's errors, and carry its plain name.
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Core = typeof import("../src/index.js");

const packageDir = join(import.meta.dirname, "..");
// Inside the package, so the builds resolve openapi-fetch like the published files do.
const outDir = join(packageDir, "node_modules", ".cache", `builds-${process.pid}`);

let esm: Core;
let cjs: Core;

beforeAll(async () => {
  await build({
    entry: { index: join(packageDir, "src/index.ts") },
    format: ["esm", "cjs"],
    outDir,
    target: "node22",
    dts: false,
    silent: true,
    config: false,
  });
  esm = (await import(pathToFileURL(join(outDir, "index.js")).href)) as Core;
  cjs = createRequire(import.meta.url)(join(outDir, "index.cjs")) as Core;
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const init = { vendor: "Vendor", method: "GET", url: "https://api.vendor.test/x" };

function everyError(core: Core) {
  return {
    ApiError: new core.ApiError("failed", init),
    ApiTimeoutError: new core.ApiTimeoutError("slow", { ...init, timeoutMs: 5 }),
    ApiNetworkError: new core.ApiNetworkError("down", init),
    UnexpectedResponseError: new core.UnexpectedResponseError("odd", init),
    PaginationLoopError: new core.PaginationLoopError("c", 2, init),
    ClientConfigError: new core.ClientConfigError("bad option"),
    InvalidArgumentError: new core.InvalidArgumentError("helper", '"x" must be y'),
  };
}

type ErrorName = keyof ReturnType<typeof everyError>;
const NAMES: ErrorName[] = [
  "ApiError",
  "ApiTimeoutError",
  "ApiNetworkError",
  "UnexpectedResponseError",
  "PaginationLoopError",
  "ClientConfigError",
  "InvalidArgumentError",
];
const API_ERRORS: ErrorName[] = NAMES.slice(0, 5);

describe("the ESM and CommonJS builds in one process", () => {
  it("are two copies: the classes are not the same objects", () => {
    expect(esm.ApiError).not.toBe(cjs.ApiError);
  });

  it.each([
    ["ESM", "CommonJS"],
    ["CommonJS", "ESM"],
  ])("an error built by the %s build is an instance of the %s classes", (from, _to) => {
    const [source, target] = from === "ESM" ? [esm, cjs] : [cjs, esm];
    const errors = everyError(source);
    for (const name of NAMES) {
      expect(errors[name] instanceof target[name], name).toBe(true);
    }
    for (const name of API_ERRORS) expect(errors[name] instanceof target.ApiError, name).toBe(true);
    expect(errors.InvalidArgumentError instanceof target.ClientConfigError).toBe(true);
    expect(errors.InvalidArgumentError instanceof TypeError).toBe(true);
  });

  it("keeps the classes apart: a network error is no timeout, a config error no ApiError", () => {
    const errors = everyError(esm);
    expect(errors.ApiNetworkError instanceof cjs.ApiTimeoutError).toBe(false);
    expect(errors.ApiError instanceof cjs.UnexpectedResponseError).toBe(false);
    expect(errors.ClientConfigError instanceof cjs.ApiError).toBe(false);
    expect(errors.ClientConfigError instanceof cjs.InvalidArgumentError).toBe(false);
    expect(new Error("x") instanceof cjs.ApiError).toBe(false);
    expect((null as unknown as object) instanceof cjs.ApiError).toBe(false);
    expect({ name: "ApiError" } instanceof cjs.ApiError).toBe(false);
  });

  it.each([
    ["ESM", () => esm],
    ["CommonJS", () => cjs],
  ])("the %s build names each class plainly, in name and stack", (_build, core) => {
    for (const [name, error] of Object.entries(everyError(core()))) {
      expect(core()[name as ErrorName].name).toBe(name);
      expect(error.name).toBe(name);
      expect(error.stack?.startsWith(`${name}: `), name).toBe(true);
      expect(error.stack).not.toContain(`_${name}`);
    }
  });

  it("leaves an application's own subclass to the ordinary prototype test", () => {
    class VendorDown extends esm.ApiError {}
    const error = new VendorDown("down", init);
    expect(error instanceof VendorDown).toBe(true);
    expect(error instanceof cjs.ApiError).toBe(true);
    expect(new esm.ApiError("x", init) instanceof VendorDown).toBe(false);
  });
});
