import type { Finding } from "@support/policy";
import { safe } from "./safe.js";
import type { Style } from "./style.js";

const CONTEXT_CHARS = 32;
const oneLine = (text: string, max = 200) => safe(text.replace(/\s+/g, " "), { max });

/** The words a finding points at, with some text either side, the words highlighted. */
export function excerpt(text: string, span: [number, number], style: Style): string {
  const [start, end] = span;
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  const before = `${from > 0 ? "…" : ""}${oneLine(text.slice(from, start))}`;
  const after = `${oneLine(text.slice(end, to))}${to < text.length ? "…" : ""}`;
  return `${before}${style.highlight(oneLine(text.slice(start, end)))}${after}`;
}

/**
 * Findings for people: severity, rule, message, the offending words in context, a suggestion.
 * An `info` finding is a note about the check itself (something not checked), not about the text.
 */
export function renderFindings(text: string, findings: readonly Finding[], style: Style): string[] {
  return findings.flatMap((finding) => {
    const mark =
      finding.severity === "error"
        ? style.red("✖ error  ")
        : finding.severity === "warning"
          ? style.yellow("! warning")
          : style.dim("i note   ");
    const lines = [
      `  ${mark} ${style.bold(safe(finding.rule))}  ${safe(finding.message, { max: 400 })}`,
    ];
    if (finding.span) lines.push(`      ${excerpt(text, finding.span, style)}`);
    if (finding.suggestion)
      lines.push(`      ${style.dim(`Suggestion: ${safe(finding.suggestion, { max: 400 })}`)}`);
    return lines;
  });
}

export const countWords = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
