#!/usr/bin/env node
import module from "node:module";

// Node keeps the compiled code of what is imported from here on disk (in its cache directory),
// so later starts skip compiling it; the CLI itself is imported only after this.
module.enableCompileCache?.();
const [{ config }, { main }, { processIo }] = await Promise.all([
  import("zod"),
  import("./main.js"),
  import("./io.js"),
]);
// A run validates each schema a few times: generating zod's fast paths would cost more than it saves.
config({ jitless: true });
process.exitCode = await main(process.argv.slice(2), processIo());
