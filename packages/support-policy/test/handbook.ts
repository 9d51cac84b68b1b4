// The support handbook, read at test time: tests check the policy against its own examples.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** `$SUPPORT_HANDBOOK`, else `shared/handbook/` beside the repository. */
export const handbookPath =
  process.env.SUPPORT_HANDBOOK ??
  resolve(import.meta.dirname, "../../../../shared/handbook/support-incident-response.md");

export const handbookText = (): string => readFileSync(handbookPath, "utf8");

/** The `##` headings, in order. */
export const handbookHeadings = (): string[] =>
  [...handbookText().matchAll(/^## (.+?)\s*$/gm)].flatMap((match) => match[1] ?? []);

/** The text of one `##` section, without its heading. */
export function handbookSection(heading: string): string {
  const sections = handbookText().split(/^## /m);
  const section = sections.find((text) => text.startsWith(`${heading}\n`));
  if (section === undefined) throw new Error(`The handbook has no section "${heading}".`);
  return section.slice(heading.length + 1);
}

/** Each block quote of a section, its lines joined with spaces, in order. */
export function blockQuotes(heading: string): string[] {
  const quotes: string[] = [];
  let current: string[] = [];
  for (const line of handbookSection(heading).split("\n")) {
    const quoted = /^>\s?(.*)$/.exec(line);
    if (quoted) current.push(quoted[1] ?? "");
    else if (current.length > 0) {
      quotes.push(current.join(" ").trim());
      current = [];
    }
  }
  if (current.length > 0) quotes.push(current.join(" ").trim());
  return quotes;
}
