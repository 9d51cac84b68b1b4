import { defineConfig, type Options } from "tsup";

/** How every publishable package is built: ESM + CommonJS + `.d.ts`, for Node 22 and later. */
export const libraryBuild = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node22",
} satisfies Options;

/**
 * How a client package is built: like a library, with `@support/api-core` bundled into its
 * code and its `.d.ts`, so the client's tarball installs on its own (api-core's error classes
 * recognise each other across copies by brand).
 */
export const clientBuild = {
  ...libraryBuild,
  noExternal: ["@support/api-core"],
  // Read api-core from its sources (the `source` export condition), for code and types alike.
  esbuildOptions(options) {
    options.conditions = ["source"];
  },
  dts: {
    resolve: ["@support/api-core"],
    compilerOptions: {
      paths: {
        "@support/api-core": ["../api-core/src/index.ts"],
        "@support/api-core/public": ["../api-core/src/public.ts"],
      },
    },
  },
} satisfies Options;

// Packages without a tsup.config.ts of their own build with this one (`tsup --config ../../tsup.config.ts`).
export default defineConfig(libraryBuild);
