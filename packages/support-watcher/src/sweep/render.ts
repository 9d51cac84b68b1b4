import { safe } from "../output/safe.js";
import type { Style } from "../output/style.js";
import type { SweepOutcome } from "./apply.js";
import { type SweepPlan, writeCount } from "./plan.js";

const MAX_IDS = 8;
const idList = (ids: readonly string[]) =>
  ids.length <= MAX_IDS
    ? ids.map((id) => `#${safe(id, { max: 40 })}`).join(", ")
    : `${ids
        .slice(0, MAX_IDS)
        .map((id) => `#${safe(id, { max: 40 })}`)
        .join(", ")} and ${ids.length - MAX_IDS} more`;
const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** The writes a plan holds, one line per kind. */
export function renderPlan(plan: SweepPlan, s: Style, dryRun: boolean, saved = false): string[] {
  const how = saved
    ? `, planned from saved data: nothing is written; sweep ${safe(plan.incident.reference)} --apply makes these changes on the live incident`
    : ", dry run: nothing is written; add --apply to make these changes";
  const lines = [
    s.bold(
      `Sweep for ${safe(plan.incident.reference)} (${safe(plan.incident.status)}): ${plural(plan.related.length, "related ticket")}${
        dryRun ? how : ""
      }`,
    ),
  ];
  const tagged = plan.tagBatches.flat();
  if (plan.attach.length > 0) {
    lines.push(
      `  • Attach ${plural(plan.attach.length, "ticket")} to ${safe(plan.incident.reference)} in incident.io: ${idList(plan.attach)}`,
    );
  }
  if (tagged.length > 0) {
    lines.push(
      `  • Tag ${plural(tagged.length, "ticket")} ${safe(plan.tag)} (${plural(plan.tagBatches.length, "update_many batch", "update_many batches")}): ${idList(tagged)}`,
    );
  }
  if (plan.createMacro) {
    lines.push(
      `  • Create the macro "${safe(plan.createMacro.title)}" from "${safe(plan.createMacro.template.title)}", inactive (a draft to review), tagging ${safe(plan.createMacro.tag)}`,
    );
  }
  if (plan.notify.length > 0) {
    lines.push(
      `  • Post the resolution notice to ${plural(plan.notify.length, "ticket")}: ${idList(plan.notify)}`,
    );
  }
  if (plan.deleteMacro)
    lines.push(
      `  • Delete the macro "${safe(plan.deleteMacro.title)}" (#${safe(plan.deleteMacro.id, { max: 40 })})`,
    );
  if (writeCount(plan) === 0)
    lines.push(s.green("  Nothing to write: everything the decisions call for is already done."));
  for (const reason of plan.cannot)
    lines.push(s.yellow(`  ! Cannot: ${safe(reason, { max: 400 })}`));
  return lines;
}

/** What an applied sweep did and did not do. */
export function renderOutcome(outcome: SweepOutcome, auditPath: string, s: Style): string[] {
  const count = (action: string) => outcome.done.filter((w) => w.action === action).length;
  const done = [
    ["attach_ticket", "attached"],
    ["add_tag", "tagged"],
    ["create_macro", "macro created"],
    ["post_resolution_notice", "notified"],
    ["delete_macro", "macro deleted"],
  ]
    .map(([action, word]) => [count(action as string), word] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`);
  const lines = outcome.done.length > 0 ? [s.green(`Done: ${done.join(", ")}.`)] : [];
  if (outcome.failed.length > 0) {
    lines.push(
      s.red(`Not done (${outcome.failed.length}); run the sweep again to retry only these:`),
    );
    for (const write of outcome.failed)
      lines.push(
        `  ✖ ${write.action} ${safe(write.target)}: ${safe(write.error ?? "failed", { max: 400 })}`,
      );
  }
  lines.push(s.dim(`Audit log: ${safe(auditPath, { max: 400 })}`));
  return lines;
}

/** The rate limiting the clients met: 429 answers they waited out and retried. */
export function renderRateLimits(
  rateLimited: { responses: number; waitedMs: number },
  s: Style,
): string[] {
  if (rateLimited.responses === 0) return [s.dim("Rate limits: no 429 answers.")];
  const seconds = (rateLimited.waitedMs / 1000).toFixed(1);
  return [
    s.yellow(
      `Rate limits: ${plural(rateLimited.responses, "429 answer")} from the vendors, waited out and retried (${seconds} s of waiting).`,
    ),
  ];
}
