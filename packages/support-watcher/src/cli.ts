#!/usr/bin/env node
import module from "node:module";

// Node keeps the compiled code of what is imported from here on disk (in its cache directory),
// so later starts skip compiling it; the CLI itself is imported only after this.
module.enableCompileCache?.();
const argv = process.argv.slice(2);
// A run validates each schema a few times: generating zod's fast paths would cost more than it
// saves. Zod reads the setting as each schema is built, so it comes before any command loads;
// printing the version or the command list builds no schema and loads no zod.
if (!["--version", "-v", "--help", "-h", undefined].includes(argv[0])) {
  const { config } = await import("zod");
  config({ jitless: true });
}
const [{ main }, { processIo }] = await Promise.all([import("./main.js"), import("./io.js")]);
process.exitCode = await main(argv, processIo());
