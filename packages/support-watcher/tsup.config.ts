import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.config.ts";

export default defineConfig([
  // Both builds write into dist/ at the same time, so the build script empties it first.
  { ...libraryBuild, clean: false },
  {
    // The bin: ESM only (it awaits at the top level), started through its shebang.
    ...libraryBuild,
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
  },
]);
