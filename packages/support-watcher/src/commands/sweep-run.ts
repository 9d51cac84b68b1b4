import { resolve } from "node:path";
import { mergeAcks } from "../acks/merge.js";
import { slackAckContext } from "../acks/slack-store.js";
import { provenance } from "../briefing/output.js";
import { auditLogPath } from "../config/load.js";
import { WatcherConfigSchema } from "../config/schema.js";
import { EXIT, UsageError } from "../errors.js";
import { loadLiveState } from "../live/load.js";
import { renderDataProblems } from "../output/data-problems.js";
import { safe } from "../output/safe.js";
import { applySweep } from "../sweep/apply.js";
import { auditLog } from "../sweep/audit-log.js";
import { planSweep, type SweepPlan, writeCount } from "../sweep/plan.js";
import { renderOutcome, renderPlan, renderRateLimits } from "../sweep/render.js";
import { scenarioPlanInput } from "../sweep/scenario-state.js";
import { type CommandContext, nowFrom, stringOption, writeJson } from "./command.js";
import { progressReporter } from "./progress.js";
import {
  loadRunConfig,
  policyInputFailure,
  resolveSnapshot,
  runVendors,
  storedAcks,
} from "./sources.js";

/** `sweep`'s work, loaded only when it runs. */
export async function runSweep(
  {
    values,
    positionals,
  }: { values: Record<string, string | boolean | undefined>; positionals: string[] },
  context: CommandContext,
): Promise<number> {
  const { io } = context;
  const reference = positionals[0];
  if (values.example === true || values.scenario !== undefined)
    return sweepSaved(values, positionals, context);
  if (!reference || positionals.length > 1) {
    throw new UsageError("sweep: name one incident, e.g. sweep INC-123.", "sweep");
  }
  const now = nowFrom(values.now, io);
  const auditOption = stringOption(values, "audit-log", "a file path");
  const loaded = await loadRunConfig(values, context);
  const vendors = await runVendors(values, context, loaded);
  const progress = progressReporter(context);
  const state = await loadLiveState({
    reference,
    config: loaded.config,
    vendors,
    now,
    fetchedAt: io.now().toISOString(),
    full: false,
    progress: progress.step,
  });
  // Steps people acknowledged count here too: a customer told by hand is not notified again.
  const slack = vendors.slack && slackAckContext(loaded.config, vendors.slack);
  const { acks } = await storedAcks(state.snapshot, io, slack);
  state.snapshot = mergeAcks(state.snapshot, acks).snapshot;
  const plan = await planSweep(state, loaded.config).catch((error: unknown) => {
    throw policyInputFailure(error, state.snapshot);
  });
  const apply = values.apply === true;
  const { calls } = context;
  const rateLimited = () => ({ responses: calls.rateLimited, waitedMs: calls.rateLimitWaitMs });
  if (!apply) {
    if (values.json === true)
      writeJson(context, {
        dryRun: true,
        plan,
        rateLimited: rateLimited(),
        ...provenance(state.snapshot),
      });
    else {
      const lines = [
        ...renderPlan(plan, context.out, true),
        ...renderDataProblems(state.snapshot.dataProblems, context.out),
        ...renderRateLimits(rateLimited(), context.out),
      ];
      io.stdout.write(`${lines.join("\n")}\n`);
    }
    return EXIT.ok;
  }
  const asked = await confirmed(plan, values, context);
  if (asked === "no") {
    io.stderr.write("Nothing was written.\n");
    return EXIT.attention;
  }
  const path =
    auditOption !== undefined ? resolve(io.cwd, auditOption) : auditLogPath(loaded, io.cwd);
  const outcome = await applySweep(plan, state, loaded.config, {
    vendors,
    audit: auditLog(path, io.now, context.redact),
    progress,
  });
  if (values.json === true)
    writeJson(context, {
      dryRun: false,
      plan,
      outcome,
      auditLog: path,
      rateLimited: rateLimited(),
      ...provenance(state.snapshot),
    });
  else {
    const lines = [
      // The question showed the plan already.
      ...(asked === "yes" ? [] : renderPlan(plan, context.out, false)),
      ...renderDataProblems(state.snapshot.dataProblems, context.out),
      ...renderOutcome(outcome, path, context.out),
      ...renderRateLimits(rateLimited(), context.out),
    ];
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  return outcome.failed.length > 0 ? EXIT.vendor : EXIT.ok;
}

/**
 * On a terminal, shows the plan and asks before any write (y/N) unless --yes; in a pipe or a
 * cron job (nobody to ask) it goes ahead, as it always has.
 */
async function confirmed(
  plan: SweepPlan,
  values: Record<string, string | boolean | undefined>,
  context: CommandContext,
): Promise<"yes" | "no" | "not asked"> {
  const { io } = context;
  const writes = writeCount(plan);
  if (values.yes === true || writes === 0 || !io.confirm) return "not asked";
  const lines = renderPlan(plan, context.out, false);
  (values.json === true ? io.stderr : io.stdout).write(`${lines.join("\n")}\n`);
  const yes = await io.confirm(
    `Make these ${writes} write${writes === 1 ? "" : "s"} to incident.io and Zendesk?`,
  );
  return yes ? "yes" : "no";
}

/** `--scenario` / `--example`: the plan against saved data; nothing is ever written. */
async function sweepSaved(
  values: Record<string, string | boolean | undefined>,
  positionals: string[],
  context: CommandContext,
): Promise<number> {
  if (values.apply === true) {
    throw new UsageError(
      "sweep: --apply writes to the live incident, and a scenario is saved data: plan with --scenario, then run sweep INC-123 --apply.",
      "sweep",
    );
  }
  const sourced = await resolveSnapshot({
    reference: positionals[0],
    values,
    context,
    full: false,
    command: "sweep",
    explicitExample: true,
  });
  const config = WatcherConfigSchema.parse({});
  const plan = await planSweep(scenarioPlanInput(sourced.snapshot), config).catch(
    (error: unknown) => {
      throw policyInputFailure(error, sourced.snapshot);
    },
  );
  const rateLimited = { responses: 0, waitedMs: 0 };
  if (values.json === true) {
    writeJson(context, { dryRun: true, plan, rateLimited, ...provenance(sourced.snapshot) });
    return EXIT.ok;
  }
  const lines = [
    safe(sourced.source, { max: 600 }),
    ...renderPlan(plan, context.out, true, true),
    ...renderDataProblems(sourced.snapshot.dataProblems, context.out),
  ];
  context.io.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
