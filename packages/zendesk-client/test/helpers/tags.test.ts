import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  InvalidArgumentError,
  type JobStatus,
  JobTimeoutError,
  tagTicket,
  tagTickets,
  waitForJob,
} from "../../src/index.js";
import {
  apiErrorOf,
  BASE,
  checkNockScopes,
  contract,
  testClient,
  zendeskError,
} from "../support.js";

checkNockScopes();

const TAG_BODY = { ticket: { additional_tags: ["incident/42"] } };
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

const job = (id: string, status: string, results?: JobStatus["results"], message?: string) => ({
  job_status: {
    id,
    job_type: "Bulk Update",
    status,
    url: `${BASE}/api/v2/job_statuses/${id}`,
    ...(results !== undefined && { results }),
    ...(message !== undefined && { message }),
  },
});
const updated = (ids: number[]) =>
  ids.map((id) => ({ id, action: "update", success: true, status: "Updated" }));
const failedEntry = (id: number) => ({
  id,
  action: "update",
  success: false,
  error: "PermissionDenied",
  details: "You cannot update this ticket",
});

/** Replies to PUT update_many with a queued job, checking the request body against the document. */
function acceptBatch(scope: nock.Scope, ids: number[], jobId: string, log: string[] = []) {
  const reply = contract.reply("put", "/api/v2/tickets/update_many", 200, job(jobId, "queued"));
  return scope
    .put("/api/v2/tickets/update_many", TAG_BODY)
    .query({ ids: ids.join(",") })
    .reply((request: Request) => {
      log.push(`PUT ${ids[0]}..${ids.at(-1)}`);
      return reply(request);
    });
}

/** Answers `times` polls of a job with `body`, checked against the document. */
function jobPoll(
  scope: nock.Scope,
  jobId: string,
  body: ReturnType<typeof job>,
  { log = [] as string[], times = 1 } = {},
) {
  const fixture = contract.fixture("get", "/api/v2/job_statuses/{job_status_id}", 200, body);
  return scope
    .get(`/api/v2/job_statuses/${jobId}`)
    .times(times)
    .reply(() => {
      log.push(`GET ${jobId} ${body.job_status.status}`);
      return [200, fixture];
    });
}

/** 250 ids as jobs of 100, 100 and 50, each polled once "working" then "completed"; returns the log. */
function acceptJobsFor250Tickets(): string[] {
  const log: string[] = [];
  const scope = nock(BASE);
  for (const [i, ids] of [range(1, 100), range(101, 200), range(201, 250)].entries()) {
    acceptBatch(scope, ids, `job-${i}`, log);
    jobPoll(scope, `job-${i}`, job(`job-${i}`, "working"), { log });
    jobPoll(scope, `job-${i}`, job(`job-${i}`, "completed", updated(ids)), { log });
  }
  return log;
}

