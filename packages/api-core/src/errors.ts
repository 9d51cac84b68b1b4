import { registerBrand } from "./brand.js";
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
 * The one error type every client throws for a failed call or for unusable vendor data.
 * `instanceof ApiError` catches HTTP error statuses and the subclasses below (timeout, network
 * failure, unusable response body, pagination loop), across the ESM and CommonJS builds and
 * across duplicate installs. Message, URL, body and cause are scrubbed of credentials when the
 * error is built.
 */
export class ApiError extends Error {
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
registerBrand(ApiError, "@support/api-core:ApiError", "ApiError");

/** The request did not complete within `timeoutMs` (per attempt, including reading the body). */
export class ApiTimeoutError extends ApiError {
  readonly timeoutMs: number;

  constructor(message: string, init: ApiErrorInit & { timeoutMs: number }) {
    super(message, init);
    this.timeoutMs = init.timeoutMs;
  }
}
registerBrand(ApiTimeoutError, "@support/api-core:ApiTimeoutError", "ApiTimeoutError");

/** No HTTP response at all: DNS, connection refused or reset, TLS failure. */
export class ApiNetworkError extends ApiError {}
registerBrand(ApiNetworkError, "@support/api-core:ApiNetworkError", "ApiNetworkError");

/**
 * A successful status whose body is not what the call returns: malformed JSON, an HTML page, an
 * empty body, or JSON without the field a helper reads.
 */
export class UnexpectedResponseError extends ApiError {}
registerBrand(
  UnexpectedResponseError,
  "@support/api-core:UnexpectedResponseError",
  "UnexpectedResponseError",
);

/** A vendor handed back a cursor it had already given, which would otherwise loop forever. */
export class PaginationLoopError extends ApiError {
  /** The repeated cursor (redacted). */
  readonly cursor: unknown;
  /** The page whose next cursor repeated an earlier one, 1-based. */
  readonly page: number;

  constructor(cursor: unknown, page: number, init: ApiErrorInit) {
    const redactor = init.redactor ?? defaultRedactor;
    super(
      `${init.vendor} ${init.method.toUpperCase()} ${init.url}: pagination stopped, page ${page} pointed back to cursor ${JSON.stringify(cursor)}, which was already fetched`,
      init,
    );
    this.cursor = redactor.value(cursor);
    this.page = page;
  }
}
registerBrand(PaginationLoopError, "@support/api-core:PaginationLoopError", "PaginationLoopError");

/** A client was created with options it cannot work with; the message names the option. */
export class ClientConfigError extends TypeError {}
registerBrand(ClientConfigError, "@support/api-core:ClientConfigError", "ClientConfigError");

/**
 * A helper was called with an argument it cannot use, before any request was sent. The message
 * names the helper and the argument (`showTicket: "ticketId" must be a positive whole number
 * id, got -4`) and never echoes a credential. A `ClientConfigError`, so one `instanceof` check
 * catches every "the caller got it wrong" error of the clients.
 */
export class InvalidArgumentError extends ClientConfigError {
  /** The helper that refused the call, e.g. "showTicket". */
  readonly helper: string;

  constructor(helper: string, problem: string) {
    super(`${helper}: ${problem}`);
    this.helper = helper;
  }
}
registerBrand(
  InvalidArgumentError,
  "@support/api-core:InvalidArgumentError",
  "InvalidArgumentError",
);
