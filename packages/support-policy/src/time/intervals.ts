/** A half-open span of time [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** Sorts and joins overlapping or touching intervals. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else merged.push({ ...next });
  }
  return merged;
}

/** Removes every part of `intervals` covered by `holes`. Both must be merged and sorted. */
export function subtractIntervals(intervals: Interval[], holes: Interval[]): Interval[] {
  const result: Interval[] = [];
  for (const interval of intervals) {
    let pieces: Interval[] = [interval];
    for (const hole of holes) {
      if (hole.end <= interval.start || hole.start >= interval.end) continue;
      pieces = pieces.flatMap((piece) =>
        [
          { start: piece.start, end: Math.min(piece.end, hole.start) },
          { start: Math.max(piece.start, hole.end), end: piece.end },
        ].filter((part) => part.end > part.start),
      );
    }
    result.push(...pieces);
  }
  return result;
}

/** The interval containing `at`, if any. */
export const intervalAt = (intervals: Interval[], at: number): Interval | undefined =>
  intervals.find((interval) => interval.start <= at && at < interval.end);

/** The first interval starting strictly after `at`. */
export const intervalAfter = (intervals: Interval[], at: number): Interval | undefined =>
  intervals.find((interval) => interval.start > at);
