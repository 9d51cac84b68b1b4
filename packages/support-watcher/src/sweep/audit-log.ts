import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";

export type AuditAction =
  | "attach_ticket"
  | "add_tag"
  | "create_macro"
  | "post_resolution_notice"
  | "delete_macro";

/** One line of the audit log: one write, what it touched and how it ended. */
export interface AuditEntry {
  time: string;
  incident: string;
  action: AuditAction;
  /** `<system>:<type>/<id>`, e.g. `zendesk:ticket/48190`, `incident.io:incident/01JX…`. */
  target: string;
  /** `ok`; `already_done` (found done when re-checked); `failed`. */
  result: "ok" | "already_done" | "failed";
  detail?: Record<string, unknown>;
  error?: string;
}

export interface AuditLog {
  readonly path: string;
  append(entry: Omit<AuditEntry, "time">): Promise<void>;
}

/** Appends JSON lines, one per write, as each write ends (so an interrupted run loses nothing). */
export function auditLog(path: string, now: () => Date): AuditLog {
  let ready: Promise<unknown> | undefined;
  return {
    path,
    async append(entry) {
      ready ??= mkdir(dirname(path), { recursive: true });
      await ready;
      const line: AuditEntry = { time: now().toISOString(), ...entry };
      await appendFile(path, `${JSON.stringify(line)}\n`);
    },
  };
}
