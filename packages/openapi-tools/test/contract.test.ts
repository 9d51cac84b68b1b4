import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { Contract, loadContract } from "../src/contract/contract.ts";
import { ContractError } from "../src/contract/contract-error.ts";
import { PETS_DOCUMENT, tempPackage } from "./temp-package.ts";

// The shape openapi-typescript generates for PETS_DOCUMENT, trimmed to what the tests use.
interface PetsPaths {
  "/pets/{id}": {
    get: {
      responses: {
        200: {
          content: {
            "application/json": { pet: { id: string; name: string; kind: "cat" | "dog" } };
          };
        };
        404: { content: { "application/json": { error?: string } } };
      };
    };
    put: {
      requestBody: {
        content: { "application/json": { name: string; kind: "cat" | "dog"; note?: string } };
      };
      responses: { 204: { content?: never } };
    };
    delete: { responses: { 204: { content?: never } } };
    post?: never;
  };
}

const contract = new Contract<PetsPaths>("Pets", structuredClone(PETS_DOCUMENT) as never);
const pet = { id: "p1", name: "Rex", kind: "dog" as const };

afterEach(() => {
  nock.cleanAll();
});

describe("Contract: responses", () => {
  it("accepts a body matching the operation's schema, through $refs", () => {
    expect(contract.checkResponse("GET", "/pets/{id}", 200, { pet })).toEqual([]);
    expect(contract.fixture("get", "/pets/{id}", 200, { pet })).toEqual({ pet });
  });

  it("reports each problem with its JSON pointer", () => {
    const problems = contract.checkResponse("get", "/pets/{id}", 200, {
      pet: { id: "p1", name: 7, kind: "bird", born_at: "yesterday" },
    });
    expect(problems).toEqual([
      "/pet/name: must be string",
      "/pet/kind: must be equal to one of the allowed values (cat, dog)",
      '/pet/born_at: must match format "date-time"',
    ]);
  });

  it("throws a ContractError naming the vendor, operation and status", () => {
    expect(() =>
      contract.fixture("get", "/pets/{id}", 200, { pet: { ...pet, name: 7 } } as never),
    ).toThrow(
      new ContractError(
        "Pets GET /pets/{id} → 200 response does not match the vendor document:\n  /pet/name: must be string",
      ),
    );
  });

  it("understands nullable, boolean exclusiveMinimum and vendor formats", () => {
    expect(
      contract.checkResponse("get", "/pets/{id}", 200, {
        pet: { ...pet, owner: null, tags: [{ label: "x" }] },
      }),
    ).toEqual([]);
    expect(
      contract.checkResponse("get", "/pets/{id}", 200, { pet: { ...pet, weight: 0 } }),
    ).toEqual(["/pet/weight: must be > 0"]);
  });

  it("rejects properties the document does not declare, except in free-form maps", () => {
    expect(
      contract.checkResponse("get", "/pets/{id}", 200, {
        pet: { ...pet, nmae: "typo", extra: { anything: "ok" } },
      }),
    ).toEqual([
      "/pet/nmae: is not declared by the document (misspelt, or a gap to fix with an overlay)",
    ]);
  });

  it("uses response $refs and knows which statuses carry no body", () => {
    expect(contract.checkResponse("get", "/pets/{id}", 404, { error: "no" })).toEqual([]);
    expect(contract.checkResponse("delete", "/pets/{id}", 204, undefined)).toEqual([]);
    expect(contract.checkResponse("delete", "/pets/{id}", 204, { a: 1 })).toEqual([
      "(body): HTTP 204 declares no JSON body",
    ]);
  });

  it("says clearly when the operation or status is not in the document", () => {
    expect(() => contract.checkResponse("get", "/pet/{id}", 200, {})).toThrow(
      "the Pets document has no path /pet/{id}",
    );
    expect(() => contract.checkResponse("post", "/pets/{id}", 200, {})).toThrow(
      "the Pets document has no POST /pets/{id} (declared: GET, PUT, DELETE)",
    );
    expect(() => contract.checkResponse("get", "/pets/{id}", 500, {})).toThrow(
      "Pets GET /pets/{id} declares no response for HTTP 500 (declared: 200, 404)",
    );
  });
});

