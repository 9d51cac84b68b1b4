import { createRedactor, type Redactor } from "./redact.js";

/** Everything known about a failed API call. Strings are scrubbed by the redactor before storing. */
export interface ApiErrorInit {
  /** Vendor display name, e.g. "incident.io". */
  vendor: string;
  method: string;
  url: string;
  status?: number | undefined;
  /** The vendor's machine-readable error code, when its error body has one. */
  code?: string | undefined;
  /** The vendor's request id (from its response headers or error body), for support tickets. */
  requestId?: string | undefined;
  /** The vendor's parsed error body. */
  body?: unknown;
  cause?: unknown;
  /** Scrubs credentials from every string above; never stored on the error. */
  redactor?: Redactor | undefined;
}

const defaultRedactor = createRedactor();

/**
 * The one error type every client throws for a failed call. `instanceof ApiError` catches HTTP
 * error statuses and the subclasses below (timeout, network failure, unusable response body).
 * Message, URL, body and cause are scrubbed of credentials when the error is built.
 */
export class ApiError extends Error {
  static {
    // On the prototype (not an own field) so the stack trace already carries the name.
    ApiError.prototype.name = "ApiError";
  }
  readonly vendor: string;
  readonly method: string;
  /** The request URL with credentials and sensitive query parameters removed. */
  readonly url: string;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly body: unknown;

  constructor(message: string, init: ApiErrorInit) {
    const redactor = init.redactor ?? defaultRedactor;
    super(
      redactor.text(message),
      init.cause === undefined ? undefined : { cause: redactor.error(init.cause) },
    );
    this.vendor = init.vendor;
    this.method = init.method.toUpperCase();
    this.url = redactor.url(init.url);
    this.status = init.status;
    this.code = init.code === undefined ? undefined : redactor.text(init.code);
    this.requestId = init.requestId === undefined ? undefined : redactor.text(init.requestId);
    this.body = init.body === undefined ? undefined : redactor.value(init.body);
  }

  toJSON(): Record<string, unknown> {
    const cause =
      this.cause instanceof Error ? `${this.cause.name}: ${this.cause.message}` : this.cause;
    return {
      name: this.name,
      message: this.message,
      vendor: this.vendor,
      method: this.method,
      url: this.url,
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      body: this.body,
      cause,
    };
  }
}

/** The request did not complete within `timeoutMs` (per attempt, including reading the body). */
export class ApiTimeoutError extends ApiError {
  static {
    ApiTimeoutError.prototype.name = "ApiTimeoutError";
  }
  readonly timeoutMs: number;

  constructor(message: string, init: ApiErrorInit & { timeoutMs: number }) {
    super(message, init);
    this.timeoutMs = init.timeoutMs;
  }
}

/** No HTTP response at all: DNS, connection refused or reset, TLS failure. */
export class ApiNetworkError extends ApiError {
  static {
    ApiNetworkError.prototype.name = "ApiNetworkError";
  }
}

/** A successful status whose body is not what a JSON API returns (malformed JSON, an HTML page). */
export class UnexpectedResponseError extends ApiError {
  static {
    UnexpectedResponseError.prototype.name = "UnexpectedResponseError";
  }
}

/** A client was created with options it cannot work with; the message names the option. */
export class ClientConfigError extends TypeError {
  static {
    ClientConfigError.prototype.name = "ClientConfigError";
  }
}
