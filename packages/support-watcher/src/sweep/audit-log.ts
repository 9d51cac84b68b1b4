import { type FileHandle, mkdir, open } from "node:fs/promises";
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
  /** `<system>:<type>/<id>`, e.g. `zendesk:ticket/48190`, `zendesk:macro/36002418`. */
  target: string;
  /** `ok`; `already_done` (found done when re-checked); `failed`. */
  result: "ok" | "already_done" | "failed";
  detail?: Record<string, unknown>;
  error?: string;
}

export interface AuditLog {
  readonly path: string;
  append(entry: Omit<AuditEntry, "time">): Promise<void>;
  close(): Promise<void>;
}

/**
 * Appends JSON lines, one per write, as each write ends, so an interrupted run loses nothing.
 * Each line is passed through `redact` (the CLI's one redactor) before it is written.
 * The file is opened once in append mode. Lines are written one after another, in the order
 * `append` was called: parallel writes to one handle run on different threads and could land
 * in either order.
 */
export function auditLog(
  path: string,
  now: () => Date,
  redact: (text: string) => string,
): AuditLog {
  let file: Promise<FileHandle> | undefined;
  let written: Promise<unknown> = Promise.resolve();
  const handle = () => {
    file ??= mkdir(dirname(path), { recursive: true }).then(() => open(path, "a"));
    return file;
  };
  return {
    path,
    append(entry) {
      const line: AuditEntry = { time: now().toISOString(), ...entry };
      const write = written.then(async () => {
        // Errors and job details are vendor text and may quote a credential.
        await (await handle()).write(redact(`${JSON.stringify(line)}\n`));
      });
      // A failed line is reported to its caller; the lines after it are still attempted.
      written = write.catch(() => {});
      return write;
    },
    async close() {
      await written;
      // A file that could not be opened was reported to every append; there is nothing to close.
      const opened = await file?.catch(() => undefined);
      await opened?.close();
      file = undefined;
    },
  };
}
