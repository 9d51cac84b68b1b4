import { mapConcurrent } from "@support/api-core";
import { attachZendeskTicket } from "@support/incidentio-client";
import { ApiError, deleteMacro, tagTickets as tagManyTickets } from "@support/zendesk-client";
import type { WatcherConfig } from "../config/schema.js";
import type { LiveState } from "../live/load.js";
import type { AuditAction, AuditEntry } from "./audit-log.js";
import { draftMacro } from "./macro-draft.js";
import { notifyTickets } from "./notices.js";
import type { SweepPlan } from "./plan.js";
import { type ApplyDeps, type Recorder, ticketTarget } from "./types.js";

export type { ApplyDeps } from "./types.js";

export interface WriteOutcome {
  action: AuditAction;
  target: string;
  result: AuditEntry["result"];
  error?: string;
}

export interface SweepOutcome {
  done: WriteOutcome[];
  failed: WriteOutcome[];
}

const message = (error: unknown) =>
  error instanceof ApiError
    ? `${error.vendor} ${error.status === undefined ? "gave no response" : `HTTP ${error.status}`}: ${error.message}`
    : error instanceof Error
      ? error.message
      : String(error);

/**
 * Performs a plan's writes, each recorded in the audit log as it ends. A failed write does not
 * stop the others: the outcome lists what was done and what was not, and re-running the sweep
 * (which re-reads the state) picks up exactly what is missing.
 */
export async function applySweep(
  plan: SweepPlan,
  state: LiveState,
  config: WatcherConfig,
  deps: ApplyDeps,
): Promise<SweepOutcome> {
  const outcome: SweepOutcome = { done: [], failed: [] };
  const record: Recorder = async (action, target, result, extra = {}) => {
    const error = extra.error === undefined ? undefined : message(extra.error);
    await deps.audit.append({
      incident: plan.incident.reference,
      action,
      target,
      result,
      ...(extra.detail && { detail: extra.detail }),
      ...(error && { error }),
    });
    const entry = { action, target, result, ...(error && { error }) };
    (result === "failed" ? outcome.failed : outcome.done).push(entry);
  };
  try {
    await writeAll(plan, state, config, deps, record);
  } finally {
    await deps.audit.close();
    deps.progress.done();
  }
  return outcome;
}

async function writeAll(
  plan: SweepPlan,
  state: LiveState,
  config: WatcherConfig,
  deps: ApplyDeps,
  record: Recorder,
) {
  await tagTickets(plan, config, deps, record);
  await attachTickets(plan, state, config, deps, record);
  if (plan.createMacro) await draftMacro(plan, state, deps, record);
  await notifyTickets(plan, state, config, deps, record);
  if (plan.deleteMacro) {
    const target = `zendesk:macro/${plan.deleteMacro.id}`;
    const detail = { title: plan.deleteMacro.title };
    try {
      const deleted = await deleteMacro(deps.vendors.zendesk(), Number(plan.deleteMacro.id));
      await record("delete_macro", target, deleted ? "ok" : "already_done", { detail });
    } catch (error) {
      await record("delete_macro", target, "failed", { detail, error });
    }
  }
}

/**
 * Tags the related tickets with the client's `tagTickets`: update_many, 100 tickets per job,
 * `sweep.tagConcurrency` jobs at a time, each followed to its end before its slot takes the
 * next batch. Each ticket's result is logged as its batch ends.
 */
async function tagTickets(
  plan: SweepPlan,
  config: WatcherConfig,
  deps: ApplyDeps,
  record: Recorder,
) {
  const target = ticketTarget;
  const ids = plan.tagBatches.flat();
  if (ids.length === 0) return;
  const pending: Promise<void>[] = [];
  let finished = 0;
  await tagManyTickets(deps.vendors.zendesk(), ids.map(Number), [plan.tag], {
    concurrency: config.sweep.tagConcurrency,
    pollIntervalMs: config.sweep.jobPollMs,
    onBatch: (batch) => {
      const detail = { tag: plan.tag, ...(batch.jobId && { job: batch.jobId }) };
      for (const id of batch.updated)
        pending.push(record("add_tag", target(String(id)), "ok", { detail }));
      for (const failure of batch.failed) {
        const error = new Error(`${failure.error}: ${failure.details}`);
        pending.push(
          record("add_tag", target(String(failure.ticketId)), "failed", { detail, error }),
        );
      }
      finished += batch.ticketIds.length;
      deps.progress.count(`tagged ${plan.tag}`, finished, ids.length);
    },
  });
  await Promise.all(pending);
}

/**
 * Attaches the related tickets with the client's `attachZendeskTicket`, given the attachments
 * read at the start so it makes one request per ticket instead of looking each one up first;
 * a create refused because someone attached the ticket meanwhile counts as already done.
 */
async function attachTickets(
  plan: SweepPlan,
  state: LiveState,
  config: WatcherConfig,
  deps: ApplyDeps,
  record: Recorder,
) {
  if (plan.attach.length === 0) return;
  const incidentIo = deps.vendors.incidentIo();
  const knownAttachments = state.attachments;
  let finished = 0;
  await mapConcurrent(plan.attach, config.sweep.concurrency, async (ticketId) => {
    const target = `incident.io:incident/${plan.incident.id}/zendesk_ticket/${ticketId}`;
    try {
      const { created } = await attachZendeskTicket(incidentIo, plan.incident.id, ticketId, {
        knownAttachments,
      });
      await record("attach_ticket", target, created ? "ok" : "already_done");
    } catch (error) {
      await record("attach_ticket", target, "failed", { error });
    }
    deps.progress.count(`attached to ${plan.incident.reference}`, ++finished, plan.attach.length);
  });
}
