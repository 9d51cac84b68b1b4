import { PolicyInputError } from "@support/policy";
import { type MergedAck, mergeAcks } from "../acks/merge.js";
import { type SlackAckContext, slackAckContext } from "../acks/slack-store.js";
import { ackStoresFor } from "../acks/store.js";
import { type Ack, type AckSource, sameAck } from "../acks/types.js";
import { policyInputProblem } from "../briefing/input-error.js";
import { type Briefing, buildBriefing } from "../briefing/model.js";
import { type LoadedConfig, loadConfig } from "../config/load.js";
import { MAX_CALL_TIMEOUT_SECONDS } from "../config/schema.js";
import { CliError, EXIT, UsageError } from "../errors.js";
import type { LiveState } from "../live/load.js";
import { safe } from "../output/safe.js";
import { dateTime } from "../output/time.js";
import { exampleScenario, readScenario, snapshotOf } from "../scenario/load.js";
import type { Snapshot } from "../snapshot.js";
import type { Vendors } from "../vendors/clients.js";
import { hasCredentials, missingCredentials } from "../vendors/credentials.js";
import {
  type CommandContext,
  nowFrom,
  secondsOption,
  stringOption,
  TIME_LIMIT_OPTIONS,
  timeZoneFrom,
} from "./command.js";
import { progressReporter } from "./progress.js";

// The live path (the vendor clients, the loader) is loaded only when a command goes live, so a
// scenario or the bundled example starts without it.
const liveModules = () =>
  Promise.all([import("../live/load.js"), import("../vendors/clients.js")]).then(
    ([load, clients]) => ({ ...load, ...clients }),
  );

/** `a`, `a and b`, `a, b and c`. */
export const listWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** Options of the commands that read an incident from a scenario, the example or the live APIs. */
export const SOURCE_OPTIONS = {
  scenario: { type: "string" },
  example: { type: "boolean" },
  now: { type: "string" },
  tz: { type: "string" },
  json: { type: "boolean" },
  config: { type: "string" },
  ...TIME_LIMIT_OPTIONS,
} as const;

export interface SourcedSnapshot {
  /** What was read, with the acknowledgements merged into its input. */
  snapshot: Snapshot;
  /** What was read, as read (what `--save` writes, with the acknowledgements listed). */
  unmerged: Snapshot;
  acknowledgements: MergedAck[];
  /** Every place acknowledgements were read from: the scenario's own list, then the stores. */
  acknowledgementsFrom: AckSource[];
  kind: "example" | "scenario" | "live";
  /** The first line of human output: where the data came from and the clock. */
  source: string;
  timeZone: string;
  live?: LiveState;
  /** The Slack client of a live run with SLACK_BOT_TOKEN set (for --post). */
  slackClient?: Vendors["slack"];
}

interface SourceOptions {
  reference: string | undefined;
  values: Record<string, string | boolean | undefined>;
  context: CommandContext;
  /** The briefing reads everything; other commands may need less. */
  full: boolean;
  command: string;
  /**
   * Machine output (`--json`, `--check`) never falls back to the bundled example: without
   * credentials it needs `--scenario` or `--example`.
   */
  explicitExample: boolean;
}

/** The config, with its time limits applied to the run (unless flags gave them). */
export async function loadRunConfig(
  values: Record<string, string | boolean | undefined>,
  context: CommandContext,
): Promise<LoadedConfig> {
  const loaded = await loadConfig({
    cwd: context.io.cwd,
    path: stringOption(values, "config", "a file path"),
    required: true,
  });
  context.budget.limit(loaded.config.runTimeoutSeconds);
  return loaded;
}

/** The vendor clients of this run: `--timeout` (else the config's) bounds each call. */
export async function runVendors(
  values: Record<string, string | boolean | undefined>,
  context: CommandContext,
  loaded: LoadedConfig,
): Promise<Vendors> {
  const { vendorsFrom } = await import("../vendors/clients.js");
  const seconds =
    secondsOption(values.timeout, "timeout", MAX_CALL_TIMEOUT_SECONDS) ??
    loaded.config.timeoutSeconds;
  return vendorsFrom(context.io, {
    timeoutMs: Math.round(seconds * 1000),
    calls: context.calls,
    attachmentsPerMinute: loaded.config.sweep.attachmentsPerMinute,
    zendeskPlan: loaded.config.zendesk.plan,
    slackRetry: context.io.slackRetry,
  });
}

