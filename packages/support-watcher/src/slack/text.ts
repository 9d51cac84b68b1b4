import { type SafeOptions, safe } from "../output/safe.js";

// A word joiner after the @ keeps "@here", "@channel" and "@everyone" from ever notifying,
// whatever the workspace's settings for plain-text broadcasts.
const BROADCAST = /@(here|channel|everyone)\b/gi;

/**
 * Untrusted text for a Slack message: first the terminal escaping every human output gets
 * (`safe`: control characters shown as `\x1b`, long fields cut), then Slack's own: `&`, `<` and
 * `>` as entities, so no `<!channel>`, `<@U123>`, `<#C123>` or `<https://…|label>` can form
 * from vendor data, and broadcast words broken up.
 */
export function slackText(value: unknown, options: SafeOptions = {}): string {
  return safe(value, options)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replace(BROADCAST, "@\u2060$1");
}

/** Slack's entities back to characters, for reading message text (`&lt;` → `<`). */
export const slackPlain = (text: string): string =>
  text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
