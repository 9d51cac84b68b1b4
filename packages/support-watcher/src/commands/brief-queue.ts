import { CliError, EXIT, UsageError } from "../errors.js";
import { safe } from "../output/safe.js";
import { dateTime } from "../output/time.js";
import { readQueue } from "../queue/read.js";
import { renderSuggestions } from "../queue/render.js";
import { queueStateOf, readQueueScenario, suggestionsFor } from "../queue/suggest.js";
import { hasCredentials, missingCredentials } from "../vendors/credentials.js";
import { type CommandContext, nowFrom, stringOption, timeZoneFrom, writeJson } from "./command.js";
import { loadRunConfig, runVendors } from "./sources.js";

/**
 * `brief --queue`: the open queue checked once for groups of tickets no live incident explains,
 * each a "raise an incident?" suggestion (the policy's suggestIncidents).
 */
export async function briefQueue(
  values: Record<string, string | boolean | undefined>,
  positionals: string[],
  context: CommandContext,
): Promise<number> {
  const { io } = context;
  if (positionals.length > 0)
    throw new UsageError("brief --queue checks the whole queue; leave out the incident.", "brief");
  if (values.example === true || values.save !== undefined)
    throw new UsageError(
      `brief --queue takes --scenario (a file with a "queue") or live data; ${values.example === true ? "--example" : "--save"} does not go with it.`,
      "brief",
    );
  const file = stringOption(values, "scenario", "a scenario file path");
  let state: Awaited<ReturnType<typeof readQueue>>;
  let timeZone: string;
  let source: string;
  const kind = file === undefined ? "live" : "scenario";
  if (file !== undefined) {
    const scenario = await readQueueScenario(file, io.cwd);
    state = queueStateOf(scenario, nowFrom(values.now, io, scenario.now));
    timeZone = timeZoneFrom(values.tz, "UTC");
    source = `Scenario ${safe(file)}${scenario.description ? ` (${safe(scenario.description)})` : ""}, queue at ${dateTime(state.now, timeZone)}.`;
  } else {
    if (!hasCredentials(io.env))
      throw new CliError(
        `brief --queue: no vendor credentials are set (${missingCredentials(io.env).join(", ")}); set them, or pass --scenario with a queue.`,
        EXIT.badInput,
      );
    const loaded = await loadRunConfig(values, context);
    timeZone = timeZoneFrom(values.tz, loaded.config.displayTimezone);
    state = await readQueue(
      loaded.config,
      await runVendors(values, context, loaded),
      nowFrom(values.now, io),
    );
    source = `Live queue from Zendesk, live incidents from incident.io, at ${dateTime(state.now, timeZone)}.`;
  }
  const suggestions = await suggestionsFor(state);
  if (values.json === true) {
    writeJson(context, {
      suggestions,
      liveIncidents: state.liveIncidents.map((i) => i.reference),
      dataProblems: state.dataProblems,
      source: {
        kind,
        fetchedAt: kind === "live" ? io.now().toISOString() : null,
        ...(file !== undefined && { file }),
      },
      evaluatedAt: new Date(Date.parse(state.now)).toISOString(),
    });
  } else {
    const lines = renderSuggestions(suggestions, {
      now: Date.parse(state.now),
      timeZone,
      style: context.out,
      source,
      liveCount: state.liveIncidents.length,
    });
    for (const warning of state.warnings) lines.push(`  ! ${safe(warning, { max: 400 })}`);
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  return values.check === true && suggestions.length > 0 ? EXIT.attention : EXIT.ok;
}