export interface StoredAcks {
  acks: Ack[];
  /** Every store read, with what it held or why it could not be read. */
  from: AckSource[];
}

/**
 * The acknowledgements of a snapshot's incident in the stores: for live data with Slack
 * configured the workflow thread (from the reading when there is one) and this machine's state
 * file; for a scenario the state file only, since saved data is replayed without the network; the
 * bundled example reads none, so it always shows the same. A store that cannot be read is noted
 * under the briefing; the run goes on without it.
 */
export async function storedAcks(
  snapshot: Snapshot,
  io: CommandContext["io"],
  slack?: SlackAckContext,
): Promise<StoredAcks> {
  const found: StoredAcks = { acks: [], from: [] };
  if (snapshot.source.kind === "example") return found;
  const live = snapshot.source.kind === "live";
  for (const store of ackStoresFor({ env: io.env, ...(live && slack && { slack }) })) {
    const source = { store: store.kind ?? "other", where: store.description };
    try {
      const acks = await store.list(snapshot.incident.reference);
      found.acks.push(...acks);
      found.from.push({ ...source, count: acks.length });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      snapshot.warnings.push(`Acknowledgements were not read from ${store.description}: ${why}`);
      found.from.push({ ...source, count: 0, error: why });
    }
  }
  return found;
}

type Read = Omit<SourcedSnapshot, "unmerged" | "acknowledgements" | "acknowledgementsFrom"> & {
  /** Where a live run's Slack acknowledgements are read. */
  slackAcks?: SlackAckContext | undefined;
};

async function withAcks(
  { slackAcks, ...read }: Read,
  io: CommandContext["io"],
): Promise<SourcedSnapshot> {
  const { acks: stored, from } = await storedAcks(read.snapshot, io, slackAcks);
  const merged = mergeAcks(read.snapshot, stored);
  const carried = read.snapshot.acknowledgements ?? [];
  const all = [...carried.filter((c) => !stored.some((a) => sameAck(a, c))), ...stored];
  const { file } = read.snapshot.source;
  const scenario: AckSource[] =
    carried.length > 0
      ? [
          {
            store: "scenario",
            where: file ? `the scenario file ${file}` : "the scenario",
            count: carried.length,
          },
        ]
      : [];
  return {
    ...read,
    snapshot: merged.snapshot,
    unmerged: { ...read.snapshot, ...(all.length > 0 && { acknowledgements: all }) },
    acknowledgements: merged.acknowledgements,
    acknowledgementsFrom: [...scenario, ...from],
  };
}

/** The incident to work on: a scenario file, the bundled example, or a live incident. */
export async function resolveSnapshot(options: SourceOptions): Promise<SourcedSnapshot> {
  const sourced = await withAcks(await sourceSnapshot(options), options.context.io);
  warnBeforeDeclaration(sourced, options.context);
  return sourced;
}

/** A clock before the declaration is allowed (to replay the start), but said out loud. */
function warnBeforeDeclaration(sourced: SourcedSnapshot, context: CommandContext): void {
  const { incident, now } = sourced.snapshot;
  const declared = Date.parse(incident.declaredAt);
  if (!(Date.parse(now) < declared)) return;
  context.io.stderr.write(
    `${context.err.yellow("Warning:")} the clock (${dateTime(now, sourced.timeZone, declared)}) is before ${safe(incident.reference)} was declared (${dateTime(declared, sourced.timeZone, Date.parse(now))}); the decisions describe a moment when the incident did not exist yet.\n`,
  );
}

