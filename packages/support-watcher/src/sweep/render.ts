import type { Style } from "../output/style.js";
import type { SweepOutcome } from "./apply.js";
import { type SweepPlan, writeCount } from "./plan.js";

const MAX_IDS = 8;
const idList = (ids: readonly string[]) =>
  ids.length <= MAX_IDS
    ? ids.map((id) => `#${id}`).join(", ")
    : `${ids
        .slice(0, MAX_IDS)
        .map((id) => `#${id}`)
        .join(", ")} and ${ids.length - MAX_IDS} more`;
const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** The writes a plan holds, one line per kind. */
export function renderPlan(plan: SweepPlan, s: Style, dryRun: boolean): string[] {
  const lines = [
    s.bold(
      `Sweep for ${plan.incident.reference} (${plan.incident.status}): ${plural(plan.related.length, "related ticket")}${
        dryRun ? ", dry run: nothing is written; add --apply to make these changes" : ""
      }`,
    ),
  ];
  const tagged = plan.tagBatches.flat();
  if (plan.attach.length > 0) {
    lines.push(
      `  • Attach ${plural(plan.attach.length, "ticket")} to ${plan.incident.reference} in incident.io: ${idList(plan.attach)}`,
    );
  }
  if (tagged.length > 0) {
    lines.push(
      `  • Tag ${plural(tagged.length, "ticket")} ${plan.tag} (${plural(plan.tagBatches.length, "update_many batch", "update_many batches")}): ${idList(tagged)}`,
    );
  }
  if (plan.createMacro) {
    lines.push(
      `  • Create the macro "${plan.createMacro.title}" from "${plan.createMacro.template.title}", inactive (a draft to review), tagging ${plan.createMacro.tag}`,
    );
  }
  if (plan.notify.length > 0) {
    lines.push(
      `  • Post the resolution notice to ${plural(plan.notify.length, "ticket")}: ${idList(plan.notify)}`,
    );
  }
  if (plan.deleteMacro)
    lines.push(`  • Delete the macro "${plan.deleteMacro.title}" (#${plan.deleteMacro.id})`);
  if (writeCount(plan) === 0)
    lines.push(s.green("  Nothing to write: everything the decisions call for is already done."));
  for (const reason of plan.cannot) lines.push(s.yellow(`  ! Cannot: ${reason}`));
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
      lines.push(`  ✖ ${write.action} ${write.target}: ${write.error ?? "failed"}`);
  }
  lines.push(s.dim(`Audit log: ${auditPath}`));
  return lines;
}
