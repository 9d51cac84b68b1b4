import {
  ApiError,
  callInit,
  clientInfo,
  mapConcurrent,
  optionalWholeNumber,
  requireIds,
} from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { JobTimeoutError } from "../errors.js";
import { requireTags } from "../internal/arguments.js";
import { chunks } from "../internal/chunks.js";
import { jobOutcome, type TicketFailure } from "../internal/job-results.js";
import { unwrapField } from "../internal/unwrap-field.js";
import { type WaitForJobOptions, waitForJob } from "./wait-for-job.js";

export type { TicketFailure } from "../internal/job-results.js";

/** Zendesk's limit on tickets per `update_many` request. */
export const UPDATE_MANY_LIMIT = 100;

/**
 * Zendesk's job limit: at most 30 background jobs queued or running per account at a time,
 * shared by every integration and bulk action on it; more are refused with 429.
 */
export const ZENDESK_JOB_LIMIT = 30;

/** The most `update_many` jobs one `tagTickets` call runs at once: a third of the job limit. */
export const TAG_TICKETS_MAX_CONCURRENCY = 10;

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
  /**
   * Jobs run at once, each followed to its end before its slot takes the next batch: 1 (the
   * default) to `TAG_TICKETS_MAX_CONCURRENCY`. Every job holds one of the account's
   * `ZENDESK_JOB_LIMIT` slots while queued or running.
   */
  concurrency?: number | undefined;
  /** Called after each batch finishes (for progress output); `index` is the batch's position. */
  onBatch?: ((batch: TagBatch, index: number, total: number) => void) | undefined;
}

const HELPER = "tagTickets";

/**
 * Adds `tags` to every ticket in `ticketIds`, keeping their other tags: `PUT
 * /api/v2/tickets/update_many?ids=…` with `additional_tags`, 100 tickets per request, each
 * request's job followed to the end (`waitForJob`) before that slot sends the next, so at most
 * `concurrency` (default 1) of the account's limited job slots are used. A failed request or
 * job does not stop the others: the result says which tickets were updated and why the rest
 * were not. Only bad arguments and an aborted `signal` throw.
 */
export async function tagTickets(
  client: ZendeskClient,
  ticketIds: readonly number[],
  tags: readonly string[],
  options: TagTicketsOptions = {},
): Promise<TagTicketsResult> {
  const ids = requireIds(HELPER, "ticketIds", ticketIds);
  const additional_tags = requireTags(HELPER, "tags", tags);
  const concurrency =
    optionalWholeNumber(
      HELPER,
      "concurrency",
      options.concurrency,
      1,
      TAG_TICKETS_MAX_CONCURRENCY,
    ) ?? 1;
  const groups = chunks(ids, UPDATE_MANY_LIMIT);
  const batches = await mapConcurrent(groups, concurrency, async (group, index) => {
    const batch = await tagBatch(client, group, additional_tags, options);
    options.onBatch?.(batch, index, groups.length);
    return batch;
  });
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
      client.PUT("/api/v2/tickets/update_many", {
        params: { query: { ids: ticketIds.join(",") } },
        body: { ticket: { additional_tags } },
        ...callInit(options),
      }),
      "job_status",
    );
    jobId = submitted.id;
    const job = await waitForJob(client, submitted, options);
    // Job results are vendor text and may quote what was sent: scrub them like an error.
    const { updated, failed } = jobOutcome(job, ticketIds);
    const { redactor } = clientInfo(client);
    const scrubbed = failed.map((failure) => ({
      ...failure,
      error: redactor.text(failure.error),
      ...(failure.details !== undefined && { details: redactor.text(failure.details) }),
    }));
    return { ticketIds, jobId, status: job.status ?? "unknown", updated, failed: scrubbed };
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
