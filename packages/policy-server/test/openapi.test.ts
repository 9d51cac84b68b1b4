import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { readJson, SERVER_NOW, TOKEN, testServer } from "./support/test-server.js";
import { EXAMPLE, exampleContext } from "./support/world.js";

// biome-ignore lint/suspicious/noExplicitAny: the document is walked as plain JSON.
type Json = Record<string, any>;

const server = testServer();
let document: Json;

beforeAll(async () => {
  document = await readJson<Json>(await server.request("/openapi.json"));
});

/** Checks a value against a schema of the document, refs resolved inside the document. */
function validatorFor(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...document, $id: "openapi.json" });
  return (schema: Json, value: unknown) => {
    const pointer = schema.$ref ? `openapi.json${schema.$ref}` : undefined;
    const validate = pointer ? ajv.getSchema(pointer) : ajv.compile(schema);
    if (!validate) throw new Error(`no schema at ${pointer}`);
    const ok = validate(value);
    return ok ? [] : (validate.errors ?? []);
  };
}

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("documents exactly the routes the server has", () => {
    const served = new Set(
      server.served.app.routes
        .filter((route) => route.method !== "ALL")
        .map((route) => `${route.method} ${route.path}`),
    );
    const documented = new Set(
      Object.entries(document.paths as Json).flatMap(([path, item]) =>
        Object.keys(item as Json).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    expect([...documented].sort()).toEqual([...served].sort());
    expect(served.size).toBe(12);
  });

  it("takes the request bodies from the policy's own schemas", () => {
    const schemas = document.components.schemas as Json;
    expect(schemas.EvaluateRequest.properties.incident).toEqual({
      $ref: "#/components/schemas/Incident",
    });
    expect(schemas.Incident.properties.severity.enum).toEqual(["minor", "major", "critical"]);
    expect(schemas.Incident.additionalProperties).toBe(false);
    expect(schemas.EvaluateRequest.required).toEqual(["incident"]);
    expect(schemas.RequestContext.required ?? []).not.toContain("team");
    // One branch per action, each with its own details.
    const actions = schemas.Decision.oneOf.map((branch: Json) => branch.properties.action.const);
    expect(actions).toContain("handover");
  });

  it("describes what the routes answer: real answers validate against it", async () => {
    const check = validatorFor(document);
    const auth = { authorization: `Bearer ${TOKEN}` };
    const evaluate = document.paths["/v1/evaluate"].post;
    const body = {
      incident: EXAMPLE.incident,
      ticket: EXAMPLE.tickets[1],
      context: exampleContext(),
    };
    expect(check(evaluate.requestBody.content["application/json"].schema, body)).toEqual([]);
    const answers: Array<[string, Response]> = [
      ["/v1/evaluate", await server.post("/v1/evaluate", body)],
      [
        "/v1/evaluate-incident",
        await server.post("/v1/evaluate-incident", {
          incident: EXAMPLE.incident,
          tickets: EXAMPLE.tickets,
          context: exampleContext(),
        }),
      ],
      ["/v1/lint", await server.post("/v1/lint", { kind: "reply", text: "We're working on it." })],
      [
        "/v1/suggest-incidents",
        await server.post("/v1/suggest-incidents", {
          queue: [1, 2, 3].map((n) => ({
            id: String(n),
            subject: `CSV export stuck ${n}`,
            createdAt: new Date(Date.parse(SERVER_NOW) - n * 60_000).toISOString(),
            status: "new",
            tags: [],
          })),
        }),
      ],
      [
        "/v1/match",
        await server.post("/v1/match", { incident: EXAMPLE.incident, tickets: EXAMPLE.tickets }),
      ],
    ];
    for (const [path, response] of answers) {
      expect(response.status).toBe(200);
      const schema = document.paths[path].post.responses["200"].content["application/json"].schema;
      expect(check(schema, await response.json()), path).toEqual([]);
      expect(Object.keys(document.paths[path].post.responses["200"].headers)).toEqual([
        "Decision-Id",
        "Policy-Version",
      ]);
    }
    for (const path of ["/v1/rules", "/health", "/ready"]) {
      const schema = document.paths[path].get.responses["200"].content["application/json"].schema;
      expect(
        check(schema, await (await server.request(path, { headers: auth })).json()),
        path,
      ).toEqual([]);
    }
  });

  it("describes every error answer with the Error schema", async () => {
    const check = validatorFor(document);
    const errors: Array<[string, Response]> = [
      ["/v1/evaluate", await server.post("/v1/evaluate", { incident: {} })],
      ["/v1/evaluate", await server.post("/v1/evaluate", "{")],
      ["/v1/evaluate", await server.request("/v1/evaluate", { method: "POST" })],
      ["/v1/suggest-incidents", await server.post("/v1/suggest-incidents", { queue: [{}] })],
      ["/v1/lint", await server.post("/v1/lint", "x".repeat(2 * 1024 * 1024))],
      [
        "/v1/match",
        await server.post("/v1/match", {}, { headers: { "content-type": "text/csv" } }),
      ],
      ["/v1/webhooks/zendesk", await server.post("/v1/webhooks/zendesk", {})],
    ];
    expect(errors.map(([, response]) => response.status)).toEqual([
      400, 400, 401, 400, 413, 415, 503,
    ]);
    for (const [path, response] of errors) {
      const documented = document.paths[path].post.responses[String(response.status)];
      expect(documented, `${response.status} on ${path}`).toBeDefined();
      expect(check({ $ref: "#/components/schemas/Error" }, await response.json())).toEqual([]);
    }
  });

  it("names the bearer token scheme on the guarded routes only", () => {
    expect(document.components.securitySchemes.bearerToken).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
    expect(document.paths["/v1/evaluate"].post.security).toEqual([{ bearerToken: [] }]);
    expect(document.paths["/metrics"].get.security).toEqual([{ bearerToken: [] }]);
    expect(document.paths["/health"].get.security).toEqual([]);
    expect(document.paths["/v1/webhooks/incident-io"].post.security).toEqual([]);
  });
});