describe("Contract: requests", () => {
  it("lets a request omit read-only properties and merges allOf branches", () => {
    expect(
      contract.checkRequest("put", "/pets/{id}", { name: "Rex", kind: "dog", note: "vet" }),
    ).toEqual([]);
  });

  it("rejects wrong, missing and undeclared request fields", () => {
    expect(contract.checkRequest("put", "/pets/{id}", { name: "Rex", colour: "red" })).toEqual([
      "(body): must have required property 'kind'",
    ]);
    expect(
      contract.checkRequest("put", "/pets/{id}", { name: "Rex", kind: "dog", colour: "red" }),
    ).toEqual([
      "/colour: is not declared by the document (misspelt, or a gap to fix with an overlay)",
    ]);
    expect(contract.checkRequest("put", "/pets/{id}", undefined)).toEqual([
      "(body): a request body is required",
    ]);
    expect(contract.checkRequest("delete", "/pets/{id}", { a: 1 })).toEqual([
      "(body): the document declares no JSON request body for this operation",
    ]);
  });

  it("assertRequest throws with every problem listed", () => {
    expect(() => contract.assertRequest("put", "/pets/{id}", { name: 1 } as never)).toThrow(
      /Pets PUT \/pets\/\{id\} request does not match the vendor document:\n {2}\(body\): must have required property 'kind'\n {2}\/name: must be string/,
    );
  });
});

describe("Contract: nock replies", () => {
  it("checks the intercepted request body and replies with the fixture", async () => {
    const scope = nock("https://pets.test")
      .put("/pets/p1")
      .reply(contract.reply("put", "/pets/{id}", 204, undefined as never));
    const response = await fetch("https://pets.test/pets/p1", {
      method: "PUT",
      body: JSON.stringify({ name: "Rex", kind: "dog" }),
    });
    expect(response.status).toBe(204);
    scope.done();
  });

  it("replies with a JSON fixture and headers", async () => {
    const scope = nock("https://pets.test")
      .get("/pets/p1")
      .reply(contract.reply("get", "/pets/{id}", 200, { pet }, { "X-Request-Id": "r1" }));
    const response = await fetch("https://pets.test/pets/p1");
    expect(await response.json()).toEqual({ pet });
    expect(response.headers.get("x-request-id")).toBe("r1");
    scope.done();
  });

  it("makes the call fail with the ContractError when the request body breaks the contract", async () => {
    const scope = nock("https://pets.test")
      .put("/pets/p1")
      .reply(contract.reply("put", "/pets/{id}", 204, undefined as never));
    const error = await fetch("https://pets.test/pets/p1", {
      method: "PUT",
      body: '{"name":"Rex"}',
    }).catch((e: unknown) => e);
    expect(String((error as Error).cause)).toContain("(body): must have required property 'kind'");
    scope.done();
  });

  it("checks the fixture when the reply is set up, not when it is used", () => {
    expect(() => contract.reply("get", "/pets/{id}", 200, { pet: { id: 1 } } as never)).toThrow(
      ContractError,
    );
  });
});

describe("loadContract", () => {
  it("loads a package's overlaid document once per process", async () => {
    const pkg = tempPackage(undefined, {
      "owner.yaml":
        "# Owners are objects.\ncomponents:\n  schemas:\n    Pet:\n      properties:\n        owner: { type: object, properties: { name: { type: string } } }\n",
    });
    const options = { env: { SUPPORT_SPECS_DIR: pkg.specsDir } };
    const first = await loadContract<PetsPaths>(pkg.manifestPath, options);
    expect(await loadContract(pkg.manifestPath, options)).toBe(first);
    expect(
      first.checkResponse("get", "/pets/{id}", 200, { pet: { ...pet, owner: { name: "Ann" } } }),
    ).toEqual([]);
    expect(
      first.checkResponse("get", "/pets/{id}", 200, { pet: { ...pet, owner: "Ann" } }),
    ).toEqual(["/pet/owner: must be object or null"]);
  });

  it("can be told to allow undeclared properties", async () => {
    const pkg = tempPackage();
    const lenient = await loadContract<PetsPaths>(pkg.manifestPath, {
      env: { SUPPORT_SPECS_DIR: pkg.specsDir },
      rejectUndeclaredProperties: false,
    });
    expect(
      lenient.checkResponse("get", "/pets/{id}", 200, { pet: { ...pet, extra_field: 1 } }),
    ).toEqual([]);
  });
});
