import nock from "nock";
import { afterEach, expect } from "vitest";

/**
 * Registers an `afterEach` that fails the test which left a nock interceptor unused (a request
 * the test expected but the code never sent), and clears interceptors for the next test.
 */
export function checkNockScopes(): void {
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending, "nock interceptors the test set up but never used").toEqual([]);
  });
}
