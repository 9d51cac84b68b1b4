import { IncidentSchema } from "@support/policy";
import { z } from "zod";

const Instant = IncidentSchema.shape.declaredAt;

/**
 * One acknowledgement: a person says a step the vendor APIs cannot see is done. It becomes the
 * policy input field the step's rule reads (see `ACKNOWLEDGEABLE`).
 */
export const AckSchema = z
  .strictObject({
    ruleId: z.string().min(1).describe("The rule whose step was done, e.g. announce-macro."),
    ticketId: z
      .string()
      .min(1)
      .optional()
      .describe("The ticket, for a ticket-level rule (check-with-cs, leave-to-cs, …)."),
    at: Instant.describe("When it was done (the clock, or --now)."),
    by: z.string().min(1).describe("Who acknowledged it."),
    note: z.string().optional().describe("What they said about it."),
    answer: z
      .enum(["handle", "decline"])
      .optional()
      .describe("check-with-cs only: CS answered they will handle the customer, or declined."),
  })
  .describe("A step done outside the vendor APIs, acknowledged by a person.");

export type Ack = z.infer<typeof AckSchema>;

/** What names one acknowledgement: a rule, and a ticket for ticket-level rules. */
export interface AckKey {
  ruleId: string;
  ticketId?: string | undefined;
}

export const sameAck = (a: AckKey, b: AckKey): boolean =>
  a.ruleId === b.ruleId && (a.ticketId ?? "") === (b.ticketId ?? "");

/** What `add` did, when the store can say more than "kept". */
export interface AckStoreWrite {
  /** The store held this very acknowledgement already, so nothing was written. */
  unchanged?: boolean;
  /** Where it went, for people (`#team-support (workflow thread), ts 1780…`). */
  where?: string;
}

/** Who takes an acknowledgement back, and when (a store that keeps history records it). */
export interface AckUndo {
  by?: string;
  at?: string;
}

/**
 * Where acknowledgements are kept, per incident (its reference, e.g. INC-2417). `add` replaces
 * an acknowledgement with the same key; `remove` returns the one it removed.
 */
export interface AckStore {
  /** Where they are kept, for messages ("the local state file …"). */
  readonly description: string;
  /** Which kind of store it is, for machine output; a store without one is listed as `other`. */
  readonly kind?: AckSourceKind;
  list(incident: string): Promise<Ack[]>;
  // biome-ignore lint/suspicious/noConfusingVoidType: stores that say nothing more return Promise<void>.
  add(incident: string, ack: Ack): Promise<AckStoreWrite | undefined | void>;
  remove(incident: string, key: AckKey, undo?: AckUndo): Promise<Ack | undefined>;
}

export type AckSourceKind = "slack_thread" | "local_state" | "scenario" | "other";

/** One place a briefing read acknowledgements from (`brief --json`'s `acknowledgementsFrom`). */
export interface AckSource {
  store: AckSourceKind;
  /** The place in words, as the briefing's Acknowledged heading names it. */
  where: string;
  /** How many acknowledgements it held (before merging). */
  count: number;
  /** Why it could not be read; the briefing went on without it. */
  error?: string;
}
