import { z } from "zod";
import { InstantOut, PersonRefSchema } from "../../details/schemas.js";
import { iso, personRef } from "../../details/words.js";
import { defineRule } from "../define-rule.js";
import { LIVE } from "../statuses.js";

export const updateMacro = defineRule({
  id: "update-macro",
  handbook: "Creating a macro for the incident",
  level: "incident",
  statuses: LIVE,
  priority: 56,
  owner: "support_watcher",
  blocking: false,
  summary: "{macroStep}",
  description:
    "When the impact changes after the macro was last edited, the macro is updated, and the Comms Lead (when assigned) is told what changed. A macro edited after the Comms Lead last saw it (shared or approved) gets the same decision to tell them what changed (notifyCommsLead); on a major or security incident the edited text also needs their fresh review before use (see comms-review-before-use).",
  conditions: {
    all: [
      { condition: "macroExists" },
      {
        any: [
          { fact: "impactChangedSinceMacroUpdate", operator: "equal", value: true },
          { fact: "macroEditedSinceComms", operator: "equal", value: true },
        ],
      },
    ],
  },
  detailsSchema: z.strictObject({
    macroId: z.string().nullable().describe("The macro's id."),
    impactChangedAt: z.string().nullable().describe("When the impact last changed."),
    macroUpdatedAt: z.string().nullable().describe("When the macro was last edited."),
    impactChanged: z
      .boolean()
      .describe("The impact changed after the macro's last update: update its text."),
    editedSinceComms: z
      .boolean()
      .describe("Edited after the Comms Lead last saw it: tell them what changed."),
    commsLastSawAt: InstantOut.nullable().describe(
      "When the Comms Lead last saw it: the later of sharing and approval.",
    ),
    notifyCommsLead: z.boolean().describe("Whether to tell the Comms Lead what changed."),
    commsLead: PersonRefSchema.nullable().describe("The Comms Lead, when assigned."),
    needsFreshReview: z
      .boolean()
      .describe(
        "On a major or security incident with a Comms Lead, the edited text needs their review before use.",
      ),
  }),
  details(s) {
    const { incident } = s;
    const commsLead = incident.roles.commsLead;
    const lastSeen = s.readings.macro.lastSeenByComms;
    return {
      macroId: incident.macro?.id ?? null,
      impactChangedAt: incident.impactChangedAt ?? null,
      macroUpdatedAt: incident.macro?.updatedAt ?? null,
      impactChanged: s.readings.macro.impactChangedSinceUpdate,
      editedSinceComms: s.readings.macro.editedSinceComms,
      commsLastSawAt: lastSeen === undefined ? null : iso(lastSeen),
      notifyCommsLead: commsLead !== undefined,
      commsLead: commsLead ? personRef(commsLead) : null,
      // On major and security incidents the Comms Lead's review covers one text: every edit needs another.
      needsFreshReview: commsLead !== undefined && s.readings.majorOrSecurity,
    };
  },
  words(s, d) {
    const who = `the Comms Lead (${d.commsLead?.name ?? "unassigned"})`;
    const review = d.needsFreshReview ? " and have them review it before it is used" : "";
    const reference = s.incident.reference;
    return {
      macroStep: d.impactChanged
        ? `Update the macro for ${reference}: the impact changed after its last update${d.commsLead ? `, then tell ${who} what changed${review}` : ""}.`
        : `Tell ${who} what changed in the macro for ${reference}: it was edited after they last saw it${review}.`,
    };
  },
});
