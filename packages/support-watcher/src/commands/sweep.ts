import { defineCommand, TIME_LIMIT_OPTIONS } from "./command.js";

export const sweepCommand = defineCommand({
  name: "sweep",
  summary: "Plan (and with --apply make) the repetitive writes: attach, tag, macro, notices.",
  help: `Usage: support-watcher sweep INC-123 [--apply] [options]

Reads the incident's current state and plans the writes the policy's decisions call for:
  • attach every related ticket to the incident in incident.io (resource type zendesk_ticket)
  • tag them incident/<number> with Zendesk update_many, 100 tickets per job, following each job
  • while the incident is live and has no macro: create one from the "Incident information"
    template, inactive (a draft for review), tagging incident/<number>
  • once it is resolved: post the resolution notice to every tagged or attached ticket (with a
    marker tag, so no ticket is ever notified twice) and delete the macro
Without --apply nothing is written. With --apply every write is appended to the audit log as it
ends; a second run finds nothing left to do, and an interrupted run can simply be run again.

Options:
  --apply            Make the writes
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
    "audit-log": { type: "string" },
    now: { type: "string" },
    json: { type: "boolean" },
    config: { type: "string" },
    ...TIME_LIMIT_OPTIONS,
  },
  run: async (args, context) => (await import("./sweep-run.js")).runSweep(args, context),
});
