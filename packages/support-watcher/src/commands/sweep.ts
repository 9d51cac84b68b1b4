import { resolve } from "node:path";
import { auditLogPath, loadConfig } from "../config/load.js";
import { EXIT, UsageError } from "../errors.js";
import { loadLiveState } from "../live/load.js";
import { applySweep } from "../sweep/apply.js";
import { auditLog } from "../sweep/audit-log.js";
import { planSweep } from "../sweep/plan.js";
import { renderOutcome, renderPlan } from "../sweep/render.js";
import { vendorsFrom } from "../vendors/clients.js";
import { defineCommand, nowFrom, writeJson } from "./command.js";
import { progressReporter } from "./progress.js";

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
  --no-color         Plain output (also NO_COLOR=1)
  --debug            More detail on errors (never credentials)
  -h, --help         This help

Exit codes: 0 done (or planned); 2 bad input, config or credentials; 3 a vendor API failed, or
some writes failed (the output lists what was and was not done).`,
  options: {
    apply: { type: "boolean" },
    "audit-log": { type: "string" },
    now: { type: "string" },
    json: { type: "boolean" },
    config: { type: "string" },
  },
  async run({ values, positionals }, context) {
    const { io } = context;
    const reference = positionals[0];
    if (!reference || positionals.length > 1) {
      throw new UsageError("sweep: name one incident, e.g. sweep INC-123.", "sweep");
    }
    const loaded = await loadConfig({
      cwd: io.cwd,
      path: typeof values.config === "string" ? values.config : undefined,
      required: true,
    });
    const vendors = vendorsFrom(io);
    const progress = progressReporter(context);
    const state = await loadLiveState({
      reference,
      config: loaded.config,
      vendors,
      now: nowFrom(values.now, io),
      full: false,
      progress: progress.step,
    });
    const plan = await planSweep(state, loaded.config);
    const apply = values.apply === true;
    if (!apply) {
      if (values.json === true) writeJson(io, { dryRun: true, plan });
      else io.stdout.write(`${renderPlan(plan, context.out, true).join("\n")}\n`);
      return EXIT.ok;
    }
    const path =
      typeof values["audit-log"] === "string"
        ? resolve(io.cwd, values["audit-log"])
        : auditLogPath(loaded, io.cwd);
    const outcome = await applySweep(plan, state, loaded.config, {
      vendors,
      audit: auditLog(path, io.now),
      progress,
    });
    if (values.json === true) writeJson(io, { dryRun: false, plan, outcome, auditLog: path });
    else {
      const lines = [
        ...renderPlan(plan, context.out, false),
        ...renderOutcome(outcome, path, context.out),
      ];
      io.stdout.write(`${lines.join("\n")}\n`);
    }
    return outcome.failed.length > 0 ? EXIT.vendor : EXIT.ok;
  },
});
