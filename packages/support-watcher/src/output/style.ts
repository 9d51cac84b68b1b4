import type { Io, Output } from "../io.js";

/** Text decorations; every one is the identity when colour is off. */
export interface Style {
  readonly color: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  /** Marks offending words inside a message (lint spans). */
  highlight(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) =>
  text === "" ? text : `\u001b[${open}m${text}\u001b[${close}m`;

const colored: Style = {
  color: true,
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
  highlight: (text) => sgr(4, 24)(sgr(31, 39)(text)),
};

const same = (text: string) => text;
// Without colour the offending words still stand out, with guillemets that survive copy-paste.
const plain: Style = {
  color: false,
  bold: same,
  dim: same,
  red: same,
  yellow: same,
  green: same,
  cyan: same,
  highlight: (text) => `»${text}«`,
};

/**
 * Colour follows the usual conventions: `NO_COLOR` (any value) turns it off, `FORCE_COLOR`
 * (anything but 0/false) turns it on, `--no-color` wins over both; otherwise colour is used
 * only on a terminal that is not `TERM=dumb`.
 */
export function wantsColor(
  env: Io["env"],
  output: Output,
  flags: { noColor?: boolean } = {},
): boolean {
  if (flags.noColor) return false;
  // Any value turns colour off, the empty string included.
  if (env.NO_COLOR !== undefined) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false"].includes(force.toLowerCase());
  return output.isTTY && env.TERM !== "dumb";
}

export const styleFor = (color: boolean): Style => (color ? colored : plain);
