// Finds sentences of the support handbook pasted into the repository: runs of seven words the
// handbook and a committed file share. The project cites the handbook by section heading and
// says the rest in its own words, so only headings may repeat it.
//   node scripts/handbook-overlap.mjs    lists every shared run, by file and line
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** How many words in a row make a copied phrase. */
export const RUN = 7;

const root = resolve(import.meta.dirname, "..");

/** `$SUPPORT_HANDBOOK`, else `shared/handbook/` beside the repository. */
export const handbookPath =
  process.env.SUPPORT_HANDBOOK ?? resolve(root, "../shared/handbook/support-incident-response.md");

/** Lower-cased words with their line numbers (typographic apostrophes read as plain ones). */
export function words(text) {
  const found = [];
  const lines = text.toLowerCase().replaceAll("\u2019", "'").split("\n");
  lines.forEach((line, index) => {
    for (const match of line.matchAll(/[a-z0-9']+/g))
      found.push({ word: match[0], line: index + 1 });
  });
  return found;
}

// English function words: a run made of these alone ("what we do when we do it") is
// ordinary phrasing, not a copied sentence.
const FUNCTION_WORDS = new Set(
  (
    "a about after all also an and any are as at be been before being both but by can can't " +
    "could did do does doesn't don't each either even every for from had has have having he her " +
    "here him his how i i'll i'm if in into is isn't it it's its just let's many may me might " +
    "more most much must my no nor not now of off on once one only or other our out over own " +
    "same she should so some such than that that's the their them then there there's these " +
    "they they're this those though through to too under until up us very was we we'll we're " +
    "we've were what when where whether which while who who's whoever why will with would yet " +
    "you you'll you're you've your"
  ).split(" "),
);

/** Whether a run is ordinary phrasing: every word of it is a function word. */
export const isCommonPhrase = (phrase) =>
  phrase.split(" ").every((word) => FUNCTION_WORDS.has(word));

/** The page's title and its `##` section headings: citing them is how the project refers to it. */
export function headingsOf(handbook) {
  const title = /^title:\s*(.+?)\s*$/m.exec(handbook)?.[1];
  const headings = [...handbook.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((match) => match[1]);
  return [...(title ? [title] : []), ...headings]
    .map((heading) => words(heading).map((w) => w.word))
    .filter((sequence) => sequence.length > 0);
}

/**
 * Marks every word that is part of a heading, so that no run crosses one: a citation
 * ("When an incident is declared") and the words around it are never counted as copied.
 */
function headingWords(list, headings) {
  const marked = new Array(list.length).fill(false);
  for (const heading of headings) {
    for (let i = 0; i + heading.length <= list.length; i++) {
      if (heading.every((word, k) => list[i + k].word === word))
        for (let k = 0; k < heading.length; k++) marked[i + k] = true;
    }
  }
  return marked;
}

/** Every run of `RUN` words not crossing a heading, with the line it starts on. */
function runs(list, headings) {
  const marked = headingWords(list, headings);
  const out = [];
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (marked[i]) {
      start = i + 1;
      continue;
    }
    if (i - start + 1 >= RUN) {
      const first = i - RUN + 1;
      out.push({
        phrase: list
          .slice(first, i + 1)
          .map((w) => w.word)
          .join(" "),
        line: list[first].line,
      });
    }
  }
  return out;
}

/** A scanner for one handbook: `overlaps(text)` lists the runs the text shares with it. */
export function handbookScanner(handbook, allowed = []) {
  const headings = headingsOf(handbook);
  const shared = new Set(runs(words(handbook), headings).map((run) => run.phrase));
  const allow = new Set(allowed);
  return {
    /** Whether a phrase is one of the handbook's runs (to check an allowance still applies). */
    has: (phrase) => shared.has(phrase),
    overlaps(text) {
      const seen = new Map();
      for (const run of runs(words(text), headings)) {
        if (
          shared.has(run.phrase) &&
          !isCommonPhrase(run.phrase) &&
          !allow.has(run.phrase) &&
          !seen.has(run.phrase)
        )
          seen.set(run.phrase, run.line);
      }
      return [...seen].map(([phrase, line]) => ({ phrase, line }));
    },
  };
}

/** The files git tracks or would add (not ignored ones), without the lockfile. */
export function committedFiles(cwd = root) {
  return execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file !== "" && file !== "pnpm-lock.yaml");
}

/** Every file's shared runs: `[{ file, line, phrase }]`, in file order. */
export function repositoryOverlaps(scanner, cwd = root) {
  const found = [];
  for (const file of committedFiles(cwd)) {
    let text;
    try {
      text = readFileSync(resolve(cwd, file), "utf8");
    } catch {
      continue; // deleted in the work tree, or not a file
    }
    if (text.includes("\0")) continue; // binary
    for (const overlap of scanner.overlaps(text)) found.push({ file, ...overlap });
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scanner = handbookScanner(readFileSync(handbookPath, "utf8"));
  const found = repositoryOverlaps(scanner);
  for (const { file, line, phrase } of found) console.log(`${file}:${line}: "${phrase}"`);
  process.exitCode = found.length > 0 ? 1 : 0;
}
