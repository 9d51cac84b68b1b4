/** An abort signal that fires after `timeoutMs` (never when it is 0), remembering whether it did. */
export interface AttemptTimeout {
  readonly signal: AbortSignal;
  readonly fired: boolean;
  clear(): void;
}

export function startAttemptTimeout(timeoutMs: number): AttemptTimeout {
  const controller = new AbortController();
  let fired = false;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          fired = true;
          controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError"));
        }, timeoutMs)
      : undefined;
  return {
    signal: controller.signal,
    get fired() {
      return fired;
    },
    clear: () => clearTimeout(timer),
  };
}
