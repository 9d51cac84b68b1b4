// A realistic, reproducible support queue for benchmarks: subjects about many product areas, in
// many phrasings, with a long tail of words of their own (project names, error codes).
import type { TicketInput } from "../src/schemas/ticket.js";

// biome-ignore format: word lists read best packed
const AREAS = [
  "feature flags", "exports", "webhooks", "the billing page", "SSO login", "search", "recordings",
  "surveys", "dashboards", "the API", "email delivery", "file uploads", "video calls", "chat",
  "deployments", "custom domains", "scheduled reports", "push notifications", "inventory",
  "insights", "backups", "payroll", "maps", "the CDN", "translations", "invoices", "2FA codes",
  "data warehouse syncs", "experiments", "cohorts", "the mobile app", "integrations", "imports",
  "permissions", "audit logs", "alerts", "workflows", "forms", "the calendar sync", "checkout",
];
// biome-ignore format: word lists read best packed
const TEMPLATES = [
  "{area} not loading", "{area} very slow today", "Error with {area}", "{area} broken for {name}",
  "Question about {area}", "How do I configure {area}?", "{area} timing out since {code}",
  "Our {area} stopped working", "{area} missing for project {name}", "Is something wrong with {area}?",
  "Can't get {area} to work", "{area} stuck", "{area} returns {code}",
];
const SYLLABLES = ["ka", "lo", "mi", "ven", "tor", "sa", "qui", "ber", "do", "rex", "lin", "pha"];

/** A small deterministic generator (mulberry32), so every run measures the same queue. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `size` open tickets created within the hour before `now`. */
export function queueOf(size: number, now: string, seed = 7): TicketInput[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const name = () => `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`;
  const end = Date.parse(now);
  return Array.from({ length: size }, (_, index) => {
    const subject = pick(TEMPLATES)
      .replace("{area}", pick(AREAS))
      .replace("{name}", name())
      .replace("{code}", `E${Math.floor(next() * 9000) + 1000}`);
    return {
      id: `Q-${index}`,
      subject: subject.charAt(0).toUpperCase() + subject.slice(1),
      createdAt: new Date(end - Math.floor(next() * 3_600_000)).toISOString(),
      status: next() < 0.8 ? "open" : "new",
      tags: [],
    };
  });
}
