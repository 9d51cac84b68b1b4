#!/usr/bin/env node
// `openapi-tools generate [--force]`: run in a client package (its "generate" script does).
import { basename, relative } from "node:path";
import { generate } from "./generate.ts";
import { ToolError } from "./tool-error.ts";

const USAGE = "usage: openapi-tools generate [--force]";

async function main(args: string[]): Promise<number> {
  const [command, ...flags] = args;
  const unknown = flags.filter((flag) => flag !== "--force");
  if (command !== "generate" || unknown.length > 0) {
    console.error(
      command === undefined
        ? USAGE
        : `openapi-tools: unknown arguments ${args.join(" ")}\n${USAGE}`,
    );
    return 2;
  }
  const started = performance.now();
  const result = await generate(process.cwd(), {
    force: flags.includes("--force"),
    log: (message) => console.error(`openapi-tools: ${message}`),
  });
  const name = basename(result.packageDir);
  const took = `${Math.round(performance.now() - started)} ms`;
  console.error(
    result.skipped
      ? `openapi-tools: ${name}: generated types are up to date (${took})`
      : `openapi-tools: ${name}: wrote ${result.files.map((f) => relative(process.cwd(), f)).join(", ")} (${took})`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ToolError) {
      console.error(`openapi-tools: ${error.message}`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  },
);
