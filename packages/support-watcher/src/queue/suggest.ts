import { resolve } from "node:path";
import { type Decision, suggestIncidents } from "@support/policy";
import { z } from "zod";
import { parseDocumentText } from "../config/load.js";
import { CliError } from "../errors.js";
import { readInputFile } from "../io.js";
import { type QueueScenario, QueueScenarioSchema } from "../scenario/schema.js";
import type { WatchFrame } from "../watch/frame.js";
import type { QueueState } from "./read.js";

/** The policy's suggestions for a queue, the live incidents left out. */
export const suggestionsFor = (state: QueueState): Promise<Decision[]> =>
  suggestIncidents(state.queue, {
    now: state.now,
    liveIncidents: state.liveIncidents,
    config: state.config,
  });

/** A queue check as a watch frame: the suggestions are its decisions. */
export const queueFrame = (state: QueueState, suggestions: Decision[]): WatchFrame => ({
  at: new Date(Date.parse(state.now)).toISOString(),
  queue: true,
  incident: { reference: "queue", status: "active", severity: "minor" },
  decisions: suggestions,
  tickets: [],
  deadlines: [],
});

export async function readQueueScenario(path: string, cwd: string): Promise<QueueScenario> {
  const file = resolve(cwd, path);
  const text = await readInputFile(file, "the scenario file");
  const result = QueueScenarioSchema.safeParse(await parseDocumentText(text, file));
  if (!result.success) {
    throw new CliError(
      `${path} is not a queue scenario (it needs a "queue" list of tickets):\n${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}

/** A queue scenario at `now`: its own incident, if any, counts as live (the policy checks its status). */
export const queueStateOf = (scenario: QueueScenario, now: string): QueueState => ({
  queue: scenario.queue,
  liveIncidents: [
    ...(scenario.liveIncidents ?? []),
    ...(scenario.incident ? [scenario.incident] : []),
  ],
  now,
  config: scenario.config ?? {},
  warnings: [],
  dataProblems: scenario.dataProblems ?? [],
});
