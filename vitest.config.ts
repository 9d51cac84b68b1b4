import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Each package is its own project; all of them resolve workspace packages to their TypeScript
// sources (the `source` export condition), so tests never need a build first.
const packages = readdirSync("packages", { withFileTypes: true }).filter((e) => e.isDirectory());

export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions] } },
  test: {
    setupFiles: [resolve(import.meta.dirname, "vitest.setup.ts")],
    projects: [
      ...packages.map(({ name }) => ({
        extends: true,
        test: { name, root: `packages/${name}` },
      })),
      // The release and package-check scripts.
      { extends: true, test: { name: "scripts", root: "scripts", include: ["*.test.mjs"] } },
    ],
  },
});
