/**
 * Within support hours a ticket gets at most one reply decision: the first of these whose rule
 * fired. The account team's wish comes first, then talking to them, then support's own answer.
 */
export const IN_HOURS_REPLY_ORDER = [
  "leave_to_cs",
  "check_with_cs",
  "reply_after_cs_silence",
  "reply_and_loop_in_tam",
  "reply_with_macro",
  "reply_with_status_link",
] as const;

/**
 * Outside support hours these are a ticket's only reply decisions, and their conditions make
 * them exclusive: one of the two at most, and none of the in-hours ones.
 */
export const OUT_OF_HOURS_REPLIES = [
  "wait_for_support_hours",
  "escalate_to_on_call_global",
] as const;

export const replyRank = (action: string): number =>
  (IN_HOURS_REPLY_ORDER as readonly string[]).indexOf(action);
