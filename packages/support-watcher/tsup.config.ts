import { dirname } from "node:path";
import { defineConfig, type Options } from "tsup";
import { libraryBuild } from "../../tsup.config.ts";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * zod re-exports every locale (`z.locales`), and a namespace export cannot be tree-shaken; the
 * CLI speaks English only, so its bundle gets a locale index holding just `en`.
 */
const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      loader: "js",
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Node built-ins through `require`, not `import`: importing one as ESM builds a facade that reads
 * every export (node:fs its streams, node:util its diff and perf helpers, node:crypto everything),
 * milliseconds each at start-up; required, each export is read when the code first touches it.
 */
const builtinsRequired: Plugin = {
  name: "builtins-required",
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: "builtin" }));
    build.onLoad({ filter: /.*/, namespace: "builtin" }, (args) => ({
      // The banner's require; a name held in a variable, so the bundler leaves the call alone.
      contents: `const id = ${JSON.stringify(args.path)}; module.exports = require(id);`,
      loader: "js",
    }));
  },
};

export default defineConfig([
  // Both builds write into dist/ at the same time, so the build script empties it first.
  { ...libraryBuild, clean: false },
  {
    // The bin: ESM only (it awaits at the top level), started through its shebang. Everything it
    // imports is bundled into it, tree-shaken (zod's unused locales, the clients' unused helpers),
    // so start-up reads a few files instead of two hundred modules; code a command loads on
    // demand goes into chunks of its own. @slack/web-api stays a package: only Slack runs load it.
    ...libraryBuild,
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    splitting: true,
    noExternal: [/^(?!@slack\/web-api)/],
    platform: "node",
    esbuildPlugins: [zodEnglishOnly, builtinsRequired],
    // The `node:` prefix stays for builtinsRequired to see.
    removeNodeProtocol: false,
    // Bundled CommonJS (json-rules-engine's dependencies) requires three Node built-ins; the
    // require for them is made on first use.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = (id) => __createRequire(import.meta.url)(id);',
    },
  },
]);
