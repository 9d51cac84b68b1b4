import { describe, expect, it } from "vitest";
import type { JsonObject } from "../src/document.ts";
import { stripProse } from "../src/strip-prose.ts";

const document = (): JsonObject => ({
  openapi: "3.0.3",
  info: { title: "Notes", version: "1", description: "Vendor wording about the API." },
  tags: [{ name: "Notes", description: "Vendor wording about notes." }],
  paths: {
    "/notes": {
      get: {
        summary: "List notes",
        description: "Vendor wording about listing.",
        parameters: [
          {
            name: "limit",
            in: "query",
            description: "How many.",
            example: 5,
            schema: { type: "integer" },
          },
        ],
        responses: {
          "200": {
            description: "Vendor wording about the response.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Note" },
                examples: { one: { value: { description: "sample" } } },
              },
            },
          },
        },
      },
    },
  },
  components: {
    examples: { Sample: { summary: "A sample", value: { id: "n1" } } },
    schemas: {
      Note: {
        type: "object",
        description: "Vendor wording about a note.",
        required: ["description"],
        properties: {
          description: { type: "string", description: "Vendor wording.", example: "Disk full" },
          summary: { type: "string", nullable: true },
          example: { type: "boolean", default: false },
          kind: {
            type: "string",
            enum: ["summary", "description"],
            "x-enum-descriptions": ["Vendor wording.", "Vendor wording."],
          },
          meta: { type: "object", default: { description: "kept: a default is data" } },
        },
        discriminator: {
          propertyName: "kind",
          mapping: { description: "#/components/schemas/Note" },
        },
      },
      description: { type: "string", format: "date-time", title: "Named description" },
    },
  },
});

describe("stripProse", () => {
  it("drops descriptions, summaries and examples of every OpenAPI object", () => {
    const stripped = stripProse(document());
    const text = JSON.stringify(stripped);
    expect(text).not.toContain("Vendor wording");
    expect(text).not.toContain("List notes");
    expect(text).not.toContain("Disk full");
    expect(text).not.toContain("sample");
    expect(stripped.components).not.toHaveProperty("examples");
    expect(stripped.info).toEqual({ title: "Notes", version: "1" });
    expect(stripped.tags).toEqual([{ name: "Notes" }]);
  });

  it("keeps properties, schemas and mappings that are named like prose fields", () => {
    const stripped = stripProse(document()) as {
      components: { schemas: Record<string, JsonObject> };
    };
    const note = stripped.components.schemas.Note as JsonObject;
    expect(note.properties).toEqual({
      description: { type: "string" },
      summary: { type: "string", nullable: true },
      example: { type: "boolean", default: false },
      kind: { type: "string", enum: ["summary", "description"] },
      meta: { type: "object", default: { description: "kept: a default is data" } },
    });
    expect(note.required).toEqual(["description"]);
    expect(note.discriminator).toEqual({
      propertyName: "kind",
      mapping: { description: "#/components/schemas/Note" },
    });
    expect(stripped.components.schemas.description).toEqual({
      type: "string",
      format: "date-time",
      title: "Named description",
    });
  });

  it("keeps parameters, responses and media types, and leaves its input unchanged", () => {
    const input = document();
    const before = JSON.stringify(input);
    const stripped = stripProse(input) as { paths: Record<string, Record<string, JsonObject>> };
    expect(stripped.paths["/notes"]?.get).toEqual({
      parameters: [{ name: "limit", in: "query", schema: { type: "integer" } }],
      responses: {
        "200": {
          content: { "application/json": { schema: { $ref: "#/components/schemas/Note" } } },
        },
      },
    });
    expect(JSON.stringify(input)).toBe(before);
  });
});
