import { defineConfig, type Options } from "tsup";

/** How every publishable package is built: ESM + CommonJS + `.d.ts`, for Node 22 and later. */
export const libraryBuild = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node22",
} satisfies Options;

// Packages without a tsup.config.ts of their own build with this one (`tsup --config ../../tsup.config.ts`).
export default defineConfig(libraryBuild);
