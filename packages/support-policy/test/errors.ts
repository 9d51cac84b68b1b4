// Catches the PolicyInputError a call throws, sync or async, so a test can read its issues.
import { PolicyInputError } from "../src/errors.js";

export async function policyErrorOf(run: () => unknown): Promise<PolicyInputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PolicyInputError) return error;
    throw error;
  }
  throw new Error("expected a PolicyInputError");
}
