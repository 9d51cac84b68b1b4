import nock from "nock";
import { describe, expect, it } from "vitest";
import { collect } from "../src/testing/collect.ts";
import { checkNockScopes } from "../src/testing/nock-scopes.ts";

describe("checkNockScopes", () => {
  checkNockScopes();

  it.fails("fails a test that leaves an interceptor unused", () => {
    nock("https://vendor.test").get("/never").reply(200, {});
  });

  it("starts the next test with no interceptors left over", () => {
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("passes a test that used every interceptor", async () => {
    nock("https://vendor.test").get("/used").reply(200, { ok: true });
    expect(await (await fetch("https://vendor.test/used")).json()).toEqual({ ok: true });
  });
});

describe("collect", () => {
  it("drains an async iterable in order", async () => {
    async function* pages() {
      yield* [1, 2];
      yield 3;
    }
    expect(await collect(pages())).toEqual([1, 2, 3]);
  });
});
