import { loadConfig } from "../config/load.js";
import { UsageError } from "../errors.js";
import { type LiveState, loadLiveState } from "../live/load.js";
import { dateTime } from "../output/time.js";
import { exampleScenario, readScenario, snapshotOf } from "../scenario/load.js";
import type { Snapshot } from "../snapshot.js";
import { vendorsFrom } from "../vendors/clients.js";
import { hasCredentials } from "../vendors/credentials.js";
import { listLiveIncidents } from "../vendors/incident-io.js";
import { type CommandContext, nowFrom, timeZoneFrom } from "./command.js";
import { progressReporter } from "./progress.js";

/** Options of the commands that read an incident from a scenario or the live APIs. */
export const SOURCE_OPTIONS = {
  scenario: { type: "string" },
  now: { type: "string" },
  tz: { type: "string" },
  json: { type: "boolean" },
  config: { type: "string" },
} as const;

export interface SourcedSnapshot {
  snapshot: Snapshot;
  kind: "example" | "scenario" | "live";
  /** The first line of human output: where the data came from and the clock. */
  source: string;
  timeZone: string;
  live?: LiveState;
}

interface SourceOptions {
  reference: string | undefined;
  values: Record<string, string | boolean | undefined>;
  context: CommandContext;
  /** The briefing reads everything; other commands may need less. */
  full: boolean;
  command: string;
}

/** The incident to work on: a scenario file, a live incident, or the bundled example. */
export async function resolveSnapshot(options: SourceOptions): Promise<SourcedSnapshot> {
  const { values, context, reference, command } = options;
  const { io } = context;
  const scenarioPath = typeof values.scenario === "string" ? values.scenario : undefined;
  if (scenarioPath && reference) {
    throw new UsageError(`${command}: give either an incident reference or --scenario, not both.`);
  }
  const show = (snapshot: Snapshot, timeZone: string) => dateTime(snapshot.now, timeZone);

  if (scenarioPath || (!reference && !hasCredentials(io.env))) {
    const scenario = scenarioPath ? await readScenario(scenarioPath, io.cwd) : exampleScenario();
    const snapshot = snapshotOf(scenario, nowFrom(values.now, io, scenario.now));
    const timeZone = timeZoneFrom(values.tz, "UTC");
    const source = scenarioPath
      ? `Scenario ${scenarioPath}${scenario.description ? ` (${scenario.description})` : ""}, at ${show(snapshot, timeZone)}.`
      : `Bundled example scenario, clock fixed at ${show(snapshot, timeZone)}: no vendor credentials are set, so this is not live data (see the README to brief a live incident).`;
    return { snapshot, kind: scenarioPath ? "scenario" : "example", source, timeZone };
  }

  const loaded = await loadConfig({
    cwd: io.cwd,
    path: typeof values.config === "string" ? values.config : undefined,
    required: true,
  });
  const vendors = vendorsFrom(io);
  const chosen = reference ?? (await onlyLiveIncident(vendors, command));
  const live = await loadLiveState({
    reference: chosen,
    config: loaded.config,
    vendors,
    now: nowFrom(values.now, io),
    full: options.full,
    progress: progressReporter(context).step,
  });
  const timeZone = timeZoneFrom(values.tz, loaded.config.displayTimezone);
  return {
    snapshot: live.snapshot,
    kind: "live",
    source: `Live data from incident.io and Zendesk, at ${show(live.snapshot, timeZone)}.`,
    timeZone,
    live,
  };
}

async function onlyLiveIncident(
  vendors: ReturnType<typeof vendorsFrom>,
  command: string,
): Promise<string> {
  const live = await listLiveIncidents(vendors.incidentIo());
  const [first, ...others] = live;
  if (first && others.length === 0) return first.reference;
  if (!first)
    throw new UsageError(
      `${command}: there is no live incident in incident.io; name one, e.g. ${command} INC-123.`,
    );
  const list = live.map((incident) => `${incident.reference} (${incident.name})`).join(", ");
  throw new UsageError(`${command}: several incidents are live, name one: ${list}.`);
}
