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

  it("counts acronyms of two to four letters, and words of three letters or more", () => {
    expect(tokenize("SSO API SQL 2FA iOS S3 app Our").map((token) => token.acronym)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    const shortness = (text: string) =>
      textTerms(text, lexicon).terms.map((term) => [term.surface, term.short]);
    expect(shortness("ML jobs")).toEqual([
      ["ML", false],
      ["jobs", false],
    ]);
    expect(shortness("ml git")).toEqual([
      ["ml", true],
      ["git", false],
    ]);
    expect(tokenize("LOGIN NOT WORKING API").map((token) => token.acronym)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("reads every negation as not, so phrases meet however they are negated", () => {
    const stems = tokenize("aren't isn't can't cannot won't doesn't").map((token) => token.stem);
    expect(stems).toEqual(["not", "not", "not", "not", "not", "not"]);
    const symptoms = (text: string) => [...textTerms(text, lexicon).symptoms];
    expect(symptoms("My messages aren't delivered")).toEqual(symptoms("messages not delivered"));
    expect(symptoms("doesn't work")).toEqual(["problem"]);
  });

  it("groups words written together into noun phrases, their last word the head", () => {
    const phrases = (text: string) =>
      textTerms(text, lexicon).phrases.map((phrase) => ({
        head: phrase.head.map((part) => part.key),
        modifiers: phrase.modifiers.map((part) => part.key),
      }));
    expect(phrases("GitHub webhooks not triggering builds")).toEqual([
      { head: ["w:webhook", "w:githubwebhook"], modifiers: ["w:github"] },
      { head: ["w:trigger"], modifiers: [] },
      { head: ["w:build"], modifiers: [] },
    ]);
    // A compound is no modifier of itself; chatter ("app") belongs to the phrase but names nothing.
    expect(phrases("web hooks down")).toEqual([
      { head: ["w:hook", "w:webhook"], modifiers: ["w:web"] },
    ]);
    expect(phrases("Android app login fails")).toEqual([
      { head: ["c:sign-in"], modifiers: ["w:android"] },
    ]);
    // Punctuation and prepositions end a phrase.
    expect(phrases("Safari: webhooks from Stripe")).toEqual([
      { head: ["w:safari"], modifiers: [] },
      { head: ["w:webhook"], modifiers: [] },
      { head: ["w:stripe"], modifiers: [] },
    ]);
  });

  it("finds questions and requests without taking their words away", () => {
    const terms = textTerms("How do I change the invoice address?", lexicon).terms;
    expect(terms.filter((term) => term.kind === "request").map((term) => term.concept)).toEqual([
      "how-to",
      "money",
    ]);
    expect(terms.some((term) => term.key === "w:invoic")).toBe(true);
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
