/**
 * Text from vendors, config and scenario files is untrusted: before a person reads it, every
 * character a terminal or chat client acts on is shown as a visible escape instead. This file
 * is the one place that decides what is unsafe; renderers call `safe` on each field and the
 * command's output streams pass everything through `safeOutput` as a last guard.
 */

// C0 controls, DEL, C1 controls, the bidi marks, embeddings, overrides and isolates, and the
// Unicode line and paragraph separators (which some terminals and chat clients break lines on).
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the colour codes the CLI writes itself.
const SGR = /^\u001b\[[0-9;]*m/;

/** Single-line fields (names, subjects, titles) are cut to this many characters. */
export const MAX_FIELD_CHARS = 200;
/** Multi-line texts (status page updates, macro bodies) are cut to this many characters. */
export const MAX_BLOCK_CHARS = 1500;

const visible = (char: string): string => {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
};

const cut = (text: string, max: number): string => {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join("")}… (${chars.length - max + 1} more characters)`;
};

export interface SafeOptions {
  /** Longest text kept, in characters (default MAX_FIELD_CHARS, or MAX_BLOCK_CHARS when multiline). */
  max?: number;
  /** Keeps line breaks (normalised to `\n`); otherwise they are escaped like any control. */
  multiline?: boolean;
}

/**
 * Untrusted text for people: cut to a maximum length, then every control character, bidi
 * control and line separator shown as `\x1b` / `\u202e`. `--json` output never goes through it.
 */
export function safe(value: unknown, options: SafeOptions = {}): string {
  const text = typeof value === "string" ? value : String(value ?? "");
  const multiline = options.multiline === true;
  const max = options.max ?? (multiline ? MAX_BLOCK_CHARS : MAX_FIELD_CHARS);
  const capped = cut(multiline ? text.replace(/\r\n?/g, "\n") : text, max);
  return capped.replace(UNSAFE, (char) => (multiline && char === "\n" ? char : visible(char)));
}

/**
 * The last guard on what a command writes for people: escapes whatever unsafe character is
 * left, keeping line breaks, the colour codes the CLI writes when colour is on, and a leading
 * carriage return (the progress line a terminal rewrites).
 */
export function safeOutput(text: string, options: { color: boolean }): string {
  let out = "";
  let from = 0;
  UNSAFE.lastIndex = 0;
  for (let match = UNSAFE.exec(text); match; match = UNSAFE.exec(text)) {
    const at = match.index;
    const char = match[0];
    out += text.slice(from, at);
    from = at + char.length;
    const sgr = options.color && char === "\u001b" ? SGR.exec(text.slice(at)) : null;
    if (sgr) {
      out += sgr[0];
      from = at + sgr[0].length;
      UNSAFE.lastIndex = from;
    } else if (char === "\n" || (char === "\r" && at === 0)) out += char;
    else out += visible(char);
  }
  return out + text.slice(from);
}
