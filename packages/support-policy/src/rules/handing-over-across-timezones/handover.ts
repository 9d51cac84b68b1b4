import { z } from "zod";
import { InstantOut, PersonRefSchema } from "../../details/schemas.js";
import { iso, personRef } from "../../details/words.js";
import { handoverTargets } from "../../time/handover.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

/** What a handover post must cover (see the handbook's handover section). */
export const HANDOVER_NOTE_CHECKLIST = [
  "state of the incident: the impact and the work under way",
  "an estimate of the related ticket count",
  "anything the incoming watcher must know",
  "what customers have been told, so answers stay consistent",
] as const;

export const handover = defineRule({
  id: "handover",
  handbook: "Handing over across timezones",
  level: "incident",
  statuses: LIVE,
  priority: 85,
  owner: "support_watcher",
  blocking: false,
  summary:
    "Hand {reference} over to {to} in the {teamChannel} workflow thread by {at}{offShiftNote}{notesNote}.",
  description:
    "When the watcher's working day ends within handoverLeadMinutes on a live incident (a break shorter than shiftBreakMaxMinutes, such as lunch, does not end it), or they are already off shift or out of office (then the handover is due now), they hand over to a colleague who is working at that moment or comes online within handoverComingOnlineMinutes after it: the one with the most working minutes ahead through the end of their working day (ties: earlier online, then name). The post covers status, ticket count, key information and what customers were told. When nobody qualifies, the target is the next person to come online and the notes must be detailed. The watcher is never their own target. Once a handover note is in the workflow thread (posted at most handoverLeadMinutes before the handover is due, or later), the handover is done.",
  conditions: {
    all: [
      { condition: "watcherAssigned" },
      {
        fact: "watcherMinutesLeft",
        operator: "lessThanInclusive",
        value: { fact: "handoverLeadMinutes" },
      },
      { fact: "handoverNotePosted", operator: "equal", value: false },
    ],
  },
  detailsSchema: z.strictObject({
    to: PersonRefSchema.extend({
      from: InstantOut.describe("When they are (or come) online for the day of the handover."),
      until: InstantOut.describe("When that working day of theirs ends."),
      minutesAhead: z
        .int()
        .describe("Their working minutes from `from` to `until`, breaks left out."),
    })
      .nullable()
      .describe(
        "Who takes over: the qualified colleague with the most working minutes ahead, else the next one to come online; null when nobody else has hours in the next three weeks.",
      ),
    at: InstantOut.describe("When to hand over: the end of the watcher's working day, or now."),
    watcherOffShift: z
      .boolean()
      .describe("The watcher is already off shift or out of office: hand over now."),
    detailedNotes: z
      .boolean()
      .describe("Nobody qualifies, so the next person starts from the notes alone."),
    noteChecklist: z.array(z.string()).describe("What the handover post must cover."),
    relatedTicketCount: z.int().describe("Queue tickets that look related, for the note."),
    channel: z.string().describe("Where to post: the team channel's workflow thread."),
  }),
  details(s) {
    const today = s.watcher?.today;
    const at = today ? today.end : s.now;
    const { qualified, nextOnline } = handoverTargets(s.roster, s.watcher?.person, at, {
      comingOnlineMinutes: s.config.handoverComingOnlineMinutes,
      shiftBreakMaxMinutes: s.config.shiftBreakMaxMinutes,
    });
    const target = qualified[0] ?? nextOnline;
    return {
      to: target
        ? {
            ...personRef(target.person),
            from: iso(target.from),
            until: iso(target.until),
            minutesAhead: target.minutesAhead,
          }
        : null,
      at: iso(at),
      watcherOffShift: s.watcher?.absence !== undefined,
      detailedNotes: qualified.length === 0,
      noteChecklist: [...HANDOVER_NOTE_CHECKLIST],
      relatedTicketCount: s.queueMatches.length,
      channel: s.config.teamChannel,
    };
  },
  due: (_, d) => d.at,
  words(s, d) {
    const absence = s.watcher?.absence;
    const nobodyNear = `nobody in support is working or comes online within ${s.config.handoverComingOnlineMinutes} minutes of the handover`;
    return {
      to: d.to?.name ?? "whoever comes online next",
      at: d.at,
      offShiftNote:
        absence === "out_of_office"
          ? " (now: the watcher is out of office)"
          : absence === "outside_working_hours"
            ? " (now: the watcher's working day is over)"
            : "",
      notesNote: !d.detailedNotes
        ? ""
        : d.to
          ? `, with detailed notes: ${nobodyNear}, and ${d.to.name} is the next to come online, at ${d.to.from}`
          : `, with detailed notes: ${nobodyNear}, and nobody has working hours in the next three weeks`,
    };
  },
});
