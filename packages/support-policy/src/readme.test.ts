import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readmeContext, readmeIncident } from "../test/readme-example.js";
import { evaluate } from "./index.js";

describe("the README", () => {
  it("shows the real output of its evaluate example", async () => {
    const readme = readFileSync(resolve(import.meta.dirname, "../README.md"), "utf8");
    const shown = readme.match(/<!-- example-output -->\s*```json\n([\s\S]*?)\n```/)?.[1];
    const actual = await evaluate(readmeIncident, null, readmeContext);
    // Compared as data: the formatter may lay the JSON out differently (short arrays on one line).
    expect(JSON.parse(shown ?? "null")).toEqual(actual);
  });
});
