import type { IncidentInput } from "@support/policy";
import { macroAddsTag, macroTags } from "@support/zendesk-client";
import type { ZendeskMacro } from "../vendors/zendesk.js";
import { type DataProblems, isInstant, isPositiveId } from "./data-problems.js";

type PolicyMacro = NonNullable<IncidentInput["macro"]>;

const BODY_FIELDS = ["comment_value", "comment_value_html"];

/** The reply text a macro inserts (plain text preferred over HTML). */
export const macroBody = (macro: ZendeskMacro): string => {
  for (const field of BODY_FIELDS) {
    const action = macro.actions.find((a) => a.field === field);
    if (typeof action?.value === "string" && action.value) return action.value;
  }
  return "";
};

/**
 * The macros the watcher can work with: a positive id, a title and a list of actions. Others
 * are left out and reported, so one odd macro never hides the incident's own.
 */
export function usableMacros(
  macros: readonly ZendeskMacro[],
  problems: DataProblems,
): ZendeskMacro[] {
  return macros.filter((macro) => {
    const id = isPositiveId(macro?.id) ? String(macro.id) : "unknown";
    const problem = (field: string, value: unknown) =>
      problems.add({
        vendor: "Zendesk",
        object: "macro",
        id,
        field,
        value,
        action: "dropped the macro: it is not considered as the incident macro or template",
      });
    if (id === "unknown") problem("id", macro?.id);
    else if (typeof macro.title !== "string") problem("title", macro.title);
    else if (!Array.isArray(macro.actions)) problem("actions", macro.actions);
    else return true;
    return false;
  });
}

/** The incident's macro: the one that tags tickets `incident/<number>`. */
export const findIncidentMacro = (
  macros: readonly ZendeskMacro[],
  tag: string,
): ZendeskMacro | undefined => macros.find((macro) => macroAddsTag(macro, tag));

export const findTemplate = (
  macros: readonly ZendeskMacro[],
  title: string,
): ZendeskMacro | undefined =>
  macros.find((macro) => macro.title.trim().toLowerCase() === title.trim().toLowerCase());

/**
 * A Zendesk macro as the policy's macro. Zendesk records no review, so the convention is: the
 * sweep creates macros inactive (a draft), and activating one in Zendesk is the Comms Lead's
 * approval; an active macro therefore counts as shared with and approved by the Comms Lead.
 * Unusable times fall back (updated → created → the Unix epoch) and are reported.
 */
export function toPolicyMacro(macro: ZendeskMacro, problems?: DataProblems): PolicyMacro {
  const problem = (field: string, value: unknown, action: string) =>
    problems?.add({
      vendor: "Zendesk",
      object: "macro",
      id: String(macro.id),
      field,
      value,
      action,
    });
  const created = isInstant(macro.created_at) ? macro.created_at : undefined;
  const updated = isInstant(macro.updated_at) ? macro.updated_at : undefined;
  if (macro.created_at != null && !created)
    problem("created_at", macro.created_at, "used updated_at instead");
  if (macro.updated_at != null && !updated)
    problem("updated_at", macro.updated_at, "used created_at instead");
  const createdAt = created ?? updated ?? new Date(0).toISOString();
  const updatedAt = updated ?? createdAt;
  return {
    id: String(macro.id),
    title: macro.title,
    body: macroBody(macro),
    tags: macroTags(macro),
    createdAt,
    updatedAt,
    ...(macro.active === true && { sharedWithCommsAt: updatedAt, approvedByCommsAt: updatedAt }),
  };
}
