/** Edit distance between two short strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known word closest to what was typed, when it is close enough to be a slip (a third of
 * its length or a prefix of it); `undefined` otherwise. Leading dashes and a `no-` prefix are
 * ignored when comparing, so `--colour` finds `--no-color`.
 */
export function nearest(typed: string, known: readonly string[]): string | undefined {
  if (typed.length > 64) return undefined;
  const bare = (word: string) => word.toLowerCase().replace(/^-+/, "");
  const lower = bare(typed);
  let best: { word: string; cost: number } | undefined;
  for (const word of known) {
    for (const form of new Set([bare(word), bare(word).replace(/^no-/, "")])) {
      const cost = form.startsWith(lower) && lower.length >= 3 ? 0.5 : distance(lower, form);
      if (!best || cost < best.cost) best = { word, cost };
    }
  }
  return best && best.cost <= Math.max(2, Math.ceil(typed.length / 3)) ? best.word : undefined;
}
