import type { IncidentInput } from "@support/policy";
import { macroAddsTag, macroTags } from "@support/zendesk-client";
import type { ZendeskMacro } from "../vendors/zendesk.js";

type PolicyMacro = NonNullable<IncidentInput["macro"]>;

const BODY_FIELDS = ["comment_value", "comment_value_html"];

/** The reply text a macro inserts (plain text preferred over HTML). */
export const macroBody = (macro: ZendeskMacro): string => {
  for (const field of BODY_FIELDS) {
    const action = macro.actions.find((a) => a.field === field);
    if (action?.value) return action.value;
  }
  return "";
};

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
 */
export function toPolicyMacro(macro: ZendeskMacro): PolicyMacro {
  const createdAt = macro.created_at ?? macro.updated_at ?? new Date(0).toISOString();
  const updatedAt = macro.updated_at ?? createdAt;
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
