import { z } from "zod";

export const ERROR_CODES = [
  "invalid_json",
  "invalid_input",
  "unauthorized",
  "not_found",
  "method_not_allowed",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "internal_error",
  "not_ready",
  "shutting_down",
  "webhook_disabled",
  "invalid_signature",
  "stale_timestamp",
  "webhook_replayed",
  "webhook_failed",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One bad field: where it is in the request body and what is wrong with it. */
export interface Issue {
  path: string;
  message: string;
}

export const IssueSchema = z.strictObject({
  path: z.string().describe('Where the field is in the request body, e.g. "incident.severity".'),
  message: z.string().describe("What is wrong with it."),
});

export const ErrorBodySchema = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      issues: z.array(IssueSchema).optional().describe("Every bad field, for invalid_input."),
    }),
  })
  .describe("Every error answer has this shape; none carries a stack trace.");

// Input can be megabytes; an error message quotes at most this much of it.
const MAX_MESSAGE = 500;
const MAX_ISSUES = 100;

export const capText = (text: string, max = MAX_MESSAGE): string =>
  text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;

/** A failure with its HTTP status, stable code and a message for the caller. */
export class HttpError extends Error {
  override readonly name = "HttpError";
  readonly status: number;
  readonly code: ErrorCode;
  readonly issues: readonly Issue[] | undefined;
  readonly headers: Record<string, string>;
  constructor(
    status: number,
    code: ErrorCode,
    message: string,
    options: { issues?: readonly Issue[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(capText(message), options.cause === undefined ? {} : { cause: options.cause });
    this.status = status;
    this.code = code;
    this.issues = options.issues?.slice(0, MAX_ISSUES).map((issue) => ({
      path: capText(issue.path, 200),
      message: capText(issue.message),
    }));
    this.headers = options.headers ?? {};
  }
}

export function errorBody(error: HttpError): string {
  return JSON.stringify({
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues === undefined ? {} : { issues: error.issues }),
    },
  });
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A field path as people write it: `context.team[0].timezone`. */
export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else {
      const key = String(segment);
      out += IDENTIFIER.test(key) ? `${out === "" ? "" : "."}${key}` : `[${JSON.stringify(key)}]`;
    }
  }
  return out === "" ? "(body)" : out;
}

/** The 400 for a list of bad fields, with the first few named in the message. */
export function invalidInput(issues: readonly Issue[]): HttpError {
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${capText(issue.path, 60)}: ${capText(issue.message, 80)}`)
    .join("; ");
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : "";
  return new HttpError(400, "invalid_input", `The request is not valid: ${shown}${more}.`, {
    issues,
  });
}

/** zod issues as body-relative issues, under `prefix` (the body key the value came from). */
export function issuesFromZod(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): Issue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}
