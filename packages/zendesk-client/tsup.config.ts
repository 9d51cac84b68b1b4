import { defineConfig } from "tsup";
import { clientBuild } from "../../tsup.config.ts";

export default defineConfig(clientBuild);
