import { describe, expect, it } from "vitest";
import { lexiconFor } from "./lexicon.js";
import { textTerms, tokenize } from "./terms.js";

const lexicon = lexiconFor({});
const keys = (text: string) => textTerms(text, lexicon).terms.map((term) => term.key);
const kinds = (text: string) =>
  Object.fromEntries(textTerms(text, lexicon).terms.map((term) => [term.surface, term.kind]));

describe("ticket matching: normalised terms", () => {
  it("folds case, plurals and simple suffixes with the Porter2 stemmer", () => {
    expect(keys("Recordings")).toEqual(keys("recording"));
    expect(["Exports", "exported", "exporting"].flatMap(keys)).toEqual([
      "w:export",
      "w:export",
      "w:export",
    ]);
    expect(keys("Dashboards")).toEqual(keys("DASHBOARD"));
  });

  it("reads log in, login, log-in, logging in, sign in and sign-in as one product area", () => {
    for (const text of [
      "log in",
      "login",
      "log-in",
      "logging in",
      "sign in",
      "sign-in",
      "Signing in",
    ]) {
      expect(keys(text), text).toEqual(["c:sign-in"]);
    }
    expect(keys("SSO")).toEqual(["c:sign-in", "c:sso"]);
    expect(keys("single sign-on")).toEqual(["c:sign-in", "c:sso"]);
  });

  it("joins hyphenated and split compounds so they meet their one-word spelling", () => {
    expect(keys("web hooks")).toContain("w:webhook");
    expect(keys("e-mail")).toContain(keys("email")[0]);
    expect(keys("feature-flag")).toEqual([...keys("feature flag")]);
  });

  it("counts acronyms of two to four letters, and no other short word", () => {
    expect(tokenize("SSO API SQL 2FA iOS app Our").map((token) => token.acronym)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(textTerms("SQL, app", lexicon).terms.map((term) => [term.surface, term.short])).toEqual([
      ["SQL", false],
    ]);
    expect(textTerms("Sql, bug", lexicon).terms.map((term) => [term.surface, term.short])).toEqual([
      ["Sql", true],
      ["bug", false],
    ]);
    expect(tokenize("LOGIN NOT WORKING API").map((token) => token.acronym)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("tells specific words from generic product words and symptoms", () => {
    expect(kinds("Replay dashboard slow")).toEqual({
      Replay: "topic",
      dashboard: "generic",
      slow: "symptom",
      "Replay dashboard": "topic",
    });
  });

  it("ignores grammar, chatter and numbers", () => {
    expect(keys("Hi team, please help with this today 2026")).toEqual([]);
  });
});
