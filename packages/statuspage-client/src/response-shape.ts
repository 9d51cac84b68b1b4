import { isPlainObject, type OpenApiResult, unwrapChecked } from "@support/api-core";
import type { StatuspageClient } from "./client.js";

/** Unwraps a list endpoint's call; a 2xx body that is not a JSON array becomes an `UnexpectedResponseError`. */
export function unwrapList<Item>(
  client: StatuspageClient,
  pending: Promise<OpenApiResult<Item[]>>,
  what: string,
): Promise<Item[]> {
  return unwrapChecked(client, pending, (data) =>
    Array.isArray(data) ? undefined : unexpected(data, what),
  );
}

/** Unwraps a call returning one object; any other 2xx body becomes an `UnexpectedResponseError`. */
export function unwrapRecord<Data extends object>(
  client: StatuspageClient,
  pending: Promise<OpenApiResult<Data>>,
  what: string,
): Promise<Data> {
  return unwrapChecked(client, pending, (data) =>
    isPlainObject(data) ? undefined : unexpected(data, what),
  );
}

const unexpected = (data: unknown, what: string) =>
  `with ${bodyKind(data)} where ${what} was expected`;

function bodyKind(data: unknown): string {
  if (data === undefined || data === null || data === "") return "an empty body";
  if (Array.isArray(data)) return "a JSON array";
  return typeof data === "object" ? "a JSON object" : `a JSON ${typeof data}`;
}
