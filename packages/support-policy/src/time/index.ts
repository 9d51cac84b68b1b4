export { DEFAULT_WORKING_HOURS } from "../schemas/primitives.js";
export {
  type InstantLike,
  isWorking,
  minutesLeftInShift,
  nextStart,
  workingMinutesAhead,
} from "./business-hours.js";
export { type Coverage, coverageAt, type OnShift, type Upcoming } from "./coverage.js";
export type { HandoverCandidate } from "./handover.js";
export type { Interval } from "./intervals.js";
export { workingIntervals } from "./schedule.js";
