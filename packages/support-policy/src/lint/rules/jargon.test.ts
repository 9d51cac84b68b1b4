import { describe, expect, it } from "vitest";
import { findingsOf, flaggedWords } from "../test-support.js";
import { BUILT_IN_JARGON } from "./jargon-terms.js";

const jargonIn = (text: string, config?: { jargon?: string[]; allowedTerms?: string[] }) =>
  flaggedWords(findingsOf("jargon", "status_page", text, config && { config }), text);

describe("jargon: built-in terms", () => {
  it("flags each engineering term with a span on exactly its words", () => {
    const text =
      "Increased error rates and p99 latency on the ingestion cluster after a deploy; Kafka consumers are lagging.";
    expect(jargonIn(text)).toEqual([
      "Increased error rates",
      "p99",
      "latency",
      "cluster",
      "deploy",
      "Kafka",
    ]);
  });

  it("flags an elevated level of errors, whatever the errors are called", () => {
    expect(jargonIn("An elevated level of API errors since noon.")).toEqual([
      "elevated level of API errors",
    ]);
  });

  it.each([
    "elevated errors",
    "error rates",
    "5xx",
    "500s",
    "latency",
    "degraded performance",
    "upstream",
    "downstream",
    "pods",
    "nodes",
    "clusters",
    "shards",
    "replicas",
    "queues",
    "Kafka",
    "ClickHouse",
    "Postgres",
    "CPU",
    "memory",
    "deploy",
    "rollback",
    "regression",
  ])("flags %j", (term) => {
    expect(jargonIn(`Note: ${term} today.`)).toEqual([term]);
  });

  it("matches case-insensitively and across line breaks", () => {
    expect(jargonIn("We saw ELEVATED\nERRORS from ClickHouse.")).toEqual([
      "ELEVATED\nERRORS",
      "ClickHouse",
    ]);
  });

  it("flags HTTP 5xx wording but not ordinary numbers", () => {
    expect(jargonIn("The API returned 502 errors and some 5xx responses.")).toEqual([
      "502 errors",
      "5xx",
    ]);
    expect(jargonIn("Exports of up to 500 events still work.")).toEqual([]);
  });

  it("covers rollbacks and regressions in their usual spellings", () => {
    expect(jargonIn("We rolled back the change, the rollback fixed a regression.")).toEqual([
      "rolled back",
      "rollback",
      "regression",
    ]);
  });

  it("respects word boundaries", () => {
    expect(
      jargonIn("Podcasts, deployable templates and uncluttered memorybanks load fine."),
    ).toEqual([]);
  });

  it("leaves customer-facing names that contain a jargon word alone", () => {
    expect(jargonIn("The Node.js SDK and the Node SDK are unaffected.")).toEqual([]);
    expect(jargonIn("Tickets in the support queue are answered as usual.")).toEqual([]);
    expect(jargonIn("Three nodes ran out of memory.")).toEqual(["nodes", "out of memory"]);
  });

  it("ignores words inside web addresses", () => {
    expect(
      jargonIn(
        "Details: https://status.example.com/incidents/deploy-latency and docs.example.com/kafka",
      ),
    ).toEqual([]);
  });

  it("gives a suggestion that fits the kind of term", () => {
    const [finding] = findingsOf("jargon", "reply", "Latency is higher.");
    expect(finding?.message).toBe('"Latency" is engineering jargon that customers can\'t act on.');
    expect(finding?.suggestion).toMatch(/how slow/);
  });

  it("accepts latency compared with what customers are used to, and flags it otherwise", () => {
    expect(jargonIn("Flags return with higher latency than normal.")).toEqual([]);
    expect(jargonIn("Latency is higher than usual for exports.")).toEqual([]);
    expect(jargonIn("Latency is higher.")).toEqual(["Latency"]);
    expect(jargonIn("p99 latency is up.")).toEqual(["p99", "latency"]);
    expect(jargonIn("High latency; than normal traffic later.")).toEqual(["latency"]);
  });

  it("keeps the term patterns free of capturing groups (one group per term)", () => {
    for (const { pattern } of BUILT_IN_JARGON) {
      expect(new RegExp(`${pattern}|`, "u").exec("")?.length).toBe(1);
    }
  });
});

describe("jargon: configuration", () => {
  it("adds configured terms, matched as whole words and case-insensitively", () => {
    expect(
      jargonIn("The Plugin Server is restarting; plugin servers later.", {
        jargon: ["plugin server"],
      }),
    ).toEqual(["Plugin Server"]);
  });

  it("treats configured terms literally, even with regex characters", () => {
    expect(
      jargonIn("The C++ worker and the C# worker crashed.", { jargon: ["C++", "a.b"] }),
    ).toEqual(["C++"]);
  });

  it("ignores blank configured terms instead of flagging everything", () => {
    expect(jargonIn("Dashboards take minutes to load.", { jargon: ["", "   "] })).toEqual([]);
  });

  it("never flags allowed product names, built-in or configured", () => {
    const text = "Pipelines are delayed; Clusters (our grouping feature) are fine.";
    expect(jargonIn(text, { jargon: ["pipelines"] })).toEqual(["Pipelines", "Clusters"]);
    expect(
      jargonIn(text, { jargon: ["pipelines"], allowedTerms: ["Pipelines", "clusters"] }),
    ).toEqual([]);
  });

  it("still flags jargon next to an allowed term", () => {
    expect(
      jargonIn("Data Pipelines latency is high.", { allowedTerms: ["Data Pipelines"] }),
    ).toEqual(["latency"]);
  });

  it("prefers the longest term when a configured term overlaps a built-in one", () => {
    expect(jargonIn("A memory leak in the exporter.", { jargon: ["memory leak"] })).toEqual([
      "memory leak",
    ]);
  });
});
