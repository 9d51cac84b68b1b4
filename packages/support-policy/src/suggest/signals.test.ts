import { describe, expect, it } from "vitest";
import { lexiconFor } from "../match/lexicon.js";
import { textTerms } from "../match/terms.js";
import { signalsOf } from "./signals.js";

const lexicon = lexiconFor({});
const signals = (subject: string) => [...signalsOf(textTerms(subject, lexicon), []).signals];

describe("signalsOf", () => {
  it("gives a subject reporting a problem its specific terms and generic words with the symptom", () => {
    expect(signals("SSO login error")).toEqual(["c:sign-in", "c:sso"]);
    expect(signals("Dashboard takes forever")).toEqual(["w:dashboard&s:slow"]);
  });

  it("gives a question or a request no signals, whatever problem it names", () => {
    expect(signals("How do I fix the SSO login error?")).toEqual([]);
    expect(signals("Feature request: SSO error page")).toEqual([]);
    expect(signals("Pricing question: SSO login broken?")).toEqual([]);
    expect(signals("Is there a way to stop SSO login errors?")).toEqual([]);
  });
});
