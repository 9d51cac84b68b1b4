import { ApiError, ClientConfigError, PaginationLoopError } from "@support/api-core";
import { PolicyInputError } from "@support/policy";
import { CliError, EXIT, UsageError } from "./errors.js";

/** How a failure is reported: its exit code and the lines for stderr (the first one says it all). */
export interface Failure {
  code: number;
  lines: string[];
  /** Extra lines for --debug (never credentials: the clients redact URLs and bodies). */
  debug: string[];
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

/** The path an API error's (redacted) URL points at. */
export const apiErrorPath = (error: ApiError): string => pathOf(error.url);

/** `failed (HTTP 503)`, `failed (no response)`: what became of the call. */
export const apiErrorOutcome = (error: ApiError): string =>
  `failed (${error.status === undefined ? "no response" : `HTTP ${error.status}`})`;

/** The API error's message without the vendor, method and URL it starts with. */
export function apiErrorDetail(error: ApiError): string {
  const text = oneLine(error.message);
  const prefix = `${error.vendor} ${error.method} ${error.url} `;
  const rest = text.startsWith(prefix) ? text.slice(prefix.length) : text;
  return rest.replace(/^failed with /, "");
}

/** An API error as one line: vendor, method, path, status and the vendor's message. */
export const describeApiError = (error: ApiError): string =>
  `${error.vendor} ${error.method} ${apiErrorPath(error)} ${apiErrorOutcome(error)}: ${apiErrorDetail(error)}`;

/**
 * The one classification of failures. The user's input, config or environment → 2, naming what
 * to fix; a vendor that failed or sent unusable data → 3, naming the vendor call; anything else
 * is a bug in support-watcher → 70, with a line asking for a report.
 */
export function classify(error: unknown, command?: string): Failure {
  const stack = error instanceof Error && error.stack ? [error.stack] : [];
  const cause = error instanceof Error ? error.cause : undefined;
  const request = (api: unknown) =>
    api instanceof ApiError
      ? [`  ${api.method} ${api.url}${api.requestId ? ` request id ${api.requestId}` : ""}`]
      : [];
  if (error instanceof CliError) {
    const lines = [`support-watcher: ${error.message}`];
    if (error instanceof UsageError) {
      const topic = error.command ?? command;
      lines.push(`Run support-watcher ${topic ? `${topic} ` : ""}--help for usage.`);
    }
    return { code: error.exitCode, lines, debug: [...request(cause), ...stack] };
  }
  // A pagination loop is an ApiError too; it gets its own, plainer line first.
  if (error instanceof PaginationLoopError) {
    return {
      code: EXIT.vendor,
      lines: [`support-watcher: a vendor's pagination went in a circle: ${oneLine(error.message)}`],
      debug: stack,
    };
  }
  if (error instanceof ApiError) {
    return {
      code: EXIT.vendor,
      lines: [`support-watcher: ${describeApiError(error)}`],
      debug: [...request(error), ...stack],
    };
  }
  if (error instanceof PolicyInputError) {
    return {
      code: EXIT.badInput,
      lines: [`support-watcher: the data does not fit the policy's input:`, error.message],
      debug: stack,
    };
  }
  if (error instanceof ClientConfigError) {
    return {
      code: EXIT.badInput,
      lines: [`support-watcher: ${oneLine(error.message)}`],
      debug: stack,
    };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    code: EXIT.internal,
    lines: [
      `support-watcher: internal error: ${oneLine(message)}`,
      "This is a bug in support-watcher: please report it with the command you ran and its --debug output.",
    ],
    debug: stack,
  };
}
