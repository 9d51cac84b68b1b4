import { ApiError } from "@support/api-core";
import { CliError, type VendorCall, VendorError } from "../errors.js";
import { apiErrorDetail, apiErrorOutcome, apiErrorPath } from "../failures.js";

/**
 * Runs one vendor call and the processing of what it returned. Whatever fails in there is the
 * vendor's doing (an API error after retries, a pagination loop, a malformed body, a value the
 * adapters could not map) and becomes a VendorError naming the call and the object; errors the
 * user can fix (an unknown incident, a missing credential) pass through unchanged.
 */
export async function vendorStep<T>(call: VendorCall, run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof ApiError) {
      const concrete = { ...call, method: error.method, path: apiErrorPath(error) };
      throw new VendorError(concrete, apiErrorOutcome(error), apiErrorDetail(error), {
        cause: error,
      });
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new VendorError(call, "sent unusable data", detail.replace(/\s+/g, " "), {
      cause: error,
    });
  }
}
