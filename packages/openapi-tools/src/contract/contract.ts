import type { JsonObject } from "../document.ts";
import { loadOverlaidDocument } from "../load.ts";
import { readManifest } from "../manifest.ts";
import type { ResolveOptions } from "../resolve.ts";
import { ContractError } from "./contract-error.ts";
import { findOperation, requestSchema, responseSchema } from "./operations.ts";
import { SchemaEngine } from "./schema-engine.ts";
import type {
  MethodOf,
  OperationOf,
  RequestBodyOf,
  ResponseBodyOf,
  StatusOf,
  UntypedPaths,
} from "./types.ts";

export interface ContractOptions extends ResolveOptions {
  /** Also fail on object properties the document does not declare (default true). */
  rejectUndeclaredProperties?: boolean;
}

/** A nock 15 reply function: receives the intercepted Fetch `Request` (one argument). */
export type ReplyFunction<Body> = (
  request: Request,
) => Promise<[status: number, body: Body, headers: Record<string, string>]>;

/**
 * One vendor document, loaded once per process, checking bodies against its operations.
 * Type parameter: the client's generated `paths`, which makes paths, methods, statuses and
 * bodies autocomplete and type-check.
 */
export class Contract<Paths = UntypedPaths> {
  readonly name: string;
  readonly document: JsonObject;
  readonly #rejectUndeclared: boolean;
  readonly #engines: Partial<Record<"request" | "response", SchemaEngine>> = {};

  constructor(name: string, document: JsonObject, options: ContractOptions = {}) {
    this.name = name;
    this.document = document;
    this.#rejectUndeclared = options.rejectUndeclaredProperties ?? true;
  }

  /** Problems of a response body against the operation's schema for `status` ([] when it matches). */
  checkResponse(method: string, path: string, status: number, body: unknown): string[] {
    const operation = findOperation(this.document, this.name, method, path);
    const label = `${this.name} ${method.toUpperCase()} ${path}`;
    const schema = responseSchema(this.document, operation, status, label);
    if (schema === undefined) {
      return body === undefined || body === ""
        ? []
        : [`(body): HTTP ${status} declares no JSON body`];
    }
    return this.#engine("response").check(schema, body, this.#rejectUndeclared);
  }

  /** Problems of a request body (`undefined` = none sent) against the operation's request schema. */
  checkRequest(method: string, path: string, body: unknown): string[] {
    const operation = findOperation(this.document, this.name, method, path);
    const declared = requestSchema(this.document, operation);
    if (declared === undefined) {
      return body === undefined
        ? []
        : ["(body): the document declares no JSON request body for this operation"];
    }
    if (body === undefined) return declared.required ? ["(body): a request body is required"] : [];
    return this.#engine("request").check(declared.schema, body, this.#rejectUndeclared);
  }

  /** Returns `body` unchanged after checking it as the response to `method path` with `status`. */
  fixture<
    P extends keyof Paths & string,
    M extends MethodOf<Paths[P]>,
    S extends StatusOf<OperationOf<Paths, P, M>>,
  >(
    method: M,
    path: P,
    status: S,
    body: ResponseBodyOf<OperationOf<Paths, P, M>, S>,
  ): ResponseBodyOf<OperationOf<Paths, P, M>, S> {
    this.#assert(
      this.checkResponse(method, path, status, body),
      `${method} ${path} → ${status} response`,
    );
    return body;
  }

  /** Throws a `ContractError` listing every problem when `body` is not a valid request body. */
  assertRequest<P extends keyof Paths & string, M extends MethodOf<Paths[P]>>(
    method: M,
    path: P,
    body: RequestBodyOf<OperationOf<Paths, P, M>> | undefined,
  ): void {
    this.#assert(this.checkRequest(method, path, body), `${method} ${path} request`);
  }

  /**
   * A nock reply function for `method path`: checks the response fixture now, and each intercepted
   * request body when it arrives, then replies with the fixture. A request that breaks the contract
   * makes the client's call fail with the `ContractError` as its cause.
   */
  reply<
    P extends keyof Paths & string,
    M extends MethodOf<Paths[P]>,
    S extends StatusOf<OperationOf<Paths, P, M>>,
  >(
    method: M,
    path: P,
    status: S,
    body: ResponseBodyOf<OperationOf<Paths, P, M>, S>,
    headers: Record<string, string> = {},
  ): ReplyFunction<ResponseBodyOf<OperationOf<Paths, P, M>, S>> {
    this.fixture(method, path, status, body);
    return async (request) => {
      const text = await request.text();
      let sent: unknown;
      try {
        sent = text === "" ? undefined : JSON.parse(text);
      } catch {
        throw new ContractError(
          `${this.name} ${method.toUpperCase()} ${path}: the request body is not JSON`,
        );
      }
      this.#assert(this.checkRequest(method, path, sent), `${method} ${path} request`);
      return [status, body, headers];
    };
  }

  #assert(problems: string[], what: string): void {
    if (problems.length === 0) return;
    const [verb, ...rest] = what.split(" ");
    throw new ContractError(
      `${this.name} ${verb?.toUpperCase()} ${rest.join(" ")} does not match the vendor document:\n  ${problems.join("\n  ")}`,
    );
  }

  #engine(direction: "request" | "response"): SchemaEngine {
    this.#engines[direction] ??= new SchemaEngine(this.document, direction);
    return this.#engines[direction];
  }
}

// Shared by every test file a worker runs, so each document is parsed and compiled once.
const CACHE_KEY = Symbol.for("@support/openapi-tools/contracts");
const globalCache = globalThis as { [CACHE_KEY]?: Map<string, Promise<Contract<unknown>>> };
globalCache[CACHE_KEY] ??= new Map();
const cache = globalCache[CACHE_KEY];

/**
 * The contract of a client package, from its `openapi/manifest.json`: the verified vendor
 * document with the package's overlays applied, loaded once per process.
 */
export async function loadContract<Paths = UntypedPaths>(
  manifestLocation: string | URL,
  options: ContractOptions = {},
): Promise<Contract<Paths>> {
  const manifest = await readManifest(manifestLocation);
  const key = `${manifest.path}\0${options.rejectUndeclaredProperties ?? true}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = loadOverlaidDocument(manifest, options).then(
      (document) => new Contract<unknown>(manifest.name, document, options),
    );
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return (await pending) as Contract<Paths>;
}
