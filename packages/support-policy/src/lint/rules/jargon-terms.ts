// The built-in jargon: engineering words that tell a customer nothing they can act on.

export interface JargonTerm {
  /** Regex source without capturing groups; spaces match any whitespace. */
  pattern: string;
  suggestion: string;
}

const SAY_WHAT_FAILS =
  'Say what fails for the customer, e.g. "saving a dashboard shows an error message".';
const SAY_HOW_SLOW =
  'Say how slow it is for the customer, e.g. "reports take up to two minutes to load".';
const NAME_THE_FEATURE =
  "Leave our infrastructure out and name the feature the customer uses that is affected.";
const SAY_WHAT_CHANGED =
  'Say what changed for the customer, e.g. "we have released a fix" or "we have undone a recent change".';

/** " than normal", " is higher than usual": a comparison with what the customer normally sees. */
const COMPARED_WITH_USUAL =
  "(?: (?:is|are|was|were|has been|have been) (?:a bit |much |far |a lot |slightly |somewhat )?(?:higher|longer|worse|slower|greater|up))? than (?:normal|usual|expected|before|it should be)";

export const EXTRA_TERM_SUGGESTION =
  "Describe what the customer experiences instead, in the product's own terms.";

export const BUILT_IN_JARGON: readonly JargonTerm[] = [
  {
    pattern:
      "(?:elevated|increased|high(?:er)?) error rates?|elevated errors|elevated (?:levels?|numbers?|rates?) of (?:[\\p{L}\\p{N}]+ )?errors|error rates?",
    suggestion: SAY_WHAT_FAILS,
  },
  {
    pattern:
      "5xx(?:s| errors?)?|(?:http |status )?50\\d(?:s| errors?| responses?)|(?:http|status) 50\\d",
    suggestion: SAY_WHAT_FAILS,
  },
  {
    // Compared with what customers are used to ("higher latency than normal"), latency reads as
    // plainly slower; on its own it is an engineering measure.
    pattern: `latenc(?:y|ies)(?!${COMPARED_WITH_USUAL})|degraded performance|performance degradation|service degradation|p(?:50|90|95|99)`,
    suggestion: SAY_HOW_SLOW,
  },
  { pattern: "upstream|downstream", suggestion: NAME_THE_FEATURE },
  {
    // "Node.js" and the Node SDK are customer-facing names, not servers.
    pattern:
      "pods?|nodes|node(?!\\.?js| sdk| library)|clusters?|shards?|sharding|replicas?|(?<!support |ticket )queues?|load balancers?|kubernetes|k8s",
    suggestion: NAME_THE_FEATURE,
  },
  {
    pattern:
      "kafka|clickhouse|postgres(?:ql)?|mysql|redis|elasticsearch|cpu|out of memory|oom|memory",
    suggestion: NAME_THE_FEATURE,
  },
  {
    pattern: "(?:re-?)?deploy(?:s|ed|ing|ments?)?|roll-?backs?|roll(?:ed|ing)? back|regressions?",
    suggestion: SAY_WHAT_CHANGED,
  },
];
