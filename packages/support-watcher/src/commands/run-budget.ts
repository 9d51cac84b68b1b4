import { DEFAULT_RUN_TIMEOUT_SECONDS } from "../config/schema.js";
import { RunTimeoutError } from "../errors.js";
import type { VendorCalls } from "../vendors/calls.js";

/**
 * Bounds a run's total wall time. The limit comes from --run-timeout, else from the config once
 * it is read (`limit`), else the default; when it passes, the vendor calls in flight are stopped
 * and the run fails with a RunTimeoutError naming them.
 */
export class RunBudget {
  readonly #calls: VendorCalls;
  readonly #started = Date.now();
  readonly #fromFlag: boolean;
  #seconds: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #expire: ((error: Error) => void) | undefined;

  constructor(calls: VendorCalls, flagSeconds: number | undefined) {
    this.#calls = calls;
    this.#fromFlag = flagSeconds !== undefined;
    this.#seconds = flagSeconds ?? DEFAULT_RUN_TIMEOUT_SECONDS;
  }

  get seconds(): number {
    return this.#seconds;
  }

  /** The config's limit, unless --run-timeout was given. */
  limit(configSeconds: number | undefined): void {
    if (this.#fromFlag || configSeconds === undefined) return;
    this.#seconds = configSeconds;
    if (this.#expire) this.#arm();
  }

  /** Runs `work` within the limit. */
  async race<T>(work: Promise<T>): Promise<T> {
    const expired = new Promise<never>((_, reject) => {
      this.#expire = reject;
    });
    this.#arm();
    try {
      return await Promise.race([work, expired]);
    } finally {
      clearTimeout(this.#timer);
      this.#expire = undefined;
    }
  }

  #arm(): void {
    clearTimeout(this.#timer);
    const left = Math.max(0, this.#started + this.#seconds * 1000 - Date.now());
    this.#timer = setTimeout(() => {
      const running = this.#calls.running();
      this.#calls.stop();
      this.#expire?.(new RunTimeoutError(this.#seconds, running));
    }, left);
  }
}
