import { clockTime } from "./time.js";

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})\b/g;

/** Rewrites the ISO instants inside a sentence (decision summaries) as readable clock times. */
export const readableInstants = (text: string, now: number, timeZone: string): string =>
  text.replace(ISO_INSTANT, (instant) => clockTime(instant, now, timeZone));
