import type { LintRule } from "../rule.js";
import { blameThirdParty } from "./blame-third-party.js";
import { internalDetail } from "./internal-detail.js";
import { jargon } from "./jargon.js";
import { missingIncidentTag } from "./missing-incident-tag.js";
import { missingNextUpdate } from "./missing-next-update.js";
import { missingStatusLink } from "./missing-status-link.js";
import { missingTimeline } from "./missing-timeline.js";
import { noCustomerImpact } from "./no-customer-impact.js";
import { noWorkingStatement } from "./no-working-statement.js";
import { vagueFiller } from "./vague-filler.js";

/** Every lint rule, in the order they are documented. */
export const RULES: readonly LintRule[] = [
  jargon,
  noCustomerImpact,
  noWorkingStatement,
  vagueFiller,
  missingStatusLink,
  missingTimeline,
  missingNextUpdate,
  internalDetail,
  blameThirdParty,
  missingIncidentTag,
];
