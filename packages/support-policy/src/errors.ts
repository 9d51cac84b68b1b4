import { type ZodType, z } from "zod";

export type InputName = "incident" | "ticket" | "tickets" | "queue" | "context" | "config";

export interface InputIssue {
  input: InputName;
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/**
 * Invalid input: the message names each bad argument and lists every bad field path with the
 * reason, in zod's pretty format. Nothing from deep inside the engine ever surfaces instead.
 */
export class PolicyInputError extends Error {
  override readonly name = "PolicyInputError";
  /** The arguments that were invalid, in argument order. */
  readonly inputs: readonly InputName[];
  readonly issues: readonly InputIssue[];
  constructor(failures: ReadonlyArray<{ input: InputName; error: z.ZodError }>) {
    super(
      failures.map(({ input, error }) => `Invalid ${input}:\n${z.prettifyError(error)}`).join("\n"),
    );
    this.inputs = failures.map(({ input }) => input);
    this.issues = failures.flatMap(({ input, error }) =>
      error.issues.map(({ path, message }) => ({ input, path, message })),
    );
  }
}

type Inputs = Partial<Record<InputName, readonly [ZodType, unknown]>>;
type Parsed<T extends Inputs> = {
  [K in keyof T]: T[K] extends readonly [infer S extends ZodType, unknown] ? z.output<S> : never;
};

/** Validates every argument first, then throws one error covering all that were invalid. */
export function parseInputs<T extends Inputs>(inputs: T): Parsed<T> {
  const parsed: Record<string, unknown> = {};
  const failures: Array<{ input: InputName; error: z.ZodError }> = [];
  for (const [input, entry] of Object.entries(inputs) as Array<
    [InputName, readonly [ZodType, unknown]]
  >) {
    const result = entry[0].safeParse(entry[1]);
    if (result.success) parsed[input] = result.data;
    else failures.push({ input, error: result.error });
  }
  if (failures.length > 0) throw new PolicyInputError(failures);
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
