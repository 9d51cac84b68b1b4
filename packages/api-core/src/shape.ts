import { UnexpectedResponseError } from "./errors.js";
import { originOf } from "./origin.js";
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
