import { ApiError } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { JobTimeoutError } from "../errors.js";
import { requireIds, requireTags } from "../internal/arguments.js";
import { chunks } from "../internal/chunks.js";
import { jobOutcome, type TicketFailure } from "../internal/job-results.js";
import { signalInit } from "../internal/signal.js";
import { unwrapField } from "../internal/unwrap-field.js";
import { type WaitForJobOptions, waitForJob } from "./wait-for-job.js";

export type { TicketFailure } from "../internal/job-results.js";

/** Zendesk's limit on tickets per `update_many` request. */
export const UPDATE_MANY_LIMIT = 100;

/** One `update_many` request and the job that carried it out. */
export interface TagBatch {
  ticketIds: number[];
  /** Absent when the request itself failed. */
  jobId?: string | undefined;
  /** The job's final status ("completed", "failed", …), or "timeout" / "request_failed". */
  status: string;
  updated: number[];
  failed: TicketFailure[];
}

export interface TagTicketsResult {
  tags: string[];
  /** Tickets Zendesk reported as updated, in the order given. */
  updated: number[];
  /** Every other ticket, with the reason; tagging them again is safe. */
  failed: TicketFailure[];
  batches: TagBatch[];
}

export interface TagTicketsOptions extends WaitForJobOptions {
  /** Called after each batch finishes (for progress output). */
  onBatch?: ((batch: TagBatch, index: number, total: number) => void) | undefined;
}

const HELPER = "tagTickets";

/**
 * Adds `tags` to every ticket in `ticketIds`, keeping their other tags: `PUT
 * /api/v2/tickets/update_many?ids=…` with `additional_tags`, 100 tickets per request, each
 * request's job followed to the end (`waitForJob`) before the next starts, so at most one of
 * the account's limited job slots is used. A failed request or job does not stop the others:
 * the result says which tickets were updated and why the rest were not. Only bad arguments and
 * an aborted `signal` throw.
 */
export async function tagTickets(
  client: ZendeskClient,
  ticketIds: readonly number[],
  tags: readonly string[],
  options: TagTicketsOptions = {},
): Promise<TagTicketsResult> {
  const ids = requireIds(HELPER, "ticketIds", ticketIds);
  const additional_tags = requireTags(HELPER, "tags", tags);
  const groups = chunks(ids, UPDATE_MANY_LIMIT);
  const batches: TagBatch[] = [];
  for (const [index, group] of groups.entries()) {
    const batch = await tagBatch(client, group, additional_tags, options);
    batches.push(batch);
    options.onBatch?.(batch, index, groups.length);
  }
  return {
    tags: additional_tags,
    updated: batches.flatMap((b) => b.updated),
    failed: batches.flatMap((b) => b.failed),
    batches,
  };
}

async function tagBatch(
  client: ZendeskClient,
  ticketIds: number[],
  additional_tags: string[],
  options: TagTicketsOptions,
): Promise<TagBatch> {
  let jobId: string | undefined;
  try {
    const submitted = await unwrapField(
      client,
      client.api.PUT("/api/v2/tickets/update_many", {
        params: { query: { ids: ticketIds.join(",") } },
        body: { ticket: { additional_tags } },
        ...signalInit(options),
      }),
      "job_status",
    );
    jobId = submitted.id;
    const job = await waitForJob(client, submitted, options);
    return { ticketIds, jobId, status: job.status ?? "unknown", ...jobOutcome(job, ticketIds) };
  } catch (error) {
    const reason = failureOf(error);
    if (reason === undefined) throw error;
    const { status, ...why } = reason;
    const failed = ticketIds.map((ticketId) => ({ ticketId, ...why, jobId }));
    return { ticketIds, jobId, status, updated: [], failed };
  }
}

/** How a batch-wide failure is reported, or `undefined` for errors that must propagate. */
function failureOf(error: unknown): { status: string; error: string; details: string } | undefined {
  if (error instanceof JobTimeoutError) {
    return { status: "timeout", error: "JobTimeout", details: error.message };
  }
  if (error instanceof ApiError) {
    const code = error.code ?? (error.status ? `HTTP ${error.status}` : error.name);
    return { status: "request_failed", error: code, details: error.message };
  }
  return undefined;
}
