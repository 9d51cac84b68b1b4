import type { FetchLike, RetryEvent } from "@support/api-core";

/** Thrown into in-flight calls when the run is stopped; `retryable: false` tells the clients not to retry. */
const stopped = (): Error =>
  Object.assign(new Error("support-watcher stopped the call: the run reached its time limit"), {
    retryable: false,
  });

/**
 * The vendor calls of one run: which are in flight (so a run that hits its time limit can say
 * what it was waiting for), how often vendors answered 429, and one switch that stops them all.
 */
export class VendorCalls {
  readonly #running = new Map<number, string>();
  readonly #stop = new AbortController();
  #next = 0;
  #last: string | undefined;
  /** Requests sent, retries included. */
  requests = 0;
  /** 429 answers the clients retried after (their `onRetry` events). */
  rateLimited = 0;
  /** Time the clients waited before retrying those, in ms. */
  rateLimitWaitMs = 0;

  /** A fetch for one vendor's client that records each call while it runs. */
  fetchFor(vendor: string): FetchLike {
    return async (request) => {
      if (this.#stop.signal.aborted) throw stopped();
      const id = this.#next++;
      this.requests++;
      this.#last = `${vendor} ${request.method} ${new URL(request.url).pathname}`;
      this.#running.set(id, this.#last);
      try {
        return await globalThis.fetch(request, {
          signal: AbortSignal.any([request.signal, this.#stop.signal]),
        });
      } finally {
        this.#running.delete(id);
      }
    };
  }

  readonly onRetry = (event: RetryEvent): void => {
    if (event.status !== 429) return;
    this.rateLimited++;
    this.rateLimitWaitMs += event.delayMs;
  };

  /** A sleep for the clients' retries and polls that ends at once when the run is stopped. */
  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
    const stop = signal ? AbortSignal.any([signal, this.#stop.signal]) : this.#stop.signal;
    return new Promise((resolve, reject) => {
      if (stop.aborted) return reject(stop.reason);
      const timer = setTimeout(() => {
        stop.removeEventListener("abort", abort);
        resolve();
      }, ms);
      const abort = () => {
        clearTimeout(timer);
        reject(stop.reason);
      };
      stop.addEventListener("abort", abort, { once: true });
    });
  };

  /**
   * The calls in flight, oldest first (`Zendesk GET /api/v2/search/export`); when none is, the
   * last one made, whose response may still be being read.
   */
  running(): string[] {
    const running = [...new Set(this.#running.values())];
    return running.length > 0 || this.#last === undefined ? running : [this.#last];
  }

  /** Stops every call in flight and refuses new ones. */
  stop(): void {
    if (!this.#stop.signal.aborted) this.#stop.abort(stopped());
  }
}
