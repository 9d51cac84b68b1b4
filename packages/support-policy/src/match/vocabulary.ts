// The words ticket matching knows about: synonyms for generic product areas and for symptoms, the
// phrasing of questions and requests, and the words too common to tie a ticket to anything.
// Nothing here names one company's product.

/**
 * Product areas every SaaS has, each with the ways customers name it. A ticket and an incident
 * that name the same area (in any of its words) share that area. Overridable by
 * `config.matchVocabulary`, area by area.
 */
// biome-ignore format: word lists read best packed
export const DEFAULT_MATCH_VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  "sign-in": [
    "log in", "login", "log on", "logon", "sign in", "signin", "locked out", "sso",
    "single sign on", "saml", "identity provider", "idp", "oidc",
  ],
  sso: ["sso", "single sign on", "saml", "identity provider", "idp", "oidc"],
  "two-factor": [
    "2fa", "mfa", "two factor", "two step", "2 step", "one time code", "one time password", "otp",
    "verification code", "authenticator app",
  ],
  ios: ["ios", "iphone", "ipad", "ipados"],
};

/** The symptom group of words that say something is wrong without saying what. */
export const UNSPECIFIC_SYMPTOMS = "problem";

/**
 * What customers report as wrong, grouped by kind. A ticket must report a problem (any of these)
 * to match by its words. A phrase may belong to two kinds ("timing out" is slow and failing).
 * When the incident names a kind, the ticket's must be one it shows as (`SYMPTOMS_SEEN_AS`);
 * the same kind on both sides strengthens a match on a generic product word. The `problem` group
 * (negations, "issue", "bug") reports a problem but agrees with every kind and is never the same
 * kind. Overridable by `config.matchSymptoms`, group by group.
 */
// biome-ignore format: word lists read best packed
export const DEFAULT_MATCH_SYMPTOMS: Readonly<Record<string, readonly string[]>> = {
  slow: [
    "slow", "slowly", "slower", "slowness", "sluggish", "latency", "lag", "laggy", "lagging",
    "delay", "delayed", "late", "later", "behind", "backlog", "degraded", "timeout", "time out",
    "timing out", "timed out", "takes forever", "taking forever", "forever", "takes ages",
    "taking ages", "takes", "taking", "took", "buffering", "stutter", "stuttering", "choppy",
    "stuck", "hang", "hanging", "hangs", "spinning", "spinner", "pending", "queued", "waiting",
    "freeze", "freezes", "froze", "frozen", "freezing", "not responding", "unresponsive",
    "not finishing", "never finishes", "not completing",
  ],
  stuck: [
    "stuck", "hang", "hanging", "hangs", "spinning", "spinner", "pending", "queued", "waiting",
    "freeze", "freezes", "froze", "frozen", "freezing", "not responding", "unresponsive",
    "not finishing", "never finishes", "not completing",
  ],
  failing: [
    "error", "erroring", "fail", "failed", "failing", "failure", "went wrong", "down", "offline",
    "outage", "unavailable", "unreachable", "unstable", "flaky", "intermittent", "intermittently",
    "loop", "looping", "500", "502", "503", "504", "5xx", "400", "401", "403", "404", "429", "4xx",
    "declined", "rejected", "invalid", "denied", "unauthorized", "forbidden", "disconnect",
    "disconnecting", "disconnected", "dropping", "dropped", "drops", "throttled", "throttling",
    "too many requests", "timeout", "time out", "timing out", "timed out", "not loading",
    "fails to load", "failing to load", "not connect", "exception", "exhausted",
  ],
  missing: [
    "missing", "gone", "disappear", "disappeared", "vanished", "empty", "blank", "lost", "no",
    "no data", "not showing", "not show up", "not showing up", "not appearing", "not visible",
    "zero", "nothing", "never arrives", "never arrived", "never came", "never got", "not arriving",
    "not received", "not receiving", "not getting", "not get", "not receive", "not delivered",
    "not sent", "not sending", "not going out", "not loading", "hasn't arrived", "skipped", "none",
    "black screen", "white screen", "blank screen",
  ],
  crash: ["crash", "crashes", "crashing", "crashed", "closes", "closing", "force close"],
  wrong: [
    "wrong", "incorrect", "inaccurate", "duplicate", "duplicated", "twice", "double", "doubled",
    "mismatch",
  ],
  stale: [
    "stale", "out of date", "outdated", "old", "not updating", "not updated", "not refreshing",
  ],
  [UNSPECIFIC_SYMPTOMS]: [
    "something wrong", "anything wrong", "bug", "issue", "problem", "not", "never", "unable",
    "no longer", "stopped", "not working", "not work", "stopped working", "broken", "broke",
    "urgent", "terrible", "awful", "horrible", "unusable",
  ],
};

