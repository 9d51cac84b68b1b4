// Type-level views of openapi-typescript's `paths`, so fixtures are typed by the same document
// they are validated against.

export type HttpMethod = "get" | "put" | "post" | "delete" | "patch" | "head" | "options" | "trace";

/** The methods a path item really declares (openapi-typescript marks the others `?: never`). */
export type MethodOf<Item> = {
  [M in HttpMethod]: M extends keyof Item
    ? [NonNullable<Item[M]>] extends [never]
      ? never
      : M
    : never;
}[HttpMethod];

export type OperationOf<Paths, P extends keyof Paths, M> = M extends keyof Paths[P]
  ? NonNullable<Paths[P][M]>
  : never;

/** Status codes an operation declares a response for. */
export type StatusOf<Op> = Op extends { responses: infer R } ? Extract<keyof R, number> : never;

/** The JSON body of an operation's response for `S`, or `unknown` when it has none. */
export type ResponseBodyOf<Op, S> = Op extends { responses: infer R }
  ? S extends keyof R
    ? R[S] extends { content: { "application/json": infer B } }
      ? B
      : unknown
    : unknown
  : unknown;

/** The JSON request body of an operation, or `unknown` when it declares none. */
export type RequestBodyOf<Op> = Op extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : unknown;

/** What `loadContract` is typed by when no generated `paths` are given. */
export type UntypedPaths = Record<string, Partial<Record<HttpMethod, unknown>>>;
