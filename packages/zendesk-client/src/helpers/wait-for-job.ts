import { callInit, clientInfo, optionalWholeNumber, requireText } from "@support/api-core";
import type { ZendeskClient } from "../client.js";
import { JobTimeoutError } from "../errors.js";
import { unwrapField } from "../internal/unwrap-field.js";
import type { CallOptions, JobStatus } from "../types.js";

export interface WaitForJobOptions extends CallOptions {
  /** Pause between polls (default 1 000 ms). */
  pollIntervalMs?: number | undefined;
  /** Give up with `JobTimeoutError` after this long (default 300 000 ms, five minutes). */
  timeoutMs?: number | undefined;
}

const HELPER = "waitForJob";
const DEFAULT_POLL_INTERVAL_MS = 1_000;
const DEFAULT_TIMEOUT_MS = 300_000;
/** Statuses of a job that has not finished; any other status is final. */
const RUNNING = new Set(["queued", "working"]);

/**
 * Polls `GET /api/v2/job_statuses/{id}` until the job is no longer queued or working, and returns
 * its final status ("completed", "failed", "killed") with the per-record `results`. Waits on the
 * client's clock (the `now`/`sleep` client options), so tests run instantly. Given the
 * `job_status` a bulk call returned, it waits one interval before the first poll, and does not
 * poll at all when that status is already final.
 */
export async function waitForJob(
  client: ZendeskClient,
  job: string | JobStatus,
  options: WaitForJobOptions = {},
): Promise<JobStatus> {
  const interval =
    optionalWholeNumber(HELPER, "pollIntervalMs", options.pollIntervalMs, 0, 3_600_000) ??
    DEFAULT_POLL_INTERVAL_MS;
  const timeoutMs =
    optionalWholeNumber(HELPER, "timeoutMs", options.timeoutMs, 0, 86_400_000) ??
    DEFAULT_TIMEOUT_MS;
  const id = requireText(HELPER, "job", typeof job === "string" ? job : job.id);
  const { clock, baseUrl, redactor } = clientInfo(client);
  const deadline = clock.now() + timeoutMs;
  let status = typeof job === "string" ? undefined : job;
  while (status === undefined || isRunning(status)) {
    if (status !== undefined) {
      if (clock.now() >= deadline)
        throw new JobTimeoutError(id, status.status, timeoutMs, { baseUrl, redactor });
      await clock.sleep(interval, options.signal);
    }
    status = await unwrapField(
      client,
      client.GET("/api/v2/job_statuses/{job_status_id}", {
        params: { path: { job_status_id: id } },
        ...callInit(options),
      }),
      "job_status",
    );
  }
  return status;
}

function isRunning(job: JobStatus): boolean {
  return job.status === undefined || RUNNING.has(job.status);
}
