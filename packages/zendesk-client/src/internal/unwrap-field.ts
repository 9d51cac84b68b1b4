import { type OpenApiResult, unwrapChecked } from "@support/api-core";
import type { ZendeskClient } from "../client.js";

/** `Data` with `Key` known to be present and not null. */
export type Requiring<Data, Key extends keyof Data> = Data & { [K in Key]-?: NonNullable<Data[K]> };

/**
 * Awaits a client call, unwraps it, and checks that `data[key]` is there. A successful response
 * without it is api-core's `UnexpectedResponseError` naming the call, rather than an
 * `undefined` that fails later far from its cause.
 */
export async function unwrapRequiring<Data, Key extends keyof NonNullable<Data>>(
  client: ZendeskClient,
  pending: Promise<OpenApiResult<Data>>,
  key: Key,
): Promise<Requiring<NonNullable<Data>, Key>> {
  const data = await unwrapChecked(client, pending, (data) => {
    const value = (data as NonNullable<Data> | undefined)?.[key];
    return value !== undefined && value !== null ? undefined : `without "${String(key)}"`;
  });
  return data as Requiring<NonNullable<Data>, Key>;
}

/** Like `unwrapRequiring`, returning just `data[key]`. */
export async function unwrapField<Data, Key extends keyof NonNullable<Data>>(
  client: ZendeskClient,
  pending: Promise<OpenApiResult<Data>>,
  key: Key,
): Promise<NonNullable<NonNullable<Data>[Key]>> {
  return (await unwrapRequiring(client, pending, key))[key];
}

/**
 * Like `unwrapRequiring`, but `data[key]` must be a list (a page's `results`, `macros`): an empty
 * or other 200 body is an `UnexpectedResponseError` naming vendor, method and path.
 */
export async function unwrapList<Data, Key extends keyof NonNullable<Data>>(
  client: ZendeskClient,
  pending: Promise<OpenApiResult<Data>>,
  key: Key,
): Promise<Requiring<NonNullable<Data>, Key>> {
  const data = await unwrapChecked(client, pending, (data) =>
    Array.isArray((data as NonNullable<Data> | undefined)?.[key])
      ? undefined
      : `without the list "${String(key)}"`,
  );
  return data as Requiring<NonNullable<Data>, Key>;
}
