import { execFile } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { generate } from "../src/generate.ts";
import { PETS_DOCUMENT, tempPackage } from "./temp-package.ts";

const OVERLAY =
  "# Pets are also sold.\ncomponents:\n  schemas:\n    Pet:\n      properties:\n        price: { type: number }\n";

function setup() {
  const pkg = tempPackage(undefined, { "price.yaml": OVERLAY });
  const options = { env: { SUPPORT_SPECS_DIR: pkg.specsDir } };
  const schema = join(pkg.packageDir, "src", "generated", "schema.ts");
  const document = join(pkg.packageDir, "src", "generated", "openapi.json");
  return { pkg, options, schema, document };
}

describe("generate", () => {
  it("writes the types and the overlaid document, then skips while inputs are unchanged", async () => {
    const { pkg, options, schema, document } = setup();
    const first = await generate(pkg.packageDir, options);
    expect(first).toEqual({
      packageDir: pkg.packageDir,
      skipped: false,
      files: [schema, document],
    });
    const types = readFileSync(schema, "utf8");
    expect(types).toContain("export interface paths");
    expect(types).toContain('"/pets/{id}"');
    expect(types).toMatch(/price\?: number/);
    expect(
      JSON.parse(readFileSync(document, "utf8")).components.schemas.Pet.properties.price,
    ).toEqual({
      type: "number",
    });

    // The second run must not even need the document: remove it to prove it.
    rmSync(join(pkg.specsDir, "pets", "pets.json"));
    expect((await generate(pkg.packageDir, options)).skipped).toBe(true);
  });

  it("regenerates when an overlay changes or an output is missing", async () => {
    const { pkg, options, schema } = setup();
    await generate(pkg.packageDir, options);
    pkg.writeOverlay("price.yaml", OVERLAY.replace("price", "cost"));
    expect((await generate(pkg.packageDir, options)).skipped).toBe(false);
    expect(readFileSync(schema, "utf8")).toMatch(/cost\?: number/);

    rmSync(schema);
    expect((await generate(pkg.packageDir, options)).skipped).toBe(false);
    expect(existsSync(schema)).toBe(true);
  });

  it("writes types without the vendor's prose, while the saved document keeps it", async () => {
    const pet = PETS_DOCUMENT.components.schemas.Pet;
    const pkg = tempPackage({
      ...PETS_DOCUMENT,
      components: {
        ...PETS_DOCUMENT.components,
        schemas: {
          ...PETS_DOCUMENT.components.schemas,
          Pet: {
            ...pet,
            description: "Vendor sentence about pets.",
            properties: {
              ...pet.properties,
              name: { type: "string", description: "Vendor sentence about names.", example: "Rex" },
            },
          },
        },
      },
    });
    await generate(pkg.packageDir, { env: { SUPPORT_SPECS_DIR: pkg.specsDir } });
    const generated = join(pkg.packageDir, "src", "generated");
    const types = readFileSync(join(generated, "schema.ts"), "utf8");
    expect(types).not.toMatch(/Vendor sentence|Rex/);
    expect(types).toMatch(/name: string;/);
    expect(types).toContain("Format: date-time");
    const saved = JSON.parse(readFileSync(join(generated, "openapi.json"), "utf8"));
    expect(saved.components.schemas.Pet.properties.name.example).toBe("Rex");
  });

  it("turns openapi-typescript's refusal into a message pointing at overlays", async () => {
    const { pkg, options } = setup();
    const broken = { ...JSON.parse(pkg.documentText), openapi: "2.0" };
    const text = JSON.stringify(broken);
    writeFileSync(join(pkg.specsDir, "pets", "pets.json"), text);
    const manifest = JSON.parse(readFileSync(pkg.manifestPath, "utf8"));
    const { sha256 } = await import("../src/checksum.ts");
    writeFileSync(pkg.manifestPath, JSON.stringify({ ...manifest, sha256: sha256(text) }));
    await expect(generate(pkg.packageDir, options)).rejects.toThrow(
      /openapi-typescript rejected the overlaid Pets document: .*Fix the gap with an overlay/,
    );
  });
});

describe("openapi-tools command", () => {
  const cli = join(import.meta.dirname, "..", "src", "cli.ts");
  const run = (cwd: string, env: Record<string, string>, ...args: string[]) =>
    promisify(execFile)(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, ...env },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("generates, then reports up to date", async () => {
    const { pkg } = setup();
    const env = { SUPPORT_SPECS_DIR: pkg.specsDir };
    expect((await run(pkg.packageDir, env, "generate")).stderr).toMatch(
      /openapi-tools: client: wrote src\/generated\/schema\.ts, src\/generated\/openapi\.json/,
    );
    expect((await run(pkg.packageDir, env, "generate")).stderr).toMatch(
      /client: generated types are up to date/,
    );
  });

  it("prints an expected failure as one message, without a stack trace, and exits 1", async () => {
    const { pkg } = setup();
    writeFileSync(join(pkg.specsDir, "pets", "pets.json"), "{}");
    const result = await run(pkg.packageDir, { SUPPORT_SPECS_DIR: pkg.specsDir }, "generate");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^openapi-tools: pets\/pets\.json \(SUPPORT_SPECS_DIR: .*\) has sha256 /,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("explains its usage for unknown arguments", async () => {
    const { pkg } = setup();
    const result = await run(pkg.packageDir, {}, "generat");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: openapi-tools generate [--force]");
  });
});
