/** Plain-text table: columns padded to their widest cell (ANSI codes do not count as width). */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point.
const ANSI = /\u001b\[[0-9;]*m/g;
export const visibleLength = (text: string): number => [...text.replace(ANSI, "")].length;

const pad = (text: string, width: number) =>
  text + " ".repeat(Math.max(0, width - visibleLength(text)));

/** A cell cut to `width` characters with an ellipsis; a cut cell loses its colour. */
export function fit(text: string, width: number): string {
  if (visibleLength(text) <= width) return text;
  const chars = [...text.replace(ANSI, "")];
  return width <= 1 ? "…".slice(0, width) : `${chars.slice(0, width - 1).join("")}…`;
}

export interface TableOptions {
  /** The widest a line may be (the terminal's width); columns are cut, never wrapped. */
  maxWidth?: number;
  /** Columns that may be narrowed, in the order they give way: each down to its minimum first. */
  shrinkable?: readonly number[];
  /** No column is cut narrower than this (per column; default 6). */
  minWidths?: readonly number[];
}

const GAP = 2;

/**
 * Lines of a table that fits `maxWidth`: when the natural widths are too wide, the shrinkable
 * columns give way in their order (each down to its minimum before the next), and cells are cut to
 * their column with "…". Lines never wrap; a table that cannot fit is cut at the end.
 */
export function table(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  options: TableOptions = {},
): string[] {
  const widths = header.map((title, column) =>
    Math.max(visibleLength(title), ...rows.map((row) => visibleLength(row[column] ?? ""))),
  );
  const max = options.maxWidth ?? Number.POSITIVE_INFINITY;
  const least = (column: number) => options.minWidths?.[column] ?? 6;
  const shrinkable = options.shrinkable ?? widths.map((_, i) => i);
  const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1);
  while (total() > max) {
    const column = shrinkable.find((i) => (widths[i] ?? 0) > least(i));
    if (column === undefined) break;
    widths[column] = (widths[column] ?? 0) - 1;
  }
  const line = (cells: readonly string[]) => {
    const text = cells
      .map((cell, column) => {
        const cut = fit(cell, widths[column] ?? 0);
        return column === cells.length - 1 ? cut : pad(cut, widths[column] ?? 0);
      })
      .join(" ".repeat(GAP))
      .trimEnd();
    return visibleLength(text) > max ? fit(text, max) : text;
  };
  return [line(header), ...rows.map(line)];
}
