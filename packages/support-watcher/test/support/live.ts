import nock from "nock";
import { afterEach, expect } from "vitest";
import type { WatcherConfigInput } from "../../src/config/schema.js";
import { contractCheck } from "./contracts.js";
import { type FakeState, FakeVendors } from "./fake-vendors.js";
import { type RunOptions, runCli } from "./run-cli.js";
import { serveWithNock } from "./serve-with-nock.js";
import { workspace } from "./workspace.js";
import { CONFIG, ENV } from "./world.js";

/**
 * Simulated vendors behind nock, checked against the vendor documents, and a working directory
 * with a config file. After each test the contract must have held for every body.
 */
export function liveSetup(state: FakeState, config: WatcherConfigInput = CONFIG) {
  const check = contractCheck();
  const fake = new FakeVendors(state, { check });
  serveWithNock(fake);
  const cwd = workspace({ "support-watcher.config.json": config });
  const run = (argv: string[], options: RunOptions = {}) =>
    runCli(argv, { env: ENV, cwd, ...options });
  return { fake, cwd, run, check };
}

export function verifyContractsAfterEach(): { current?: ReturnType<typeof liveSetup> | undefined } {
  const holder: { current?: ReturnType<typeof liveSetup> | undefined } = {};
  afterEach(() => {
    nock.cleanAll();
    expect(holder.current?.check.problems ?? []).toEqual([]);
    holder.current = undefined;
  });
  return holder;
}
