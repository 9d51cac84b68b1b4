// The words ticket matching knows about: synonyms for generic product areas and for symptoms, and
// the words too common to tie a ticket to anything. Nothing here names one company's product.

/**
 * Product areas every SaaS has, each with the ways customers name it. A ticket and an incident
 * that name the same area (in any of its words) share that area. Overridable by
 * `config.matchVocabulary`, area by area.
 */
// biome-ignore format: word lists read best packed
export const DEFAULT_MATCH_VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  "sign-in": [
    "log in", "login", "log on", "logon", "sign in", "signin", "locked out", "authenticate",
    "authentication", "sso", "single sign on", "saml", "identity provider", "idp", "oidc", "okta",
  ],
  sso: ["sso", "single sign on", "saml", "identity provider", "idp", "oidc", "okta"],
  "two-factor": [
    "2fa", "mfa", "two factor", "two step", "2 step", "one time code", "one time password", "otp",
    "verification code", "authenticator",
  ],
};

/** The symptom group of words that say something is wrong without saying what. */
export const UNSPECIFIC_SYMPTOMS = "problem";

/**
 * What customers report as wrong, grouped by kind. A ticket must report a problem (any of these)
 * to match by its words, and the same kind of symptom on both sides strengthens a match on a
 * generic product word; the `problem` group (negations, "issue", "bug") reports a problem but is
 * never the same kind. Overridable by `config.matchSymptoms`, group by group.
 */
// biome-ignore format: word lists read best packed
export const DEFAULT_MATCH_SYMPTOMS: Readonly<Record<string, readonly string[]>> = {
  slow: [
    "slow", "slowly", "slowness", "sluggish", "latency", "lag", "laggy", "lagging", "delay",
    "delayed", "late", "later", "behind", "timeout", "time out", "timing out", "timed out", "hang",
    "hanging", "hangs", "spinning", "spinner", "takes forever", "taking forever", "forever", "takes",
    "taking", "took", "stuck", "pending", "queued", "load", "loading",
  ],
  missing: [
    "missing", "gone", "disappear", "disappeared", "vanished", "empty", "blank", "lost", "no",
    "no data", "not showing", "not show up", "not showing up", "not appearing", "not visible", "zero",
  ],
  failing: [
    "error", "erroring", "fail", "failed", "failing", "failure", "broken", "broke", "not working",
    "doesn't work", "stopped working", "down", "outage", "unavailable", "unreachable",
    "not responding", "unresponsive", "crash", "crashing", "crashed", "freeze", "froze", "frozen",
    "unstable", "flaky", "intermittent", "intermittently", "loop", "looping", "500", "502", "503",
    "504", "5xx", "400", "401", "403", "404", "429", "4xx", "declined", "rejected", "disconnect",
    "disconnecting", "dropping", "throttled", "throttling", "too many requests",
  ],
  wrong: [
    "wrong", "incorrect", "inaccurate", "stale", "out of date", "outdated", "duplicate",
    "duplicated", "twice", "double",
  ],
  [UNSPECIFIC_SYMPTOMS]: [
    "bug", "issue", "problem", "cannot", "can't", "unable", "won't", "not", "never", "no longer",
    "isn't", "aren't", "doesn't", "don't", "didn't", "stopped", "urgent",
  ],
};

/** After one of these, the next word tells how something fails ("not syncing"), not what. */
// biome-ignore format: word lists read best packed
export const NEGATIONS: readonly string[] = [
  "not", "never", "cannot", "can't", "unable", "won't", "don't", "doesn't", "didn't", "isn't",
  "aren't", "wasn't", "weren't", "hasn't", "haven't", "couldn't", "longer",
];

/** Grammar and ticket chatter: never a reason to relate a ticket to anything. */
// biome-ignore format: word lists read best packed
export const FUNCTION_WORDS: readonly string[] = [
  "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "anymore", "anyone",
  "are", "as", "at", "be", "been", "before", "being", "but", "by", "can", "could", "did", "do",
  "does", "during", "each", "else", "every", "for", "from", "get", "gets", "getting", "got", "had",
  "has", "have", "having", "he", "hello", "help", "her", "here", "hey", "hi", "his", "how", "i",
  "if", "in", "into", "is", "it", "its", "just", "keep", "keeps", "let", "like", "me", "more",
  "most", "much", "my", "need", "needs", "new", "now", "of", "off", "on", "one", "only", "or",
  "other", "our", "out", "over", "please", "pls", "re", "really", "same", "see", "seeing", "she",
  "should", "since", "so", "some", "still", "such", "than", "thanks", "that", "the", "their",
  "them", "then", "there", "these", "they", "this", "those", "through", "to", "today", "too", "up",
  "us", "very", "via", "was", "way", "we", "were", "what", "when", "where", "which", "while", "who",
  "why", "will", "with", "without", "would", "yesterday", "yet", "you", "your", "fwd", "asap",
  "question", "questions", "request", "requests", "support", "ticket", "thing", "things",
  "something", "anything", "everything", "nothing", "suddenly", "random", "weird", "strange",
  "whole", "team", "everyone", "anybody", "somebody", "seems", "seem", "tried", "try", "trying",
  "use", "using", "used", "work", "works", "working", "make", "made", "show", "shows", "showing",
  "shown", "started", "start", "morning", "afternoon", "tonight", "hour", "hours", "minute",
  "minutes", "second", "seconds", "day", "days", "week", "weeks", "month", "months", "time", "times",
  "incident", "status", "update", "updated", "updates", "page", "pages", "screen", "site",
  "website", "app", "application", "tab", "view", "button", "link", "window", "popup", "ui",
  "version", "latest", "users", "user", "customer", "customers", "people", "production", "prod",
  "running", "run", "runs",
];

/**
 * Generic product words: shared with an incident they count for half a specific word, so two of
 * them, or one and the same kind of symptom, make a match; one alone never does.
 */
// biome-ignore format: word lists read best packed
export const GENERIC_PRODUCT_WORDS: readonly string[] = [
  "account", "accounts", "admin", "access", "chart", "charts", "code", "codes", "dashboard",
  "dashboards", "data", "database", "databases", "email", "emails", "mail", "event", "events",
  "feature", "features", "file", "files", "graph", "graphs", "integration", "integrations", "job",
  "jobs", "list", "lists", "message", "messages", "mobile", "number", "numbers",
  "organization", "organisation", "org", "permission", "permissions", "plan", "project",
  "projects", "public", "report", "reports", "service", "services", "session", "sessions",
  "setting", "settings", "system", "table", "tables", "workspace", "workspaces", "server",
  "servers", "response", "filter", "filters", "value", "values", "field", "fields", "call", "calls",
  "managed", "sending", "send", "sent", "custom", "query", "queries", "web",
];

/** Generic words in groups of forms customers mean alike but the stemmer keeps apart. */
// biome-ignore format: word lists read best packed
export const GENERIC_GROUPS: Readonly<Record<string, readonly string[]>> = {
  notification: ["notification", "notifications", "notify", "notified"],
  delivery: [
    "deliver", "delivered", "delivery", "deliveries", "arrive", "arriving", "arrived", "receive",
    "receiving", "received",
  ],
};
