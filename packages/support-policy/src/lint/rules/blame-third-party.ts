import { within, wordsRegex } from "../patterns.js";
import type { LintRule } from "../rule.js";
import { statuspageTip } from "../sources.js";
import { allowedTermSpans } from "../term-list.js";

const VENDORS =
  "aws|amazon web services|gcp|google cloud|azure|cloudflare|fastly|akamai|heroku|vercel|netlify|digitalocean|hetzner|stripe|twilio|sendgrid|mailgun|postmark|github|okta|auth0|openai";
const PROVIDER =
  "(?:our|an?|the|one of our) (?:(?:third[-\\s]?party|external|upstream|cloud|hosting|infrastructure|network|dns|cdn|email|payment|data\\s*cent(?:er|re)) )?(?:provider|vendor|supplier|partner)s?|third[-\\s]?party (?:provider|vendor|service|supplier|dependency)s?";
// A capturing group (the only ones here), so allowed product names can be told apart.
const THIRD_PARTY = `(${VENDORS}|${PROVIDER})`;
/** Stays inside one sentence. */
const GAP = "[^.!?\\n]{0,80}?";

/** "due to an outage at our cloud provider", "AWS is having an outage", "beyond our control". */
const BLAME = wordsRegex(
  [
    `(?:caused by|due to|because of|(?:the )?result of|stem(?:s|med)? from|triggered by|originat(?:ed|ing|es) (?:at|with|from)|blame[sd]? on|fault (?:of|at|with))${GAP}${THIRD_PARTY}`,
    `${THIRD_PARTY}(?:'s)? (?:(?:is|are|was|were|has been|have been) (?:currently )?(?:having|experiencing|suffering|reporting|facing|down)|(?:[\\p{L}-]+ ){0,2}?(?:outages?|incidents?|failures?|disruptions?)|caused|is causing|(?:is|are) to blame|fault)`,
    "(?:outside|beyond) (?:of )?our control|not our fault|(?:is|was) not (?:on )?our (?:end|side)|on (?:their|the provider's|the vendor's) (?:end|side)",
  ],
  "giud",
);

export const blameThirdParty: LintRule = {
  meta: {
    id: "blame_third_party",
    kinds: ["status_page", "macro", "reply"],
    severity: "warning",
    source: statuspageTip("Own the problem"),
    description:
      "Flags text that puts the cause on a vendor or provider (or says it is beyond our control) " +
      "instead of owning the impact. Vendor names listed in `allowedTerms` (a product feature named " +
      "after a vendor) are not flagged.",
  },
  check({ text, context }) {
    const allowed = within(allowedTermSpans(text, context));
    const hits = [];
    for (const match of text.matchAll(BLAME.for(text))) {
      const party = match.indices?.[1] ?? match.indices?.[2];
      if (party && allowed({ start: party[0], end: party[1] })) {
        continue;
      }
      hits.push({
        message:
          "This puts the blame on someone else; to customers it is our product that is broken.",
        span: [match.index, match.index + match[0].length] as [number, number],
        suggestion:
          "Own the impact: say what is affected in our product and what we are doing about it.",
      });
    }
    return hits;
  },
};
