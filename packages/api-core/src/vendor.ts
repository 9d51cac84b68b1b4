/** What a client knows about its vendor's error bodies and headers. */
export interface VendorProfile {
  /** Display name used in error messages, e.g. "incident.io". */
  name: string;
  /** Response headers carrying the vendor's request id, checked in order (case-insensitive). */
  requestIdHeaders?: readonly string[];
  /** Statuses that mean "slow down" and are retried for every method (default: 429). */
  rateLimitStatuses?: readonly number[];
  /** Reads the vendor's error code, message and request id from a parsed error body. */
  readError?(body: unknown): VendorErrorDetails;
}

export interface VendorErrorDetails {
  code?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
}

const DEFAULT_REQUEST_ID_HEADERS = ["x-request-id"];

export function requestIdFromHeaders(profile: VendorProfile, headers: Headers): string | undefined {
  for (const name of profile.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/** The details a profile reads from an error body, never throwing on bodies of an unexpected shape. */
export function readVendorError(profile: VendorProfile, body: unknown): VendorErrorDetails {
  try {
    return profile.readError?.(body) ?? {};
  } catch {
    return {};
  }
}
