import {
  ApiError,
  createMacro,
  deleteMacro,
  showTicket,
  tagTickets as tagManyTickets,
} from "@support/zendesk-client";
import { ticketTags } from "../adapters/tickets.js";
import type { WatcherConfig } from "../config/schema.js";
import type { LiveState } from "../live/load.js";
import type { Vendors } from "../vendors/clients.js";
import { attachTicket } from "../vendors/incident-io.js";
import { commentAndTag, type ZendeskMacro } from "../vendors/zendesk.js";
import type { AuditAction, AuditEntry, AuditLog } from "./audit-log.js";
import { markerTagFor, resolutionNotice, type SweepPlan } from "./plan.js";

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

export interface ApplyDeps {
  vendors: Vendors;
  audit: AuditLog;
  sleep: (ms: number) => Promise<void>;
  progress: {
    step(message: string): void;
    count(label: string, done: number, total: number): void;
    done(): void;
  };
}

const message = (error: unknown) =>
  error instanceof ApiError
    ? `${error.vendor} ${error.status === undefined ? "gave no response" : `HTTP ${error.status}`}: ${error.message}`
    : error instanceof Error
      ? error.message
      : String(error);

/** Runs `work` over `items` with at most `limit` in flight, in order of start. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

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
  const record = async (
    action: AuditAction,
    target: string,
    result: AuditEntry["result"],
    extra: { detail?: Record<string, unknown>; error?: unknown } = {},
  ) => {
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
  const ticketTarget = (id: string) => `zendesk:ticket/${id}`;
  await tagTickets(plan, config, deps, record, ticketTarget);
  await attachTickets(plan, config, deps, record);
  if (plan.createMacro) await draftMacro(plan, state, deps, record);
  await notifyTickets(plan, state, config, deps, record, ticketTarget);
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

type Recorder = (
  action: AuditAction,
  target: string,
  result: AuditEntry["result"],
  extra?: { detail?: Record<string, unknown>; error?: unknown },
) => Promise<void>;

/**
 * Tags the related tickets with the client's `tagTickets`: update_many, 100 tickets per job,
 * each job followed to its end before the next (one of the account's few job slots at a
 * time). Each ticket's result is logged as its batch ends.
 */
async function tagTickets(
  plan: SweepPlan,
  config: WatcherConfig,
  deps: ApplyDeps,
  record: Recorder,
  target: (id: string) => string,
) {
  const ids = plan.tagBatches.flat();
  if (ids.length === 0) return;
  const pending: Promise<void>[] = [];
  let finished = 0;
  await tagManyTickets(deps.vendors.zendesk(), ids.map(Number), [plan.tag], {
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

async function attachTickets(
  plan: SweepPlan,
  config: WatcherConfig,
  deps: ApplyDeps,
  record: Recorder,
) {
  if (plan.attach.length === 0) return;
  const incidentIo = deps.vendors.incidentIo();
  let finished = 0;
  await pool(plan.attach, config.sweep.concurrency, async (ticketId) => {
    const target = `incident.io:incident/${plan.incident.id}/zendesk_ticket/${ticketId}`;
    try {
      const result = await attachTicket(incidentIo, plan.incident.id, ticketId);
      await record("attach_ticket", target, result === "created" ? "ok" : "already_done");
    } catch (error) {
      await record("attach_ticket", target, "failed", { error });
    }
    deps.progress.count(`attached to ${plan.incident.reference}`, ++finished, plan.attach.length);
  });
}

/** The template's actions with the incident tag added, saved inactive: a draft to review. */
async function draftMacro(plan: SweepPlan, state: LiveState, deps: ApplyDeps, record: Recorder) {
  const draft = plan.createMacro;
  const template = state.template as ZendeskMacro;
  if (!draft) return;
  const actions = template.actions.map((action) => ({ ...action }));
  const tags = actions.find((a) => a.field === "current_tags");
  if (tags)
    tags.value = [...new Set([...(tags.value ?? "").split(/\s+/).filter(Boolean), draft.tag])].join(
      " ",
    );
  else actions.push({ field: "current_tags", value: draft.tag });
  try {
    const created = await createMacro(deps.vendors.zendesk(), {
      title: draft.title,
      active: false,
      description: `Draft for ${plan.incident.reference}, made from "${draft.template.title}". Review it, then activate it.`,
      actions,
    });
    await record("create_macro", `zendesk:macro/${created.id}`, "ok", {
      detail: { title: draft.title, template: draft.template.id, tag: draft.tag },
    });
  } catch (error) {
    await record("create_macro", `zendesk:macro/new`, "failed", {
      detail: { title: draft.title },
      error,
    });
  }
}

/**
 * One safe update per ticket: the public notice, the incident tag and the marker tag together.
 * A 409 means the ticket changed since it was read (or a retried request already went
 * through): it is re-read, and the notice is sent once more only if the marker is still absent.
 */
async function notifyTickets(
  plan: SweepPlan,
  state: LiveState,
  config: WatcherConfig,
  deps: ApplyDeps,
  record: Recorder,
  target: (id: string) => string,
) {
  if (plan.notify.length === 0) return;
  const zendesk = deps.vendors.zendesk();
  const body = resolutionNotice(state, config);
  const marker = markerTagFor(state, config);
  let finished = 0;
  for (const id of plan.notify) {
    let ticket = state.zendeskTickets.get(id) ?? {};
    for (let attempt = 1; ; attempt++) {
      const tags = [...new Set([...ticketTags(ticket), plan.tag, marker])];
      try {
        await commentAndTag(zendesk, Number(id), {
          body,
          tags,
          updatedStamp: ticket.updated_at ?? state.snapshot.now,
        });
        await record("post_resolution_notice", target(id), "ok", { detail: { marker } });
        break;
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409) || attempt > 1) {
          await record("post_resolution_notice", target(id), "failed", { error });
          break;
        }
        try {
          ticket = await showTicket(zendesk, Number(id));
        } catch (readError) {
          await record("post_resolution_notice", target(id), "failed", { error: readError });
          break;
        }
        if (ticketTags(ticket).includes(marker)) {
          await record("post_resolution_notice", target(id), "already_done", {
            detail: { marker },
          });
          break;
        }
      }
    }
    deps.progress.count("resolution notices", ++finished, plan.notify.length);
  }
}
