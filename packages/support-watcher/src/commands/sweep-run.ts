import { resolve } from "node:path";
import { provenance } from "../briefing/output.js";
import { auditLogPath } from "../config/load.js";
import { EXIT, UsageError } from "../errors.js";
import { loadLiveState } from "../live/load.js";
import { renderDataProblems } from "../output/data-problems.js";
import { applySweep } from "../sweep/apply.js";
import { auditLog } from "../sweep/audit-log.js";
import { planSweep } from "../sweep/plan.js";
import { renderOutcome, renderPlan, renderRateLimits } from "../sweep/render.js";
import { type CommandContext, nowFrom, stringOption, writeJson } from "./command.js";
import { progressReporter } from "./progress.js";
import { loadRunConfig, policyInputFailure, runVendors } from "./sources.js";

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
      ...renderPlan(plan, context.out, false),
      ...renderDataProblems(state.snapshot.dataProblems, context.out),
      ...renderOutcome(outcome, path, context.out),
      ...renderRateLimits(rateLimited(), context.out),
    ];
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  return outcome.failed.length > 0 ? EXIT.vendor : EXIT.ok;
}
