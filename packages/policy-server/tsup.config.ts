import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.config.ts";

// `import.meta.url` locates the policy package's files; the CommonJS build needs it shimmed.
const build = { ...libraryBuild, shims: true, clean: false };

export default defineConfig([
  // Both builds write into dist/ at the same time, so the build script empties it first.
  build,
  {
    // The bin: ESM only (it awaits at the top level), started through its shebang.
    ...build,
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
  },
]);
