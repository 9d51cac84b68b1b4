import { createMacro, type Macro } from "@support/zendesk-client";
import type { LiveState } from "../live/load.js";
import type { SweepPlan } from "./plan.js";
import type { ApplyDeps, Recorder } from "./types.js";

const withTag = (value: string | undefined, tag: string): string =>
  [...new Set([...(value ?? "").split(/\s+/).filter(Boolean), tag])].join(" ");

/** The template's actions with the incident tag added, saved inactive: a draft to review. */
export async function draftMacro(
  plan: SweepPlan,
  state: LiveState,
  deps: ApplyDeps,
  record: Recorder,
) {
  const draft = plan.createMacro;
  const template: Macro | undefined = state.template;
  if (!draft || !template) return;
  const actions = template.actions.map((action) => ({ ...action }));
  const tags = actions.find((a) => a.field === "current_tags");
  if (tags) tags.value = withTag(tags.value, draft.tag);
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
