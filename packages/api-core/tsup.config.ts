import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.config.ts";

export default defineConfig({
  ...libraryBuild,
  entry: ["src/index.ts", "src/public.ts"],
  // One copy of each module across entries, so `ApiError` from "./public" is the class index throws.
  splitting: true,
});
