import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { sha256 } from "../src/checksum.ts";

/** A small OpenAPI document exercising $ref, nullable, readOnly, enums and formats. */
export const PETS_DOCUMENT = {
  openapi: "3.0.3",
  info: { title: "Pets", version: "1.0.0" },
  paths: {
    "/pets/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      get: {
        operationId: "ShowPet",
        parameters: [{ name: "filter", in: "query", schema: { type: "object" } }],
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/PetResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
      put: {
        operationId: "UpdatePet",
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/PetUpdate" } } },
        },
        responses: { "204": { description: "updated" } },
      },
      delete: { operationId: "DeletePet", responses: { "204": { description: "gone" } } },
    },
  },
  components: {
    responses: {
      NotFound: {
        description: "missing",
        content: {
          "application/json": {
            schema: { type: "object", properties: { error: { type: "string" } } },
          },
        },
      },
    },
    schemas: {
      PetResponse: {
        type: "object",
        required: ["pet"],
        properties: { pet: { $ref: "#/components/schemas/Pet" } },
      },
      Pet: {
        type: "object",
        required: ["id", "name", "kind"],
        properties: {
          id: { type: "string", readOnly: true },
          name: { type: "string" },
          kind: { type: "string", enum: ["cat", "dog"] },
          owner: { type: "string", nullable: true },
          born_at: { type: "string", format: "date-time" },
          weight: { type: "number", format: "double", minimum: 0, exclusiveMinimum: true },
          tags: { type: "array", items: { $ref: "#/components/schemas/Tag" } },
          extra: { type: "object", additionalProperties: { type: "string" } },
        },
      },
      PetUpdate: {
        allOf: [
          { $ref: "#/components/schemas/Pet" },
          { type: "object", properties: { note: { type: "string" } } },
        ],
      },
      Tag: { type: "object", properties: { label: { type: "string", format: "vendor-label" } } },
    },
  },
};

export interface TempPackage {
  root: string;
  packageDir: string;
  specsDir: string;
  manifestPath: string;
  documentText: string;
  writeOverlay(name: string, text: string): void;
}

/** A temporary client package whose manifest pins `document` (written to `<root>/specs/pets/pets.json`). */
export function tempPackage(
  document: object = PETS_DOCUMENT,
  overlays: Record<string, string> = {},
): TempPackage {
  const root = mkdtempSync(join(tmpdir(), "openapi-tools-"));
  const packageDir = join(root, "client");
  const specsDir = join(root, "specs");
  const documentText = JSON.stringify(document, null, 2);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  write(join(specsDir, "pets", "pets.json"), documentText);
  const manifestPath = join(packageDir, "openapi", "manifest.json");
  write(
    manifestPath,
    JSON.stringify({
      name: "Pets",
      document: "pets/pets.json",
      url: "https://raw.example.test/pets/0123abc/pets.json",
      sha256: sha256(documentText),
      overlays: Object.keys(overlays).map((name) => `overlays/${name}`),
    }),
  );
  for (const [name, text] of Object.entries(overlays))
    write(join(packageDir, "openapi", "overlays", name), text);
  return {
    root,
    packageDir,
    specsDir,
    manifestPath,
    documentText,
    writeOverlay: (name, text) => write(join(packageDir, "openapi", "overlays", name), text),
  };
}
