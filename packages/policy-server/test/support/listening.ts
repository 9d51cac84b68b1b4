import nock from "nock";
import { afterAll, beforeAll } from "vitest";

/** Lets a test file reach the servers it starts on 127.0.0.1 (and nothing else). */
export function allowLoopback(): void {
  beforeAll(() => nock.enableNetConnect("127.0.0.1"));
  afterAll(() => nock.disableNetConnect());
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Polls until the condition holds (at most `ms`). */
export async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
