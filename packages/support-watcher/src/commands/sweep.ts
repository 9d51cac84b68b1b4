import { defineCommand, TIME_LIMIT_OPTIONS } from "./command.js";
import { summaryOf } from "./registry.js";

export const sweepCommand = defineCommand({
  name: "sweep",
  summary: summaryOf("sweep"),
  help: `Usage: support-watcher sweep INC-123 [--apply [--yes]] [options]
       support-watcher sweep --scenario file.json | --example

Reads the incident's current state and plans the writes the policy's decisions call for:
  • attach every related ticket to the incident in incident.io (resource type zendesk_ticket)
  • tag them incident/<number> with Zendesk update_many, 100 tickets per job, following each job
  • while the incident is live and has no macro: create one from the "Incident information"
    template, inactive (a draft for review), tagging incident/<number>
  • once it is resolved: post the resolution notice to every tagged or attached ticket (with a
    marker tag, so no ticket is ever notified twice) and delete the macro
Without --apply nothing is written. With --apply every write is appended to the audit log as it
ends; a second run finds nothing left to do, and an interrupted run can simply be run again.
On a terminal --apply shows the plan and asks before writing (y/N; no writes nothing and exits
1); --yes skips the question. In a pipe or a cron job --apply writes without asking, as the
writes are exactly what the decisions call for and each is done once.

--scenario plans against a saved scenario and --example against the bundled one, with no
credentials: they never write (--apply is refused with them).

Options:
  --apply            Make the writes
  -y, --yes          Do not ask before writing (on a terminal)
  --scenario <file>  Plan against a saved scenario (never writes)
  --example          Plan against the bundled example (never writes)
  --audit-log <file> Audit log path (default: auditLog of the config, support-watcher-audit.jsonl)
  --now <time>       Evaluate the policy at this ISO-8601 time
  --json             Print the plan (and with --apply the outcome) as JSON
  --config <file>    Config file (default: ./support-watcher.config.json or .yaml)
  --timeout <s>      Longest wait for one vendor call, in seconds (default: config
                     timeoutSeconds, 15)
  --run-timeout <s>  Longest the whole run may take, in seconds (default: config
                     runTimeoutSeconds, 600)`,
  options: {
    apply: { type: "boolean" },
    yes: { type: "boolean", short: "y" },
    scenario: { type: "string" },
    example: { type: "boolean" },
    "audit-log": { type: "string" },
    now: { type: "string" },
    json: { type: "boolean" },
    config: { type: "string" },
    ...TIME_LIMIT_OPTIONS,
  },
  run: async (args, context) => (await import("./sweep-run.js")).runSweep(args, context),
});