describe("tagTickets: update_many in batches of 100, following each job", () => {
  it("sends 250 ids as 100, 100 and 50, polling each job to completion before the next", async () => {
    const client = testClient();
    const log = acceptJobsFor250Tickets();
    const progress: string[] = [];
    const result = await tagTickets(client, range(1, 250), ["incident/42"], {
      onBatch: (batch, index, total) => progress.push(`${index + 1}/${total} ${batch.status}`),
    });

    expect(result.updated).toEqual(range(1, 250));
    expect(result.failed).toEqual([]);
    expect(result.batches.map((b) => [b.jobId, b.ticketIds.length, b.status])).toEqual([
      ["job-0", 100, "completed"],
      ["job-1", 100, "completed"],
      ["job-2", 50, "completed"],
    ]);
    expect(log).toEqual([
      "PUT 1..100",
      "GET job-0 working",
      "GET job-0 completed",
      "PUT 101..200",
      "GET job-1 working",
      "GET job-1 completed",
      "PUT 201..250",
      "GET job-2 working",
      "GET job-2 completed",
    ]);
    expect(progress).toEqual(["1/3 completed", "2/3 completed", "3/3 completed"]);
    expect(client.slept).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
  });

  it("runs up to `concurrency` jobs at once: 250 ids in the same 3 requests, never 3 jobs in flight", async () => {
    const client = testClient();
    const log = acceptJobsFor250Tickets();
    const finished: string[] = [];
    const result = await tagTickets(client, range(1, 250), ["incident/42"], {
      concurrency: 2,
      onBatch: (_batch, index, total) => finished.push(`${index + 1}/${total}`),
    });

    expect(log.filter((line) => line.startsWith("PUT"))).toEqual([
      "PUT 1..100",
      "PUT 101..200",
      "PUT 201..250",
    ]);
    // A job is in flight from its update_many request until a poll finds it completed.
    let inFlight = 0;
    let most = 0;
    for (const line of log) {
      if (line.startsWith("PUT")) most = Math.max(most, ++inFlight);
      if (line.endsWith("completed")) inFlight--;
    }
    expect(most).toBe(2);
    expect(result.updated).toEqual(range(1, 250));
    expect(result.batches.map((b) => [b.jobId, b.ticketIds.length])).toEqual([
      ["job-0", 100],
      ["job-1", 100],
      ["job-2", 50],
    ]);
    expect(finished.sort()).toEqual(["1/3", "2/3", "3/3"]);
    expect(client.slept).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
  });

  it.each([0, 11, 1.5, "2"])("refuses concurrency %j before any request", async (concurrency) => {
    await expect(
      tagTickets(testClient(), [1], ["incident/42"], { concurrency: concurrency as number }),
    ).rejects.toThrow(
      new InvalidArgumentError(
        "tagTickets",
        `"concurrency" must be a whole number from 1 to 10, got ${JSON.stringify(concurrency)}`,
      ),
    );
  });

  it("reports which tickets a failed job did not update, and why", async () => {
    const scope = nock(BASE);
    acceptBatch(scope, [1, 2, 3], "job-f");
    jobPoll(
      scope,
      "job-f",
      job("job-f", "failed", [...updated([1]), failedEntry(2)], "Job was interrupted"),
    );
    const result = await tagTickets(testClient(), [1, 2, 3], ["incident/42"]);
    expect(result.updated).toEqual([1]);
    expect(result.failed).toEqual([
      {
        ticketId: 2,
        error: "PermissionDenied",
        details: "You cannot update this ticket",
        jobId: "job-f",
      },
      { ticketId: 3, error: "JobFailed", details: "Job was interrupted", jobId: "job-f" },
    ]);
    expect(result.batches[0]?.status).toBe("failed");
  });

  it("counts a ticket a completed job did not mention as not updated", async () => {
    const scope = nock(BASE);
    acceptBatch(scope, [7, 8], "job-c");
    jobPoll(scope, "job-c", job("job-c", "completed", updated([7])));
    const result = await tagTickets(testClient(), [7, 8], ["incident/42"]);
    expect(result.updated).toEqual([7]);
    expect(result.failed).toMatchObject([{ ticketId: 8, error: "NotReported" }]);
  });

  it("records a refused batch and carries on with the next one", async () => {
    const scope = nock(BASE);
    scope
      .put("/api/v2/tickets/update_many")
      .query({ ids: range(1, 100).join(",") })
      .reply(403, ...zendeskError("Forbidden", "You do not have access", "req-403"));
    acceptBatch(scope, [101], "job-2");
    jobPoll(scope, "job-2", job("job-2", "completed", updated([101])));
    const result = await tagTickets(testClient(), range(1, 101), ["incident/42"]);
    expect(result.updated).toEqual([101]);
    expect(result.failed).toHaveLength(100);
    expect(result.failed[0]).toMatchObject({ ticketId: 1, error: "Forbidden" });
    expect(result.failed[0]?.details).toContain("HTTP 403");
    expect(JSON.stringify(result)).not.toContain("zd_token");
    expect(result.batches.map((b) => b.status)).toEqual(["request_failed", "completed"]);
  });

  it("gives up on a job that outlives timeoutMs and reports its tickets as timed out", async () => {
    const client = testClient();
    const scope = nock(BASE);
    acceptBatch(scope, [5], "job-slow");
    jobPoll(scope, "job-slow", job("job-slow", "working"), { times: 3 });
    const result = await tagTickets(client, [5], ["incident/42"], {
      pollIntervalMs: 1000,
      timeoutMs: 3000,
    });
    expect(result.failed).toMatchObject([{ ticketId: 5, error: "JobTimeout", jobId: "job-slow" }]);
    expect(result.batches[0]?.status).toBe("timeout");
    expect(client.slept).toEqual([1000, 1000, 1000]);
  });

  it("stops when the caller aborts, instead of reporting the abort as a failure", async () => {
    const controller = new AbortController();
    const scope = nock(BASE);
    acceptBatch(scope, [5], "job-a");
    scope.get("/api/v2/job_statuses/job-a").reply(() => {
      controller.abort(new Error("stopped by the user"));
      return [
        200,
        contract.fixture(
          "get",
          "/api/v2/job_statuses/{job_status_id}",
          200,
          job("job-a", "working"),
        ),
      ];
    });
    await expect(
      tagTickets(testClient(), [5], ["incident/42"], { signal: controller.signal }),
    ).rejects.toThrow("stopped by the user");
  });

  it.each([
    [[], ["incident/42"], /"ticketIds" must be a non-empty array/],
    [[1, 0], ["incident/42"], /"ticketIds\[1\]" must be a positive whole number id/],
    [[1], [], /"tags" must be a non-empty array/],
    [[1], ["incident 42"], /"tags\[0\]" must be a tag without spaces/],
  ])("rejects ids %j with tags %j before any request", async (ids, tags, message) => {
    await expect(tagTickets(testClient(), ids, tags)).rejects.toThrow(message);
  });
});

