import { type OpenApiResult, UnexpectedResponseError } from "@support/api-core";
import { isPlainObject } from "./arguments.js";
import type { StatuspageClient } from "./client.js";

type Shape = "list" | "record";

/** Unwraps a list endpoint's call; a 2xx body that is not a JSON array becomes an `UnexpectedResponseError`. */
export function unwrapList<Item>(
  client: StatuspageClient,
  method: string,
  pending: Promise<OpenApiResult<Item[]>>,
  what: string,
): Promise<Item[]> {
  return unwrapShaped(client, method, pending, "list", what);
}

/** Unwraps a call returning one object; any other 2xx body becomes an `UnexpectedResponseError`. */
export function unwrapRecord<Data extends object>(
  client: StatuspageClient,
  method: string,
  pending: Promise<OpenApiResult<Data>>,
  what: string,
): Promise<Data> {
  return unwrapShaped(client, method, pending, "record", what);
}

// Checked here so a wrong shape is a typed error naming the call, not a TypeError inside a loop.
// The body is left off the error: this path has no access to the client's credential redactor.
async function unwrapShaped<Data>(
  client: StatuspageClient,
  method: string,
  pending: Promise<OpenApiResult<Data>>,
  shape: Shape,
  what: string,
): Promise<Data> {
  const result = await pending;
  const data = await client.unwrap(Promise.resolve(result));
  if (shape === "list" ? Array.isArray(data) : isPlainObject(data)) return data;
  const { response } = result;
  const vendor = client.vendor.name;
  const requestId = (client.vendor.requestIdHeaders ?? [])
    .map((header) => response.headers.get(header))
    .find((value) => value !== null && value !== "");
  throw new UnexpectedResponseError(
    `${vendor} ${method} ${response.url} returned ${response.status} with ${bodyKind(data)} where ${what} was expected`,
    {
      vendor,
      method,
      url: response.url,
      status: response.status,
      requestId: requestId ?? undefined,
    },
  );
}

function bodyKind(data: unknown): string {
  if (data === undefined || data === null || data === "") return "an empty body";
  if (Array.isArray(data)) return "a JSON array";
  return typeof data === "object" ? "a JSON object" : `a JSON ${typeof data}`;
}
