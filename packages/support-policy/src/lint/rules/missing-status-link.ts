import type { LintRule } from "../rule.js";
import { handbookSection } from "../sources.js";
import { isStatusPageLink } from "../status-page.js";

export const missingStatusLink: LintRule = {
  meta: {
    id: "missing_status_link",
    kinds: ["macro", "reply"],
    severity: "error",
    source: handbookSection("Using the status page", "Creating a macro for the incident"),
    description:
      "The text must link the status page: the incident's page or the configured `statusPageUrl` " +
      "(a page below either, or that site's home page, counts). With neither known, any link to a " +
      "host starting with `status.` counts.",
  },
  check({ links, statusPages, context }) {
    if (links.some((link) => isStatusPageLink(link, statusPages))) return [];
    const url = context.incident?.statusPage?.url ?? context.config?.statusPageUrl;
    return [
      {
        message:
          "There's no link to the status page, so customers will keep asking us for updates.",
        suggestion: url
          ? `Add a link to the status page: ${url}`
          : "Add a link to the incident on the status page.",
      },
    ];
  },
};
