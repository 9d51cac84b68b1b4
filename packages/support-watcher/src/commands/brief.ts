import { renderAcknowledgements } from "../acks/render.js";
import { briefOutput } from "../briefing/output.js";
import { renderBriefing } from "../briefing/render.js";
import { EXIT, UsageError } from "../errors.js";
import { widthOf } from "../io.js";
import { scenarioOf, writeScenario } from "../scenario/load.js";
import { PERSONAL_DATA, withoutPersonalData } from "../scenario/privacy.js";
import { defineCommand, stringOption, writeJson } from "./command.js";
import { POST_OPTIONS, slackForPosting } from "./post-options.js";
import { summaryOf } from "./registry.js";
import { evaluateSnapshot, resolveSnapshot, SOURCE_OPTIONS } from "./sources.js";

export const briefCommand = defineCommand({
  name: "brief",
  summary: summaryOf("brief"),
  help: `Usage: support-watcher brief [INC-123] [options]

Reads the incident, its tickets, the macro and the status page entry, evaluates the handbook
policy and prints the briefing: the incident in one line, who in support is working now and
when that changes, the decisions grouped by owner (blocking ones first, each with its handbook
section and rule id) and a ticket table.

Without a reference it briefs the only live incident; with no credentials set at all it runs on
the bundled example scenario and says so on its first line. --json and --check never fall back
to the example: without credentials they need --scenario or --example.

Options:
  --scenario <file>  Read a saved scenario ({ incident, tickets, team, config?, now? }) instead
                     of the live APIs
  --example          Use the bundled example scenario (needed for --json or --check without
                     credentials)
  --save <file>      Also write what was read as a scenario file, to replay or share it: the
                     related tickets only, without personal data (email addresses, Slack
                     handles, customer names, draft replies)
  --full             With --save: keep every ticket and all personal data
  --force            With --save: overwrite an existing file
  --now <time>       Evaluate at this ISO-8601 time (e.g. 2026-06-03T16:05:00Z)
  --tz <zone>        Show times in this IANA time zone (default: config displayTimezone, or UTC)
  --json             Print the policy's evaluateIncident result as JSON
  --check            Exit 1 when any decision is blocking (with --queue: any suggestion)
  --queue            Check the open queue instead: groups of tickets no live incident
                     explains, as "raise an incident?" suggestions (with --scenario: its
                     "queue"; the scenario's incident and "liveIncidents" are left out)
  --all              Also list the queue tickets that do not look related, by subject
  --post             Post the Slack messages the decisions call for (announce the macro, update
                     the team, note a ticket pattern); needs SLACK_BOT_TOKEN; shows them first
                     and asks on a terminal; a message already posted is never posted again
  -y, --yes          With --post: post without asking (for scripts)
  --config <file>    Config file (default: ./support-watcher.config.json or .yaml)
  --timeout <s>      Longest wait for one vendor call, in seconds (default: config
                     timeoutSeconds, 15)
  --run-timeout <s>  Longest the whole run may take, in seconds (default: config
                     runTimeoutSeconds, 600)`,
  options: {
    ...SOURCE_OPTIONS,
    ...POST_OPTIONS,
    save: { type: "string" },
    check: { type: "boolean" },
    all: { type: "boolean" },
    force: { type: "boolean" },
    full: { type: "boolean" },
    queue: { type: "boolean" },
  },
  async run({ values, positionals }, context) {
    if (values.queue === true)
      return (await import("./brief-queue.js")).briefQueue(values, positionals, context);
    const sourced = await resolveSnapshot({
      reference: positionals[0],
      values,
      context,
      full: true,
      command: "brief",
      explicitExample: values.json === true || values.check === true,
    });
    if (values.post === true && values.json === true)
      throw new UsageError(
        "brief: --post shows the messages for people; leave out --json.",
        "brief",
      );
    const slack = values.post === true ? slackForPosting(sourced, "brief") : undefined;
    const briefing = await evaluateSnapshot(sourced.snapshot);
    const save = stringOption(values, "save", "a file path");
    if (save !== undefined) {
      const full = values.full === true;
      const related = new Set(
        briefing.tickets
          .filter((row) => row.related.length > 0 || row.decisions.length > 0)
          .map((row) => row.ticket.id),
      );
      const reference = sourced.snapshot.incident.reference;
      const file = await writeScenario(
        save,
        context.io.cwd,
        full
          ? scenarioOf(sourced.unmerged, `Saved from ${reference} (${sourced.kind} data, in full).`)
          : scenarioOf(
              withoutPersonalData(sourced.unmerged, related),
              `Saved from ${reference} (${sourced.kind} data; unrelated tickets and ${PERSONAL_DATA.join(", ")} left out).`,
            ),
        context.redact,
        values.force === true,
      );
      context.io.stderr.write(
        `Saved the scenario to ${file}${full ? "" : ` (related tickets only; ${PERSONAL_DATA.join(", ")} left out; --full keeps them)`}\n`,
      );
    }
    if (values.json === true)
      writeJson(
        context,
        briefOutput(briefing, sourced.acknowledgements, sourced.acknowledgementsFrom),
      );
    else {
      context.io.stdout.write(
        renderBriefing(briefing, {
          style: context.out,
          timeZone: sourced.timeZone,
          source: sourced.source,
          width: widthOf(context.io.stdout),
          all: values.all === true,
          afterDecisions: renderAcknowledgements(
            sourced.acknowledgements,
            Date.parse(briefing.snapshot.now),
            sourced.timeZone,
            context.out,
            sourced.acknowledgementsFrom.filter((from) => from.count > 0).map((from) => from.where),
          ),
        }),
      );
    }
    if (slack && sourced.live) {
      const { reading } = slack;
      const [{ decisionPosts }, { postToSlack }] = await Promise.all([
        import("../slack/compose.js"),
        import("./post.js"),
      ]);
      await postToSlack(context, values, {
        ...decisionPosts({
          briefing,
          timeZone: sourced.timeZone,
          statusPageUrl: sourced.live.statusPageUrl,
          team: reading.teamChannel,
          threadTs: reading.workflowPost?.ts,
          incidentChannel: reading.incidentChannel,
        }),
        reading,
        command: "brief",
        client: slack.client,
      });
    }
    return values.check === true && briefing.blockingCount > 0 ? EXIT.attention : EXIT.ok;
  },
});
