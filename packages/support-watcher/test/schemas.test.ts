import { describe, expect, it } from "vitest";
import { z } from "zod";
import { WatcherConfigSchema } from "../src/config/schema.js";
import { OUTPUT_SCHEMAS } from "../src/output/schemas.js";
import { exampleScenario } from "../src/scenario/load.js";
import { ScenarioSchema } from "../src/scenario/schema.js";

// Outputs repeat the policy's decision parts: each is written once in $defs.
const jsonSchema = (schema: z.ZodType, io: "input" | "output" = "input") =>
  `${JSON.stringify(z.toJSONSchema(schema, io === "output" ? { io, reused: "ref" } : { io }), null, 2)}\n`;

// The shipped JSON Schemas are generated from the zod schemas; `vitest -u` rewrites them.
describe("shipped JSON Schemas", () => {
  it("schema/config.schema.json matches the config schema", async () => {
    await expect(jsonSchema(WatcherConfigSchema)).toMatchFileSnapshot(
      "../schema/config.schema.json",
    );
  });

  it("schema/scenario.schema.json matches the scenario schema", async () => {
    await expect(jsonSchema(ScenarioSchema)).toMatchFileSnapshot("../schema/scenario.schema.json");
  });

  it.each(Object.entries(OUTPUT_SCHEMAS))(
    "schema/%s matches its output schema",
    async (file, schema) => {
      await expect(jsonSchema(schema, "output")).toMatchFileSnapshot(`../schema/${file}`);
    },
  );

  it("documents every config field", () => {
    const schema = z.toJSONSchema(WatcherConfigSchema, { io: "input" }) as {
      properties: Record<string, { description?: string }>;
    };
    const undocumented = Object.entries(schema.properties)
      .filter(([, property]) => !property.description)
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });
});

describe("the bundled example", () => {
  it("is a valid scenario with its own clock", () => {
    expect(exampleScenario().now).toBe("2026-06-03T16:05:00Z");
  });
});