/**
 * How each kind of fault shows to customers: a delay as something slow, stuck, missing or stale;
 * a failure as an error, something stuck or missing; a crash as a crash or a freeze; wrong data
 * as wrong or stale. A ticket whose kinds of symptom none of the incident's kinds shows as is
 * about something else ("Search returns 500" is no sign of "Search indexing lag", "Build fails
 * with npm ERR!" none of "Builds stuck in queue"). A ticket that names no kind (only "not",
 * "can't", "issue") reports `problem`, which every kind but wrong data shows as: "won't download"
 * is no sign of a wrong total. A kind a team adds shows as itself and as `problem`.
 */
export const SYMPTOMS_SEEN_AS: Readonly<Record<string, readonly string[]>> = {
  slow: ["slow", "stuck", "missing", "stale", UNSPECIFIC_SYMPTOMS],
  stuck: ["stuck", "slow", "missing", UNSPECIFIC_SYMPTOMS],
  failing: ["failing", "stuck", "missing", UNSPECIFIC_SYMPTOMS],
  missing: ["missing", "failing", "stuck", "slow", "stale", UNSPECIFIC_SYMPTOMS],
  crash: ["crash", "stuck", UNSPECIFIC_SYMPTOMS],
  wrong: ["wrong", "stale"],
  stale: ["stale", "wrong", "missing", "slow", UNSPECIFIC_SYMPTOMS],
};

/**
 * Phrasings of what is not a report of a fault: how-to questions, feature requests, questions
 * about money, and remarks on documentation. A subject using one matches by its words only when
 * the incident itself names that phrase (an incident about invoices still matches "invoice wrong").
 * Overridable by `config.matchRequests`, group by group.
 */
// biome-ignore format: word lists read best packed
export const DEFAULT_MATCH_REQUESTS: Readonly<Record<string, readonly string[]>> = {
  "how-to": [
    "how do", "how to", "how can", "how does", "how long", "how many", "can i", "can we", "could i",
    "could we", "is it possible", "is there a way", "any way to", "need a", "need an",
    "do you support", "do you offer", "where can i", "where do i", "what is", "what are",
    "best way",
  ],
  "feature-request": [
    "feature request", "request for", "would like", "would be nice", "please add", "can you add",
    "could you add", "add support", "support for", "any plans", "roadmap", "suggestion",
  ],
  money: [
    "pricing", "price", "prices", "cost", "costs", "how much", "fee", "fees", "invoice", "invoices",
    "receipt", "refund", "quote", "discount", "overage", "quota", "limit", "limits",
  ],
  docs: ["documentation", "typo", "tutorial"],
};

/**
 * Negations, read as "not" wherever phrases are compared ("aren't delivered" is "not delivered",
 * "can't connect" is "not connect"); after one of them, the next word of an incident name tells
 * how something fails ("not syncing"), not what.
 */
// biome-ignore format: word lists read best packed
export const NEGATIONS: readonly string[] = [
  "not", "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
  "weren't", "hasn't", "haven't", "couldn't", "wouldn't", "shouldn't", "never", "unable", "longer",
];

/** The negations read as "not". */
// biome-ignore format: word lists read best packed
export const NOT_FORMS: readonly string[] = [
  "cannot", "can't", "cant", "won't", "wont", "don't", "dont", "doesn't", "doesnt", "didn't",
  "didnt", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "hasn't", "hasnt",
  "haven't", "havent", "couldn't", "couldnt", "wouldn't", "shouldn't",
];

/**
 * Grammar, time and ticket chatter: never a reason to relate a ticket to anything, and the end of
 * a noun phrase ("Stripe webhooks" is one phrase, "webhooks from Stripe" two).
 */
