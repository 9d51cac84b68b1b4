import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigSchema, PersonSchema } from "@support/policy";
import { z } from "zod";
import type { PolicyDefaults } from "./policy/defaults.js";

/** The server config file: the defaults for requests that leave them out. */
export const ServerConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of this file's JSON Schema."),
    description: z.string().optional().describe("One line saying what this configuration is for."),
    team: z
      .array(PersonSchema)
      .optional()
      .describe("The support roster used when a request has no context.team."),
    config: ConfigSchema.optional().describe(
      "Policy config; a request's context.config keys override these one by one.",
    ),
  })
  .describe("support-policy-server configuration.");

/** A start-up problem the operator must fix: printed as is, exit code 2. */
export class StartupError extends Error {
  override readonly name = "StartupError";
}

export interface LoadedConfig {
  path: string;
  description?: string;
  defaults: PolicyDefaults;
}

/** Reads and validates the config file, listing every bad field; keeps the values as written. */
export async function loadServerConfig(path: string, cwd: string): Promise<LoadedConfig> {
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new StartupError(`Cannot read the config file ${file}.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StartupError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ServerConfigSchema.safeParse(value);
  if (!parsed.success) {
    throw new StartupError(
      `${file} is not a valid server config:\n${z.prettifyError(parsed.error)}`,
    );
  }
  // The raw values, so a key left out keeps meaning "the policy's default".
  const raw = value as z.input<typeof ServerConfigSchema>;
  return {
    path: file,
    ...(raw.description === undefined ? {} : { description: raw.description }),
    defaults: {
      ...(raw.team === undefined ? {} : { team: raw.team }),
      ...(raw.config === undefined ? {} : { config: raw.config }),
    },
  };
}
