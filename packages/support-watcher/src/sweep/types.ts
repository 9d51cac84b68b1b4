import type { Progress } from "../commands/progress.js";
import type { Vendors } from "../vendors/clients.js";
import type { AuditAction, AuditEntry, AuditLog } from "./audit-log.js";

/** What applying a sweep needs from outside. */
export interface ApplyDeps {
  vendors: Vendors;
  audit: AuditLog;
  progress: Progress;
}

/** Records one write's end in the audit log and the outcome. */
export type Recorder = (
  action: AuditAction,
  target: string,
  result: AuditEntry["result"],
  extra?: { detail?: Record<string, unknown>; error?: unknown },
) => Promise<void>;

export const ticketTarget = (id: string): string => `zendesk:ticket/${id}`;
