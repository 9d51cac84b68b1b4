import type { ZodType, z } from "zod";
import { describeValue, truncate } from "./safe-text.js";

export type InputName =
  | "incident"
  | "ticket"
  | "tickets"
  | "queue"
  | "context"
  | "config"
  | "team"
  | "now"
  | "options"
  | "kind"
  | "text"
  | "liveIncidents";

export interface InputIssue {
  input: InputName;
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** The issues shown in a message; the rest are counted. `issues` keeps them all. */
const MAX_SHOWN = 20;
const MAX_MESSAGE = 300;
const MAX_KEY = 60;

/** A path as zod's pretty format writes it (`team[0].timezone`), long keys cut short. */
function dotPath(path: ReadonlyArray<PropertyKey>): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "symbol") text += `[${JSON.stringify(truncate(String(key), MAX_KEY))}]`;
    else if (/^[\w$]+$/.test(key)) text += `${text === "" ? "" : "."}${truncate(key, MAX_KEY)}`;
    else text += `[${JSON.stringify(truncate(key, MAX_KEY))}]`;
  }
  return text;
}

/** One argument's issues in zod's pretty format: `✖ reason` then `→ at path`, shortest paths first. */
function prettyIssues(issues: readonly InputIssue[]): string {
  const sorted = [...issues].sort((a, b) => a.path.length - b.path.length);
  const lines = sorted
    .slice(0, MAX_SHOWN)
    .flatMap((issue) => [
      `✖ ${issue.message}`,
      ...(issue.path.length > 0 ? [`  → at ${dotPath(issue.path)}`] : []),
    ]);
  const more = sorted.length - MAX_SHOWN;
  if (more > 0) lines.push(`✖ … and ${more} more ${more === 1 ? "issue" : "issues"}`);
  return lines.join("\n");
}

/**
 * Invalid input: the message names each bad argument and lists every bad field path with the
 * reason, in zod's pretty format. Nothing from deep inside the engine ever surfaces instead, and
 * no input is echoed at length: values and keys in messages are cut short.
 */
export class PolicyInputError extends Error {
  override readonly name = "PolicyInputError";
  /** The arguments that were invalid, in argument order. */
  readonly inputs: readonly InputName[];
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[], message?: string) {
    const inputs = [...new Set(issues.map((issue) => issue.input))];
    super(
      message ??
        inputs
          .map(
            (input) =>
              `Invalid ${input}:\n${prettyIssues(issues.filter((issue) => issue.input === input))}`,
          )
          .join("\n"),
    );
    this.inputs = inputs;
    this.issues = issues;
  }
}

/** A zod issue as an input issue, its message and long keys cut short. */
const fromZod = (input: InputName, issue: z.core.$ZodIssue): InputIssue => ({
  input,
  path: issue.path.map((key) => (typeof key === "string" ? truncate(key, MAX_KEY) : key)),
  message: truncate(issue.message, MAX_MESSAGE),
});

type Inputs = Partial<Record<InputName, readonly [ZodType, unknown]>>;
type Parsed<T extends Inputs> = {
  [K in keyof T]: T[K] extends readonly [infer S extends ZodType, unknown] ? z.output<S> : never;
};

/** Validates one argument; anything the schema cannot even read is an issue too. */
function check(input: InputName, schema: ZodType, value: unknown) {
  try {
    return schema.safeParse(value);
  } catch (error) {
    // A getter that throws, a revoked proxy: the value cannot be read, so it is invalid.
    const why = error instanceof Error ? truncate(error.message, 120) : describeValue(error);
    return {
      success: false as const,
      issues: [{ input, path: [], message: `could not be read (${why})` }],
    };
  }
}

/** Validates every argument first, then throws one error covering all that were invalid. */
export function parseInputs<T extends Inputs>(inputs: T): Parsed<T> {
  const parsed: Record<string, unknown> = {};
  const issues: InputIssue[] = [];
  for (const [input, entry] of Object.entries(inputs) as Array<
    [InputName, readonly [ZodType, unknown]]
  >) {
    const result = check(input, entry[0], entry[1]);
    if (result.success) parsed[input] = result.data;
    else if ("error" in result) issues.push(...result.error.issues.map((i) => fromZod(input, i)));
    else issues.push(...result.issues);
  }
  if (issues.length > 0) throw new PolicyInputError(issues);
  return parsed as Parsed<T>;
}

export function parseInput<T extends ZodType>(
  schema: T,
  value: unknown,
  input: InputName,
): z.output<T> {
  return (parseInputs({ [input]: [schema, value] as const }) as Record<InputName, z.output<T>>)[
    input
  ];
}