describe("waitForJob", () => {
  it("polls a job id at once and returns the final status with its results", async () => {
    const client = testClient();
    const scope = nock(BASE);
    jobPoll(scope, "j1", job("j1", "queued"));
    jobPoll(scope, "j1", job("j1", "completed", updated([1])));
    const done = await waitForJob(client, "j1", { pollIntervalMs: 250 });
    expect(done).toMatchObject({ id: "j1", status: "completed", results: updated([1]) });
    expect(client.slept).toEqual([250]);
  });

  it("does not poll a job status that is already final", async () => {
    const finished = job("j2", "completed", updated([1])).job_status;
    expect(await waitForJob(testClient(), finished)).toBe(finished);
  });

  it("throws JobTimeoutError naming the job and its last status", async () => {
    const scope = nock(BASE);
    jobPoll(scope, "j3", job("j3", "queued"), { times: 2 });
    const error = await waitForJob(testClient(), "j3", { timeoutMs: 1000 }).catch((e) => e);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({ jobId: "j3", jobStatus: "queued", timeoutMs: 1000 });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      vendor: "Zendesk",
      method: "GET",
      url: `${BASE}/api/v2/job_statuses/j3`,
      code: "job_timeout",
    });
  });

  it("turns an expired job into an ApiError", async () => {
    nock(BASE)
      .get("/api/v2/job_statuses/old")
      .reply(404, ...zendeskError("RecordNotFound", "Not found", "req-job"));
    const error = await apiErrorOf(waitForJob(testClient(), "old"));
    expect(error).toMatchObject({ status: 404, code: "RecordNotFound", requestId: "req-job" });
  });
});

describe("tagTicket: PUT /api/v2/tickets/{id}/tags", () => {
  it("adds tags and returns every tag the ticket now has", async () => {
    nock(BASE)
      .put("/api/v2/tickets/4711/tags", { tags: ["incident/42"] })
      .reply(
        contract.reply("put", "/api/v2/tickets/{ticket_id}/tags", 200, {
          tags: ["checkout", "incident/42"],
        }),
      );
    expect(await tagTicket(testClient(), 4711, ["incident/42"])).toEqual([
      "checkout",
      "incident/42",
    ]);
  });

  it("makes the update conditional when given the ticket's updated_at, and surfaces the 409", async () => {
    nock(BASE)
      .put("/api/v2/tickets/4711/tags", {
        tags: ["incident/42"],
        updated_stamp: "2026-03-01T12:04:00Z",
        safe_update: true,
      })
      .reply(409, ...zendeskError("UpdateConflict", "Ticket was updated", "req-409"));
    const error = await apiErrorOf(
      tagTicket(testClient(), 4711, ["incident/42"], { updatedStamp: "2026-03-01T12:04:00Z" }),
    );
    expect(error).toMatchObject({ status: 409, code: "UpdateConflict", requestId: "req-409" });
  });
});
