import { clientInfo } from "./client-info.js";
import { UnexpectedResponseError } from "./errors.js";
import { originOf } from "./origin.js";
import type { OpenApiResult } from "./result.js";
import { requestIdFromHeaders, type VendorProfile } from "./vendor.js";

/**
 * The error for a successful response whose JSON parsed but is not the shape a helper needs
 * (`problem`, e.g. `without the list "incidents"`): it names the call and keeps the vendor's
 * request id, so a helper fails with a typed error instead of a TypeError deep inside a loop.
 */
export function unexpectedShape(
  vendor: VendorProfile,
  response: Response,
  problem: string,
): UnexpectedResponseError {
  const { method, url } = originOf(response);
  return new UnexpectedResponseError(
    `${vendor.name} ${method} ${url} returned ${response.status} ${problem}`,
    {
      vendor: vendor.name,
      method,
      url,
      status: response.status,
      requestId: requestIdFromHeaders(vendor, response.headers),
    },
  );
}

/**
 * Awaits a client call and unwraps it like `client.unwrap`, then asks `problemOf` whether the
 * data is the shape the helper needs; a problem (e.g. `without the list "incidents"`) is thrown
 * as `unexpectedShape` for the response the data came from.
 */
export async function unwrapChecked<Data>(
  client: { unwrap<D>(pending: Promise<OpenApiResult<D>>): Promise<D> },
  pending: Promise<OpenApiResult<Data>>,
  problemOf: (data: Data) => string | undefined,
): Promise<Data> {
  const result = await pending;
  // Unwrapped from the settled result, so its response is still at hand to name the call.
  const data = await client.unwrap(Promise.resolve(result));
  const problem = problemOf(data);
  if (problem === undefined) return data;
  throw unexpectedShape(clientInfo(client).vendor, result.response, problem);
}
