import { type ZodType, z } from "zod";

export type InputName = "incident" | "ticket" | "tickets" | "context" | "config";

/** Invalid input: the message names the argument and lists every bad field with the reason. */
export class PolicyInputError extends Error {
  override readonly name = "PolicyInputError";
  constructor(
    readonly input: InputName,
    readonly issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
    pretty: string,
  ) {
    super(`Invalid ${input}:\n${pretty}`);
  }
}

export function parseInput<T extends ZodType>(
  schema: T,
  value: unknown,
  input: InputName,
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map(({ path, message }) => ({ path, message }));
  throw new PolicyInputError(input, issues, z.prettifyError(result.error));
}
