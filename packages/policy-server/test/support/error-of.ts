import { expect } from "vitest";

export interface ErrorReply {
  code: string;
  message: string;
  issues?: Array<{ path: string; message: string }>;
}

/** Every error answer: JSON with a code and message, and never a stack trace or file path. */
export async function errorOf(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json");
  const text = await response.text();
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|\.ts:\d+|node:internal|\/work\//);
  const parsed = JSON.parse(text);
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.message).toEqual(expect.any(String));
  return parsed.error as ErrorReply;
}
