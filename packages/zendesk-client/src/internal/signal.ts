import type { CallOptions } from "../types.js";

/** The `signal` part of an openapi-fetch init, omitted when there is none. */
export function signalInit(options: CallOptions | undefined): { signal?: AbortSignal } {
  return options?.signal ? { signal: options.signal } : {};
}
