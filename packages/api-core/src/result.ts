import { ApiError } from "./errors.js";
import { originOf } from "./origin.js";
import type { Redactor } from "./redact.js";
import { readVendorError, requestIdFromHeaders, type VendorProfile } from "./vendor.js";

/** The shape of every openapi-fetch call's result. */
export type OpenApiResult<Data> =
  | { data: Data; error?: never; response: Response }
  | { data?: never; error: unknown; response: Response };

/**
 * The one place an openapi-fetch result becomes either its data or a thrown `ApiError` carrying
 * the status, the vendor's error code and request id, the method and the redacted URL.
 */
export function unwrapResult<Data>(
  result: OpenApiResult<Data>,
  vendor: VendorProfile,
  redactor: Redactor,
): Data {
  const { response } = result;
  if (response.ok && result.error === undefined) return result.data as Data;

  const { method, url } = originOf(response);
  const details = readVendorError(vendor, result.error);
  const requestId = requestIdFromHeaders(vendor, response.headers) ?? details.requestId;
  const statusText = response.statusText ? ` ${response.statusText}` : "";
  const reason = details.message ?? details.code;
  throw new ApiError(
    `${vendor.name} ${method} ${url} failed with HTTP ${response.status}${statusText}${reason ? `: ${reason}` : ""}`,
    {
      vendor: vendor.name,
      method,
      url,
      status: response.status,
      code: details.code,
      requestId,
      body: result.error,
      redactor,
    },
  );
}
