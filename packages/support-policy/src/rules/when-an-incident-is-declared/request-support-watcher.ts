import { z } from "zod";
import { InstantOut, PersonRefSchema } from "../../details/schemas.js";
import { iso, listWords, personRef } from "../../details/words.js";
import { minutesBetween } from "../../situation/incident-state.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

const MINUTE = 60_000;

/** The handbook's steps for picking up an incident from a previous timezone, in our words. */
export const pickUpChecklist = (
  teamChannel: string,
  note: { at: string; url: string | null } | null = null,
): string[] => [
  note
    ? `read the handover note the previous watcher left in the ${teamChannel} workflow thread at ${note.at}${note.url ? ` (${note.url})` : ""}`
    : `read the handover notes the previous watcher left in the ${teamChannel} workflow thread`,
  note
    ? `catch up on what the incident channel has said since ${note.at}`
    : "catch up on what the incident channel has said since those notes",
  `reply in the ${teamChannel} workflow thread the incident began with to raise your hand, unless you already have, and join the incident channel to take the Support Watcher role`,
];

/** Who should raise a hand: the ones who did, else anyone around, pressed once the wait is long. */
function volunteerHint(d: { escalated: boolean; handsRaised: readonly { name: string }[] }) {
  const names = [...new Set(d.handsRaised.map((raise) => raise.name))];
  if (names.length === 1) {
    return `${names[0]} raised their hand in the workflow thread and takes the role by joining the incident channel; nobody else needs to volunteer`;
  }
  if (names.length > 1) {
    return `${listWords(names)} raised hands in the workflow thread and one of them takes the role by joining the incident channel; nobody else needs to volunteer`;
  }
  return d.escalated
    ? "nobody has volunteered yet, so anyone around should raise their hand now"
    : "whoever is free can raise their hand";
}

export const requestSupportWatcher = defineRule({
  id: "request-support-watcher",
  handbook: "When an incident is declared",
  level: "incident",
  statuses: LIVE,
  priority: 95,
  owner: "support_team",
  blocking: false,
  summary:
    "{reference} needs a Support Watcher{pickUpNote}: {volunteerHint} in {teamChannel} (in working hours now: {candidateNames}).",
  description:
    "While a live incident has no Support Watcher, or its watcher is off shift or out of office, and someone in support is within working hours, the team is asked for a volunteer. Candidates are listed with the most working time left first; once volunteerAfterMinutes have passed since the request (or since an absent watcher went off), anyone around is expected to volunteer, unless someone raised their hand in the workflow thread since then: they are named and take the role. Picking up from an absent watcher comes with the handbook's pickup steps: read their notes (the newest one, when the thread has any), catch up on the incident channel since, and raise a hand in the workflow thread the incident began with.",
  conditions: {
    all: [{ condition: "needsWatcher" }, { condition: "withinSupportHours" }],
  },
  detailsSchema: z.strictObject({
    candidates: z
      .array(
        PersonRefSchema.extend({
          minutesLeft: z.int().describe("Working minutes left in their current stretch."),
          until: InstantOut.describe("When their current stretch of work ends."),
        }),
      )
      .describe("Who in support is within working hours now, most working time left first."),
    escalated: z
      .boolean()
      .describe(
        "volunteerAfterMinutes have passed since the wait began: anyone around should raise their hand now.",
      ),
    requestedAt: InstantOut.describe(
      "When the wait for a volunteer began: the watcher request (else the declaration), or when an absent watcher went off, whichever is later.",
    ),
    channel: z.string().describe("Where to raise a hand: the team channel's workflow thread."),
    handsRaised: z
      .array(
        z.strictObject({
          name: z.string().describe("Who raised their hand."),
          at: InstantOut.describe("When."),
        }),
      )
      .describe(
        "Hands raised in the workflow thread since the wait began, earliest first: one of them takes the role.",
      ),
    pickUp: z
      .strictObject({
        previousWatcher: PersonRefSchema.describe("The assigned watcher who is absent."),
        handoverNote: z
          .strictObject({
            at: InstantOut.describe("When it was posted."),
            by: z.string().nullable().describe("Who posted it, when known."),
            url: z.string().nullable().describe("A link to it, when known."),
          })
          .nullable()
          .describe("The newest handover note in the workflow thread; null when none was posted."),
        checklist: z.array(z.string()).describe("The handbook's steps for picking up."),
      })
      .nullable()
      .describe("Set when the assigned watcher is off shift or out of office; else null."),
    watcherAbsence: z
      .enum(["out_of_office", "outside_working_hours"])
      .nullable()
      .describe("Why the assigned watcher is absent; null when none is assigned or they are here."),
    watcherOffSince: InstantOut.nullable().describe(
      "When the absent watcher's last working day ended, if within the schedule; else null.",
    ),
  }),
  details(s) {
    // Picking up from an absent watcher: the wait for a volunteer starts when they went off.
    const requestedAt = s.volunteerRequestedAt;
    const watcher = s.watcher;
    const absent = watcher?.absence !== undefined;
    const note = s.readings.handoverNote;
    return {
      candidates: s.coverage.working.map((entry) => ({
        ...personRef(entry.person),
        minutesLeft: entry.minutesLeft,
        until: entry.until,
      })),
      // A hand already raised: nobody else needs to be pressed to volunteer.
      escalated:
        s.handsRaised.length === 0 &&
        minutesBetween(requestedAt, s.now) >= s.config.volunteerAfterMinutes,
      requestedAt: iso(requestedAt),
      channel: s.config.teamChannel,
      handsRaised: s.handsRaised.map((raise) => ({ ...raise })),
      pickUp:
        watcher && absent
          ? {
              previousWatcher: personRef(watcher.person),
              handoverNote: note && { ...note },
              checklist: pickUpChecklist(s.config.teamChannel, note),
            }
          : null,
      watcherAbsence: watcher?.absence ?? null,
      watcherOffSince: watcher?.offSince === undefined ? null : iso(watcher.offSince),
    };
  },
  due: (s, d) =>
    d.escalated || d.handsRaised.length > 0
      ? undefined
      : iso(Date.parse(d.requestedAt) + s.config.volunteerAfterMinutes * MINUTE),
  words: (_, d) => ({
    volunteerHint: volunteerHint(d),
    candidateNames: listWords(d.candidates.map((candidate) => candidate.name)),
    pickUpNote: d.pickUp
      ? ` to pick it up from ${d.pickUp.previousWatcher.name}, who ${
          d.watcherAbsence === "out_of_office" ? "is out of office" : "is off shift"
        }`
      : "",
  }),
});
