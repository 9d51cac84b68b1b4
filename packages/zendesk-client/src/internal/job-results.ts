import type { JobStatus } from "../types.js";

/** Why one ticket of a bulk update was not changed. */
export interface TicketFailure {
  ticketId: number;
  /**
   * Zendesk's error for this ticket, or why its whole batch failed: `JobFailed`/`JobKilled`
   * (the job ended without reporting the ticket), `NotReported` (a completed job did not
   * mention it), `JobTimeout`, or the request's error code (`HTTP 500` when there was none).
   */
  error: string;
  details?: string | undefined;
  /** The job that handled the ticket, when one was started. */
  jobId?: string | undefined;
}

interface ResultEntry {
  id?: number;
  success?: boolean;
  error?: string;
  details?: string;
}

/**
 * Splits a finished job's tickets into updated and failed. A ticket counts as updated only
 * when the job reports it as a success; anything unreported is a failure, so re-running the
 * bulk update for the failed ones is always safe and never skips a ticket.
 */
export function jobOutcome(
  job: JobStatus,
  ticketIds: readonly number[],
): { updated: number[]; failed: TicketFailure[] } {
  const jobId = job.id;
  const reported = new Map<number, ResultEntry>();
  if (Array.isArray(job.results)) {
    for (const entry of job.results as ResultEntry[]) {
      if (typeof entry?.id === "number") reported.set(entry.id, entry);
    }
  }
  const wholeJobSucceeded =
    job.status === "completed" && !Array.isArray(job.results) && job.results?.success === true;
  const updated: number[] = [];
  const failed: TicketFailure[] = [];
  for (const ticketId of ticketIds) {
    const entry = reported.get(ticketId);
    if ((entry && entry.success !== false && entry.error === undefined) || wholeJobSucceeded) {
      updated.push(ticketId);
    } else if (entry) {
      failed.push({ ticketId, error: entry.error ?? "Failed", details: entry.details, jobId });
    } else {
      failed.push({ ticketId, ...unreported(job), jobId });
    }
  }
  return { updated, failed };
}

function unreported(job: JobStatus): { error: string; details?: string | undefined } {
  if (job.status === "completed") {
    return { error: "NotReported", details: "the completed job did not report this ticket" };
  }
  const status = job.status ?? "unknown";
  return {
    error: `Job${status.charAt(0).toUpperCase()}${status.slice(1)}`,
    details: job.message ?? undefined,
  };
}
