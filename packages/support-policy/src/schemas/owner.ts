import { z } from "zod";

/** Who a decision asks to act. */
export const OWNERS = [
  "support_team",
  "support_watcher",
  "incident_lead",
  "comms_lead",
  "tam_csm",
  "on_call_global",
] as const;
export const OwnerSchema = z
  .enum(OWNERS)
  .describe(
    "Who acts: the support team, the Support Watcher, the incident lead, the Comms Lead, the customer's TAM/CSM, or the engineering on-call.",
  );
export type Owner = z.infer<typeof OwnerSchema>;
