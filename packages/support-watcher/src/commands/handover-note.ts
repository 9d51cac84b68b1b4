import { provenance } from "../briefing/output.js";
import { EXIT, UsageError } from "../errors.js";
import { draftHandoverNote } from "../handover/draft.js";
import { dateTime } from "../output/time.js";
import { defineCommand, writeJson } from "./command.js";
import { POST_OPTIONS, slackForPosting } from "./post-options.js";
import { summaryOf } from "./registry.js";
import { evaluateSnapshot, resolveSnapshot, SOURCE_OPTIONS } from "./sources.js";

/** A note of ours this recent means the handover it was for is done (see --post in the README). */
const RECENT_HANDOVER_MS = 12 * 60 * 60_000;

export const handoverNoteCommand = defineCommand({
  name: "handover-note",
  summary: summaryOf("handover-note"),
  help: `Usage: support-watcher handover-note [INC-123] [options]

Drafts the post for the team channel's workflow thread when the watcher hands the incident over:
the current status, how many tickets are related, what the next watcher must know (blocking
decisions first) and what customers have been told (status page and macro), so answers stay
consistent. It is plain text, ready to paste. Without a reference it works like brief (the only
live incident, or the bundled example when no credentials are set; --json needs --scenario or
--example then).

Options:
  --scenario <file>  Read a saved scenario instead of the live APIs
  --example          Use the bundled example scenario
  --now <time>       Draft as of this ISO-8601 time
  --tz <zone>        Show times in this IANA time zone
  --json             Print the note's parts and text as JSON
  --post             Post the note as a reply in the incident's workflow thread in the team
                     channel (needs SLACK_BOT_TOKEN); shows it first and asks on a terminal
  -y, --yes          With --post: post without asking (for scripts)
  --config <file>    Config file (default: ./support-watcher.config.json or .yaml)
  --timeout <s>      Longest wait for one vendor call, in seconds
  --run-timeout <s>  Longest the whole run may take, in seconds`,
  options: { ...SOURCE_OPTIONS, ...POST_OPTIONS },
  async run({ values, positionals }, context) {
    const sourced = await resolveSnapshot({
      reference: positionals[0],
      values,
      context,
      full: true,
      command: "handover-note",
      explicitExample: values.json === true,
    });
    if (values.post === true && values.json === true)
      throw new UsageError(
        "handover-note: --post shows the note for people; leave out --json.",
        "handover-note",
      );
    const slack = values.post === true ? slackForPosting(sourced, "handover-note") : undefined;
    const briefing = await evaluateSnapshot(sourced.snapshot);
    const note = draftHandoverNote(briefing, sourced.timeZone);
    if (slack) {
      const [{ handoverPost }, { slackText }, { postToSlack }] = await Promise.all([
        import("../slack/compose.js"),
        import("../slack/text.js"),
        import("./post.js"),
      ]);
      const now = Date.parse(briefing.snapshot.now);
      const due = briefing.evaluation.decisions.some((d) => d.action === "handover");
      // Once posted, the handover decision is gone and the note's time moves on; a recent note
      // of ours in the thread then means this handover is done.
      const recent = slack.reading.markers.find(
        (m) => m.kind === "handover" && now - Date.parse(m.at) < RECENT_HANDOVER_MS,
      );
      if (!due && recent) {
        return postToSlack(context, values, {
          posts: [],
          cannot: [],
          alreadyDone: `support-watcher posted a handover note in the thread at ${dateTime(recent.at, sourced.timeZone, now)} and no handover is due now`,
          reading: slack.reading,
          command: "handover-note",
          client: slack.client,
        });
      }
      const planned = handoverPost(
        { team: slack.reading.teamChannel, threadTs: slack.reading.workflowPost?.ts },
        { ...note, slackText: draftHandoverNote(briefing, sourced.timeZone, slackText).text },
      );
      return postToSlack(context, values, {
        posts: "cannot" in planned ? [] : [planned],
        cannot: "cannot" in planned ? [planned.cannot] : [],
        reading: slack.reading,
        command: "handover-note",
        client: slack.client,
      });
    }
    if (values.json === true) writeJson(context, { ...note, ...provenance(briefing.snapshot) });
    else {
      if (sourced.kind !== "live") context.io.stderr.write(`${sourced.source}\n`);
      context.io.stdout.write(note.text);
    }
    return EXIT.ok;
  },
});
