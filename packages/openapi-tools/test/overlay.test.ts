import { describe, expect, it } from "vitest";
import type { JsonObject } from "../src/document.ts";
import { applyOverlay, readOverlay } from "../src/overlay.ts";
import { ToolError } from "../src/tool-error.ts";
import { tempPackage } from "./temp-package.ts";

const doc = (): JsonObject => ({
  info: { title: "T", version: "1" },
  paths: {
    "/x": {
      get: {
        parameters: [
          { name: "status", in: "query", schema: { type: "object" } },
          { name: "status", in: "header", schema: { type: "string" } },
          { $ref: "#/components/parameters/Page" },
        ],
      },
    },
  },
  components: { schemas: { Thing: { properties: { fixed_key: { type: "string" } } } } },
  "x-webhooks": { a: 1 },
});

describe("applyOverlay", () => {
  it("merges objects key by key and replaces other values", () => {
    const merged = applyOverlay(
      doc(),
      { info: { title: "U" }, paths: { "/y": { get: {} } } },
      "o.yaml",
    );
    expect(merged.info).toEqual({ title: "U", version: "1" });
    expect(Object.keys(merged.paths as JsonObject)).toEqual(["/x", "/y"]);
  });

  it("removes keys set to null", () => {
    const merged = applyOverlay(
      doc(),
      {
        "x-webhooks": null,
        components: { schemas: { Thing: { properties: null, additionalProperties: true } } },
      },
      "o.yaml",
    );
    expect("x-webhooks" in merged).toBe(false);
    expect(merged.components).toEqual({ schemas: { Thing: { additionalProperties: true } } });
  });

  it("refuses to remove what the document does not have, naming the pointer", () => {
    expect(() =>
      applyOverlay(doc(), { components: { schemas: { Other: { properties: null } } } }, "fix.yaml"),
    ).toThrow(
      new ToolError(
        "overlay fix.yaml removes /components/schemas/Other/properties, which the document does not have; the vendor may have fixed or renamed it, so re-check the overlay",
      ),
    );
  });

  it("patches a parameter matched by name and location, leaving the others alone", () => {
    const merged = applyOverlay(
      doc(),
      {
        paths: {
          "/x": {
            get: {
              parameters: [{ name: "status", in: "query", style: "deepObject", explode: true }],
            },
          },
        },
      },
      "o.yaml",
    );
    const parameters = ((merged.paths as JsonObject)["/x"] as JsonObject).get as JsonObject;
    expect(parameters.parameters).toEqual([
      {
        name: "status",
        in: "query",
        schema: { type: "object" },
        style: "deepObject",
        explode: true,
      },
      { name: "status", in: "header", schema: { type: "string" } },
      { $ref: "#/components/parameters/Page" },
    ]);
  });

  it("adds a complete new parameter but rejects a patch for one that does not exist", () => {
    const add = { name: "q", in: "query", schema: { type: "string" } };
    const merged = applyOverlay(
      doc(),
      { paths: { "/x": { get: { parameters: [add] } } } },
      "o.yaml",
    );
    expect(JSON.stringify(merged)).toContain('"name":"q"');
    expect(() =>
      applyOverlay(
        doc(),
        {
          paths: { "/x": { get: { parameters: [{ name: "gone", in: "query", style: "form" }] } } },
        },
        "o.yaml",
      ),
    ).toThrow(
      /patches query parameter "gone" at \/paths\/~1x\/get\/parameters, which the document does not declare/,
    );
  });
});

describe("readOverlay", () => {
  it("reads YAML with anchors", async () => {
    const pkg = tempPackage();
    pkg.writeOverlay("a.yaml", "# why\nx: &v { type: string }\ny: *v\n");
    expect(await readOverlay(`${pkg.packageDir}/openapi/overlays/a.yaml`)).toEqual({
      x: { type: "string" },
      y: { type: "string" },
    });
  });

  it("requires an opening comment saying why the overlay exists", async () => {
    const pkg = tempPackage();
    pkg.writeOverlay("b.yaml", "x: 1\n# too late\n");
    await expect(readOverlay(`${pkg.packageDir}/openapi/overlays/b.yaml`)).rejects.toThrow(
      /must start with a comment explaining which vendor gap it fixes/,
    );
  });
});