// biome-ignore format: word lists read best packed
export const FUNCTION_WORDS: readonly string[] = [
  "a", "about", "after", "again", "ago", "all", "also", "am", "an", "and", "any", "anymore",
  "anyone", "are", "as", "at", "be", "been", "before", "being", "but", "by", "can", "could", "did",
  "do", "does", "during", "each", "else", "every", "for", "from", "get", "gets", "getting", "got",
  "had", "has", "have", "having", "he", "hello", "help", "her", "here", "hey", "hi", "his", "how",
  "i", "if", "in", "into", "is", "it", "its", "just", "keep", "keeps", "let", "like", "me", "more",
  "most", "much", "my", "need", "needs", "now", "of", "off", "on", "only", "or", "other", "our",
  "out", "over", "please", "pls", "re", "really", "same", "see", "seeing", "she", "should", "since",
  "so", "some", "still", "such", "than", "that", "the", "their", "them", "then", "there", "these",
  "they", "this", "those", "through", "to", "today", "too", "up", "us", "very", "via", "was", "way",
  "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "without",
  "would", "yesterday", "yet", "you", "your", "fwd", "asap", "super", "seems", "seem", "tried",
  "try", "trying", "use", "using", "used", "work", "works", "working", "make", "made", "show",
  "shows", "showing", "shown", "start", "started", "go", "goes", "going", "went", "come", "comes",
  "coming", "came", "say", "says", "said", "give", "gives", "giving", "gave", "return", "returns",
  "returning", "returned", "throw", "throws", "throwing", "look", "looks", "happen", "happening",
  "want", "know", "lot", "bit", "run", "runs", "running", "elevated", "increased", "high", "higher",
  "morning", "afternoon", "evening", "tonight", "night", "hour", "hours", "minute", "minutes",
  "min", "mins", "second", "seconds", "day", "days", "week", "weeks", "month", "months", "time",
  "times", "daily", "weekly", "monthly", "nightly", "hourly", "last", "next", "recently",
  "suddenly", "question", "questions", "one", "two", "end", "own", "put", "due", "per", "few",
  "yes", "okay", "ok", "etc", "new", "big", "bad", "odd", "sent", "available", "able", "possible",
];

/**
 * Words customers add to any subject that say nothing about what is affected ("page", "app",
 * "users"): no reason to relate a ticket either, but part of the noun phrase around them
 * ("Android app login" is one phrase).
 */
// biome-ignore format: word lists read best packed
export const CHATTER_WORDS: readonly string[] = [
  "support", "ticket", "thing", "things", "something", "anything", "everything", "random", "weird",
  "strange", "whole", "team", "everyone", "anybody", "somebody", "incident", "status", "update",
  "updates", "page", "pages", "screen", "site", "website", "app", "apps", "application", "tab",
  "view", "button", "link", "window", "popup", "ui", "version", "latest", "users", "user",
  "customer", "customers", "people", "production", "prod", "load", "loads", "loading", "bar",
  "icon", "change", "changes", "changed",
];

/**
 * Generic product words: shared with an incident they count for half a specific word, so two of
 * them, or one and the same kind of symptom, make a match; one alone never does. Place names
 * count here too: a region says where, not what.
 */
// biome-ignore format: word lists read best packed
export const GENERIC_PRODUCT_WORDS: readonly string[] = [
  "account", "accounts", "admin", "access", "chart", "charts", "code", "codes", "dashboard",
  "dashboards", "data", "database", "databases", "event", "events", "feature", "features", "file",
  "files", "graph", "graphs", "integration", "integrations", "job", "jobs", "list", "lists",
  "message", "messages", "alert", "alerts", "mobile", "number", "numbers", "organization",
  "organisation", "org", "orgs", "permission", "permissions", "plan", "project", "projects",
  "public", "report", "reports", "service", "services", "session", "sessions", "setting",
  "settings", "system", "table", "tables", "workspace", "workspaces", "server", "servers",
  "response", "filter", "filters", "value", "values", "field", "fields", "call", "calls", "managed",
  "custom", "query", "queries", "web", "api", "apis", "endpoint", "endpoints", "request",
  "requests", "sdk", "sdks", "platform", "item", "items", "content", "tool", "tools", "client",
  "clients", "live", "region", "regions", "global", "eu", "uk", "apac", "emea", "europe", "asia",
  "america", "east", "west", "north", "south", "central",
];

/** Generic words in groups of forms customers mean alike but the stemmer keeps apart. */
// biome-ignore format: word lists read best packed
export const GENERIC_GROUPS: Readonly<Record<string, readonly string[]>> = {
  notification: ["notification", "notifications", "notify", "notified"],
  delivery: [
    "deliver", "delivered", "delivery", "deliveries", "arrive", "arriving", "arrived", "receive",
    "receiving", "received",
  ],
  email: ["email", "emails", "e-mail", "mail", "mails"],
  authentication: ["auth", "authentication", "authenticate", "authenticated", "authenticating"],
  sync: ["sync", "syncs", "synced", "syncing", "synchronisation", "synchronization"],
};
