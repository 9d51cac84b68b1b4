import type { MergedAck } from "../acks/merge.js";
import type { AckSource } from "../acks/types.js";
import type { Snapshot } from "../snapshot.js";
import type { Briefing } from "./model.js";

/** The keys every `--json` output of an incident ends with: what was wrong, where from, when. */
export const provenance = (snapshot: Snapshot) => ({
  dataProblems: snapshot.dataProblems,
  source: snapshot.source,
  evaluatedAt: new Date(Date.parse(snapshot.now)).toISOString(),
});

/**
 * `brief --json`: the policy's evaluateIncident result, the acknowledgements merged into its
 * input and where they were read from, then the provenance keys.
 */
export const briefOutput = (
  briefing: Briefing,
  acknowledgements: readonly MergedAck[] = [],
  acknowledgementsFrom: readonly AckSource[] = [],
) => ({
  ...briefing.evaluation,
  acknowledgements,
  acknowledgementsFrom,
  ...provenance(briefing.snapshot),
});
