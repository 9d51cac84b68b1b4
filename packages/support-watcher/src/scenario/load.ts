import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { z } from "zod";
import { parseDocumentText } from "../config/load.js";
import { CliError } from "../errors.js";
import { readInputFile } from "../io.js";
import type { Snapshot, Source } from "../snapshot.js";
import example from "./example-scenario.json" with { type: "json" };
import { type Scenario, ScenarioSchema } from "./schema.js";

/** Validates a parsed scenario, listing every bad field path and why. */
export function parseScenario(value: unknown, source: string): Scenario {
  const result = ScenarioSchema.safeParse(value);
  if (!result.success) {
    throw new CliError(`${source} is not a valid scenario:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export async function readScenario(path: string, cwd: string): Promise<Scenario> {
  const file = resolve(cwd, path);
  const text = await readInputFile(file, "the scenario file");
  return parseScenario(await parseDocumentText(text, file), path);
}

/** The bundled example: a major incident mid-flight with a fixed clock. */
export const exampleScenario = (): Scenario => parseScenario(example, "the bundled example");

/** A scenario as a snapshot at `now` (the scenario's own clock unless overridden). */
export const snapshotOf = (
  scenario: Scenario,
  now: string,
  origin: { kind: "scenario" | "example"; file?: string } = { kind: "scenario" },
): Snapshot => {
  const source: Source = {
    kind: origin.kind,
    fetchedAt: scenario.fetchedAt ? new Date(Date.parse(scenario.fetchedAt)).toISOString() : null,
    incident: scenario.incident.reference,
    ...(origin.file !== undefined && { file: origin.file }),
  };
  return {
    incident: scenario.incident,
    tickets: scenario.tickets,
    team: scenario.team,
    config: scenario.config ?? {},
    now,
    warnings: [],
    dataProblems: scenario.dataProblems ?? [],
    source,
    ...(scenario.acknowledgements && { acknowledgements: scenario.acknowledgements }),
  };
};

/** A snapshot as a scenario document, so a live incident can be replayed and shared. */
export const scenarioOf = (snapshot: Snapshot, description: string) => ({
  description,
  now: snapshot.now,
  ...(snapshot.source.fetchedAt && { fetchedAt: snapshot.source.fetchedAt }),
  incident: snapshot.incident,
  tickets: snapshot.tickets,
  team: snapshot.team,
  config: snapshot.config,
  ...(snapshot.dataProblems.length > 0 && { dataProblems: snapshot.dataProblems }),
  ...(snapshot.acknowledgements?.length && { acknowledgements: snapshot.acknowledgements }),
});

/**
 * Writes a scenario file, scrubbed of every credential by `redact` (vendor text may quote one).
 * An existing file is kept unless `overwrite`; the check and the write are one step (`wx`).
 */
export async function writeScenario(
  path: string,
  cwd: string,
  scenario: unknown,
  redact: (text: string) => string,
  overwrite = false,
): Promise<string> {
  const file = resolve(cwd, path);
  try {
    await writeFile(file, redact(`${JSON.stringify(scenario, null, 2)}\n`), {
      flag: overwrite ? "w" : "wx",
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === "EEXIST")
      throw new CliError(`${file} already exists; pass --force to overwrite it.`);
    throw new CliError(`Cannot write the scenario file ${file}.`);
  }
  return file;
}
