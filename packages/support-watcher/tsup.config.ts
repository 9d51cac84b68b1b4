import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    // Both builds write into dist/ at the same time, so the build script empties it first.
    clean: false,
    target: "node22",
  },
  {
    // The bin: ESM only (it awaits at the top level), started through its shebang.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node22",
  },
]);
