import { type OpenApiResult, UnexpectedResponseError } from "@support/api-core";
import type { ZendeskClient } from "../client.js";

/** `Data` with `Key` known to be present and not null. */
export type Requiring<Data, Key extends keyof Data> = Data & { [K in Key]-?: NonNullable<Data[K]> };

/**
 * Awaits an `api` call, unwraps it, and checks that `data[key]` is there. A successful response
 * without it is an `UnexpectedResponseError` naming the call, rather than an `undefined` that
 * fails later far from its cause.
 */
export async function unwrapRequiring<Data, Key extends keyof NonNullable<Data>>(
  client: ZendeskClient,
  call: { method: string; path: string },
  pending: Promise<OpenApiResult<Data>>,
  key: Key,
): Promise<Requiring<NonNullable<Data>, Key>> {
  const result = await pending;
  const data = (await client.unwrap(Promise.resolve(result))) as NonNullable<Data> | undefined;
  const value = data?.[key];
  if (data && value !== undefined && value !== null) {
    return data as Requiring<NonNullable<Data>, Key>;
  }
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

/** Like `unwrapRequiring`, returning just `data[key]`. */
export async function unwrapField<Data, Key extends keyof NonNullable<Data>>(
  client: ZendeskClient,
  call: { method: string; path: string },
  pending: Promise<OpenApiResult<Data>>,
  key: Key,
): Promise<NonNullable<NonNullable<Data>[Key]>> {
  return (await unwrapRequiring(client, call, pending, key))[key];
}
