import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readmeContext, readmeIncident } from "../test/readme-example.js";
import { evaluate } from "./index.js";

describe("the README", () => {
  it("shows the real output of its evaluate example", async () => {
    const readme = readFileSync(resolve(import.meta.dirname, "../README.md"), "utf8");
    const shown = readme.match(/<!-- example-output -->\s*```json\n([\s\S]*?)\n```/)?.[1];
    const actual = JSON.stringify(await evaluate(readmeIncident, null, readmeContext), null, 2);
    expect(shown).toBe(actual);
  });
});
