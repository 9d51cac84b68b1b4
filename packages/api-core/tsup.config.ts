import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/public.ts"],
  format: ["esm", "cjs"],
  dts: true,
  // One copy of each module across entries, so `ApiError` from "./public" is the class index throws.
  splitting: true,
  clean: true,
  target: "node22",
});
