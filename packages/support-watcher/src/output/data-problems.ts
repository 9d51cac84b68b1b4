import type { DataProblem } from "../adapters/data-problems.js";
import { safe } from "./safe.js";
import type { Style } from "./style.js";

/** Shown in full up to this many; the rest are counted (`--json` lists every one). */
const MAX_SHOWN = 10;

const shown = (value: unknown): string =>
  value === undefined
    ? "missing"
    : safe(typeof value === "string" ? `"${value}"` : JSON.stringify(value), { max: 80 });

/** The "Data problems" section: vendor, object, field, value and what was done, one per line. */
export function renderDataProblems(problems: readonly DataProblem[], s: Style): string[] {
  if (problems.length === 0) return [];
  const lines = [
    s.yellow(
      `Data problems (${problems.length}): vendor values the policy could not use; the run went on without them`,
    ),
    ...problems
      .slice(0, MAX_SHOWN)
      .map(
        (p) =>
          `  ! ${p.vendor} ${safe(p.object, { max: 40 })} ${safe(p.id, { max: 40 })} ${safe(p.field, { max: 60 })} ${shown(p.value)}: ${safe(p.action)}`,
      ),
  ];
  if (problems.length > MAX_SHOWN)
    lines.push(s.dim(`  … and ${problems.length - MAX_SHOWN} more (--json lists every one)`));
  return lines;
}
