import { existsSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { CliError } from "../errors.js";
import { readInputFile } from "../io.js";
import { type WatcherConfig, type WatcherConfigInput, WatcherConfigSchema } from "./schema.js";

export const CONFIG_FILE_NAMES = [
  "support-watcher.config.json",
  "support-watcher.config.yaml",
  "support-watcher.config.yml",
] as const;

export interface LoadedConfig {
  config: WatcherConfig;
  /** The file it came from; undefined when none was found and defaults apply. */
  path: string | undefined;
}

/**
 * Parses JSON or YAML text (by extension), naming the file and the line on a syntax error. The
 * YAML parser is loaded only for a YAML file.
 */
export async function parseDocumentText(text: string, path: string): Promise<unknown> {
  try {
    if (!/\.ya?ml$/i.test(path)) return JSON.parse(text);
    const { parse } = await import("yaml");
    return parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new CliError(
      `${path} is not valid ${/\.ya?ml$/i.test(path) ? "YAML" : "JSON"}: ${detail}`,
    );
  }
}

/** Validates a parsed config, listing every bad field path and why. */
export function parseConfig(value: unknown, source: string): WatcherConfig {
  const result = WatcherConfigSchema.safeParse(value ?? {});
  if (!result.success) {
    throw new CliError(`${source} is invalid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const defaultConfig = (input: WatcherConfigInput = {}): WatcherConfig =>
  parseConfig(input, "config");

/**
 * `--config path` when given (it must exist), else the first of CONFIG_FILE_NAMES in `cwd`.
 * `required` makes a missing file an error (live commands need the roster and mappings).
 */
export async function loadConfig(options: {
  cwd: string;
  path?: string | undefined;
  required?: boolean;
}): Promise<LoadedConfig> {
  const given =
    options.path && (isAbsolute(options.path) ? options.path : resolve(options.cwd, options.path));
  const path =
    given ?? CONFIG_FILE_NAMES.map((name) => resolve(options.cwd, name)).find(existsSync);
  if (!path) {
    if (options.required) {
      throw new CliError(
        `No config file: create ${CONFIG_FILE_NAMES[0]} (or .yaml) in this directory, or pass --config <path>.`,
      );
    }
    return { config: defaultConfig(), path: undefined };
  }
  const text = await readInputFile(path, "the config file");
  return { config: parseConfig(await parseDocumentText(text, path), path), path };
}

/** The audit log path: as configured, relative to the config file's folder (else `cwd`). */
export const auditLogPath = (loaded: LoadedConfig, cwd: string): string =>
  resolve(loaded.path ? dirname(loaded.path) : cwd, loaded.config.auditLog);
