import { isPlainObject as isObject, type OpenApiResult, unwrapChecked } from "@support/api-core";
import type { IncidentIoClient } from "./client.js";

/**
 * Unwraps a call whose body must carry `field` as a list (or, with `kind: "object"`, as an
 * object); any other 2xx body becomes an `UnexpectedResponseError` naming the call.
 */
export function unwrapWith<Data, Field extends keyof Data & string>(
  client: IncidentIoClient,
  pending: Promise<OpenApiResult<Data>>,
  field: Field,
  kind: "list" | "object" = "list",
): Promise<Data> {
  return unwrapChecked(client, pending, (data) => {
    const value: unknown = isObject(data) ? data[field] : undefined;
    if (kind === "list" ? Array.isArray(value) : isObject(value)) return undefined;
    return `without the ${kind} "${field}"`;
  });
}
