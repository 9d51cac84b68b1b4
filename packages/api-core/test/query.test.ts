import { describe, expect, it } from "vitest";
import { serializeDeepObjectQuery } from "../src/query.js";

describe("serializeDeepObjectQuery", () => {
  it("writes incident.io style filters as bracketed keys, repeating arrays", () => {
    expect(
      serializeDeepObjectQuery({
        page_size: 25,
        status_category: { one_of: ["live", "learning"] },
        incident_role: { "01ROLE": { one_of: ["01USER"] } },
      }),
    ).toBe(
      "page_size=25&status_category[one_of]=live&status_category[one_of]=learning&incident_role[01ROLE][one_of]=01USER",
    );
  });

  it("repeats top-level arrays, skips null and undefined, encodes names and values", () => {
    expect(
      serializeDeepObjectQuery({ status: ["a b", "c&d"], after: undefined, x: null, "k y": true }),
    ).toBe("status=a%20b&status=c%26d&k%20y=true");
  });

  it("writes dates as ISO strings", () => {
    expect(
      serializeDeepObjectQuery({ created_at: { gte: new Date("2026-01-02T03:04:05Z") } }),
    ).toBe("created_at[gte]=2026-01-02T03%3A04%3A05.000Z");
  });
});