async function sourceSnapshot(options: SourceOptions): Promise<Read> {
  const { values, context, reference, command } = options;
  const { io } = context;
  const scenarioPath = stringOption(values, "scenario", "a scenario file path");
  const example = values.example === true;
  if ((scenarioPath || example) && reference) {
    throw new UsageError(
      `${command}: give either an incident reference or ${scenarioPath ? "--scenario" : "--example"}, not both.`,
      command,
    );
  }
  if (scenarioPath && example) {
    throw new UsageError(`${command}: give either --scenario or --example, not both.`, command);
  }
  secondsOption(values.timeout, "timeout", MAX_CALL_TIMEOUT_SECONDS);
  const show = (snapshot: Snapshot, timeZone: string) =>
    dateTime(snapshot.now, timeZone, io.now().getTime());
  const noCredentials = !reference && !hasCredentials(io.env);
  if (noCredentials && !scenarioPath && !example && options.explicitExample) {
    throw new CliError(
      `${command}: no vendor credentials are set (${missingCredentials(io.env).join(", ")}), and machine output never falls back to the bundled example: set them, or pass --scenario <file> or --example.`,
      EXIT.badInput,
    );
  }

  if (scenarioPath || example || noCredentials) {
    const scenario = scenarioPath ? await readScenario(scenarioPath, io.cwd) : exampleScenario();
    const snapshot = snapshotOf(
      scenario,
      nowFrom(values.now, io, scenario.now),
      scenarioPath ? { kind: "scenario", file: scenarioPath } : { kind: "example" },
    );
    const timeZone = timeZoneFrom(values.tz, "UTC");
    const why = example
      ? "this is not live data"
      : "no vendor credentials are set, so this is not live data (see the README to brief a live incident)";
    const source = scenarioPath
      ? `Scenario ${safe(scenarioPath)}${scenario.description ? ` (${safe(scenario.description)})` : ""}, at ${show(snapshot, timeZone)}.`
      : `Bundled example scenario, clock fixed at ${show(snapshot, timeZone)}: ${why}.`;
    return { snapshot, kind: scenarioPath ? "scenario" : "example", source, timeZone };
  }

  const loaded = await loadRunConfig(values, context);
  const vendors = await runVendors(values, context, loaded);
  const { loadLiveState } = await liveModules();
  const chosen = reference ?? (await onlyLiveIncident(vendors, command));
  const live = await loadLiveState({
    reference: chosen,
    config: loaded.config,
    vendors,
    now: nowFrom(values.now, io),
    fetchedAt: io.now().toISOString(),
    full: options.full,
    progress: progressReporter(context).step,
  });
  const timeZone = timeZoneFrom(values.tz, loaded.config.displayTimezone);
  return {
    snapshot: live.snapshot,
    kind: "live",
    source: `Live data from ${listWords(live.sources)}, at ${show(live.snapshot, timeZone)}.`,
    timeZone,
    live,
    slackClient: vendors.slack,
    slackAcks: vendors.slack && slackAckContext(loaded.config, vendors.slack, live.slack),
  };
}

/**
 * Evaluates a snapshot. Input the policy rejects is the scenario author's to fix (exit 2) or,
 * for live data the adapters let through, the vendor's (exit 3); either way the message names
 * the ticket by its id.
 */
export async function evaluateSnapshot(snapshot: Snapshot): Promise<Briefing> {
  try {
    return await buildBriefing(snapshot);
  } catch (error) {
    throw policyInputFailure(error, snapshot);
  }
}

/** A PolicyInputError as the CliError to report (other errors unchanged). */
export function policyInputFailure(error: unknown, snapshot: Snapshot): unknown {
  if (!(error instanceof PolicyInputError)) return error;
  const problem = policyInputProblem(error, snapshot);
  const { source } = snapshot;
  if (source.kind === "live") {
    return new CliError(
      `the vendors' data for ${source.incident} does not fit the policy's input: ${problem}`,
      EXIT.vendor,
    );
  }
  return new CliError(
    `${source.file ?? "the bundled example"} does not fit the policy's input: ${problem}`,
    EXIT.badInput,
  );
}

export async function onlyLiveIncident(vendors: Vendors, command: string): Promise<string> {
  const [{ vendorStep }, { listLiveIncidents }] = await Promise.all([
    import("../live/vendor-step.js"),
    import("../vendors/incident-io.js"),
  ]);
  const client = vendors.incidentIo();
  const live = await vendorStep(
    { vendor: "incident.io", method: "GET", path: "/v2/incidents", object: "live incidents" },
    async () => {
      const found = await listLiveIncidents(client);
      return found.map((incident) => ({
        reference: String(incident?.reference),
        name: String(incident?.name ?? ""),
      }));
    },
  );
  const [first, ...others] = live;
  if (first && others.length === 0) return first.reference;
  if (!first)
    throw new UsageError(
      `${command}: there is no live incident in incident.io; name one, e.g. ${command} INC-123.`,
    );
  const list = live
    .map((incident) => `${safe(incident.reference)} (${safe(incident.name, { max: 60 })})`)
    .join(", ");
  throw new UsageError(`${command}: several incidents are live, name one: ${list}.`);
}
