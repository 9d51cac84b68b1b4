import { type OpenApiResult, UnexpectedResponseError } from "@support/api-core";
import type { ZendeskClient } from "../client.js";

/**
 * Awaits an `api` call, unwraps it, and returns `data[key]`. A successful response without that
 * field is an `UnexpectedResponseError` naming the call, rather than an `undefined` that fails
 * later far from its cause.
 */
export async function unwrapField<Data, Key extends keyof NonNullable<Data>>(
  client: ZendeskClient,
  call: { method: string; path: string },
  pending: Promise<OpenApiResult<Data>>,
  key: Key,
): Promise<NonNullable<NonNullable<Data>[Key]>> {
  const result = await pending;
  const data = await client.unwrap(Promise.resolve(result));
  const value = (data as NonNullable<Data> | undefined)?.[key];
  if (value !== undefined && value !== null) return value;
  const url = result.response.url || `${client.baseUrl}${call.path}`;
  throw new UnexpectedResponseError(
    `${client.vendor.name} ${call.method} ${url} answered HTTP ${result.response.status} without "${String(key)}"`,
    {
      vendor: client.vendor.name,
      method: call.method,
      url,
      status: result.response.status,
      body: data,
    },
  );
}
