import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  createMacro,
  deleteMacro,
  findMacrosByTag,
  type HasMacroActions,
  InvalidArgumentError,
  listMacros,
  type MacroAction,
  type MacroInput,
  macroAddsTag,
  macroTags,
  updateMacro,
} from "../../src/index.js";
import {
  apiErrorOf,
  BASE,
  checkNockScopes,
  collect,
  contract,
  testClient,
  zendeskError,
} from "../support.js";

checkNockScopes();

const macro = (id: number, title: string, actions: MacroAction[]) => ({
  id,
  title,
  actions,
  active: true,
  description: null,
  restriction: null,
  position: 10,
  created_at: "2026-03-01T12:10:00Z",
  updated_at: "2026-03-01T12:10:00Z",
  url: `${BASE}/api/v2/macros/${id}.json`,
});

const reply = (text: string): MacroAction => ({ field: "comment_value", value: text });

const macroPage = (
  macros: ReturnType<typeof macro>[],
  meta: { has_more: boolean; after_cursor: string | null },
) =>
  contract.fixture("get", "/api/v2/macros", 200, {
    macros,
    meta: { ...meta, before_cursor: null },
    links: {
      next: meta.after_cursor
        ? `${BASE}/api/v2/macros.json?page%5Bafter%5D=${meta.after_cursor}`
        : null,
      prev: null,
    },
  });

describe("listMacros: cursor pages of /api/v2/macros", () => {
  it("asks for 100 a page with the filters and follows after_cursor until has_more is false", async () => {
    nock(BASE)
      .get("/api/v2/macros")
      .query({ active: "true", access: "shared", "page[size]": "100" })
      .reply(
        200,
        macroPage([macro(1, "Outage reply", [reply("Sorry")])], {
          has_more: true,
          after_cursor: "m1",
        }),
      )
      .get("/api/v2/macros")
      .query({ active: "true", access: "shared", "page[size]": "100", "page[after]": "m1" })
      .reply(
        200,
        macroPage([macro(2, "Follow-up", [reply("Fixed")])], {
          has_more: false,
          after_cursor: null,
        }),
      );
    const macros = await collect(listMacros(testClient(), { active: true, access: "shared" }));
    expect(macros.map((m) => m.title)).toEqual(["Outage reply", "Follow-up"]);
  });

  it("stops when has_more is true but no cursor is given, and yields pages from listMacroPages", async () => {
    nock(BASE)
      .get("/api/v2/macros")
      .query({ "page[size]": "25", sort_by: "updated_at", sort_order: "desc" })
      .reply(
        200,
        macroPage([macro(1, "Outage reply", [])], { has_more: true, after_cursor: null }),
      );
    const pages = await collect(
      listMacros(testClient(), { pageSize: 25, sortBy: "updated_at", sortOrder: "desc" }).pages(),
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]?.meta?.has_more).toBe(true);
  });

  it("turns a refused listing into an ApiError", async () => {
    nock(BASE)
      .get("/api/v2/macros")
      .query(true)
      .reply(403, ...zendeskError("Forbidden", "You do not have access", "req-macros"));
    const error = await apiErrorOf(collect(listMacros(testClient())));
    expect(error).toMatchObject({ status: 403, code: "Forbidden", requestId: "req-macros" });
  });

  it("rejects a page size Zendesk would refuse", () => {
    expect(() => listMacros(testClient(), { pageSize: 0 })).toThrow(
      new InvalidArgumentError(
        "listMacros",
        '"pageSize" must be a whole number from 1 to 100, got 0',
      ),
    );
  });
});

describe("findMacrosByTag", () => {
  it("finds macros whose current_tags or set_tags action adds exactly that tag, on every page", async () => {
    const tagging = macro(10, "INC-42 reply", [
      reply("We are investigating."),
      { field: "current_tags", value: "outage incident/42" },
    ]);
    const replacing = macro(11, "INC-42 wrap-up", [{ field: "set_tags", value: "incident/42" }]);
    nock(BASE)
      .get("/api/v2/macros")
      .query({ "page[size]": "100" })
      .reply(
        200,
        macroPage(
          [
            tagging,
            macro(12, "Mentions incident/42 only in its title", [reply("Hi")]),
            macro(13, "Other incident", [{ field: "current_tags", value: "incident/420" }]),
          ],
          { has_more: true, after_cursor: "m1" },
        ),
      )
      .get("/api/v2/macros")
      .query({ "page[size]": "100", "page[after]": "m1" })
      .reply(
        200,
        macroPage(
          [replacing, macro(14, "Removes it", [{ field: "remove_tags", value: "incident/42" }])],
          { has_more: false, after_cursor: null },
        ),
      );
    const found = await findMacrosByTag(testClient(), "incident/42");
    expect(found.map((m) => m.id)).toEqual([10, 11]);
  });

  it("fails with the listing's ApiError", async () => {
    nock(BASE)
      .get("/api/v2/macros")
      .query(true)
      .reply(401, ...zendeskError("Unauthorized", "Couldn't authenticate you", "req-find"));
    const error = await apiErrorOf(findMacrosByTag(testClient(), "incident/42"));
    expect(error).toMatchObject({ status: 401, code: "Unauthorized", requestId: "req-find" });
  });

  it("rejects a tag with spaces", async () => {
    await expect(findMacrosByTag(testClient(), "incident 42")).rejects.toThrow(
      /findMacrosByTag: "tag" must be a tag without spaces/,
    );
  });
});

describe("macroTags and macroAddsTag", () => {
  const notice = macro(20, "INC-42 resolved", [
    reply("Fixed since 13:05 UTC."),
    { field: "current_tags", value: " incident/42  outage " },
    { field: "set_tags", value: "incident/42 resolved" },
    { field: "remove_tags", value: "incident/41" },
  ]);

  it("lists the tags a macro's current_tags and set_tags actions put on tickets, once each", () => {
    expect(macroTags(notice)).toEqual(["incident/42", "outage", "resolved"]);
    expect(macroTags({ actions: [reply("No tags here")] })).toEqual([]);
    expect(macroTags({})).toEqual([]);
  });

  it("reads a tagging action whose value is a list", () => {
    const listed = { actions: [{ field: "current_tags", value: ["incident/42", "vip"] }] };
    expect(macroTags(listed as unknown as HasMacroActions)).toEqual(["incident/42", "vip"]);
  });

  it("matches a tag exactly, never a prefix and never one the macro removes", () => {
    expect(macroAddsTag(notice, "incident/42")).toBe(true);
    expect(macroAddsTag(notice, "resolved")).toBe(true);
    expect(macroAddsTag(notice, "incident/4")).toBe(false);
    expect(macroAddsTag(notice, "incident/41")).toBe(false);
  });

  it("rejects a tag with spaces and a macro that is not an object", () => {
    expect(() => macroAddsTag(notice, "incident 42")).toThrow(
      /macroAddsTag: "tag" must be a tag without spaces/,
    );
    expect(() => macroTags(null as unknown as HasMacroActions)).toThrow(
      /macroTags: "macro" must be a macro object/,
    );
  });
});

describe("createMacro, updateMacro, deleteMacro", () => {
  const input = {
    title: "INC-42: dashboards not loading",
    actions: [
      { field: "comment_value", value: "We are investigating slow dashboards." },
      { field: "current_tags", value: "incident/42" },
    ],
    active: false,
  } satisfies MacroInput;
  const created = macro(77, input.title, input.actions);

  it("POSTs the macro and returns it with its id", async () => {
    nock(BASE)
      .post("/api/v2/macros", { macro: input })
      .reply(contract.reply("post", "/api/v2/macros", 200, { macro: created }));
    expect(await createMacro(testClient(), input)).toMatchObject({ id: 77, title: input.title });
  });

  it("turns a refused macro into an ApiError with Zendesk's code", async () => {
    nock(BASE)
      .post("/api/v2/macros")
      .reply(422, ...zendeskError("RecordInvalid", "Title: cannot be blank", "req-create"));
    const error = await apiErrorOf(createMacro(testClient(), { ...input, title: "X" }));
    expect(error).toMatchObject({ status: 422, code: "RecordInvalid", requestId: "req-create" });
  });

  it.each([
    [{ actions: [reply("x")] }, /"macro.title" must be a non-empty string/],
    [{ title: "T", actions: [] }, /"macro.actions" must be a non-empty array/],
    [{ title: "T", actions: [{ value: "x" }] }, /"macro.actions\[0\].field" must be a non-empty/],
  ])("rejects %j before any request", async (bad, message) => {
    await expect(createMacro(testClient(), bad as MacroInput)).rejects.toThrow(message);
  });

  it("PUTs the whole macro to update it", async () => {
    const changed = {
      ...input,
      actions: [
        { field: "comment_value", value: "Fixed at 13:05 UTC." },
        { field: "current_tags", value: "incident/42" },
      ],
    };
    nock(BASE)
      .put("/api/v2/macros/77", { macro: changed })
      .reply(
        contract.reply("put", "/api/v2/macros/{macro_id}", 200, {
          macro: macro(77, input.title, changed.actions),
        }),
      );
    const updated = await updateMacro(testClient(), 77, changed);
    expect(updated.actions?.[0]?.value).toBe("Fixed at 13:05 UTC.");
  });

  it("turns a refused update into an ApiError", async () => {
    nock(BASE)
      .put("/api/v2/macros/77")
      .reply(422, ...zendeskError("RecordInvalid", "Actions: invalid field", "req-update"));
    const error = await apiErrorOf(updateMacro(testClient(), 77, input));
    expect(error).toMatchObject({ status: 422, code: "RecordInvalid", requestId: "req-update" });
  });

  it("deletes a macro and says whether it existed", async () => {
    nock(BASE)
      .delete("/api/v2/macros/77")
      .reply(204)
      .delete("/api/v2/macros/78")
      .reply(404, ...zendeskError("RecordNotFound", "Not found", "req-gone"));
    expect(await deleteMacro(testClient(), 77)).toBe(true);
    expect(await deleteMacro(testClient(), 78)).toBe(false);
  });

  it("throws other delete failures as an ApiError", async () => {
    nock(BASE)
      .delete("/api/v2/macros/79")
      .reply(403, ...zendeskError("Forbidden", "Only admins may delete shared macros", "req-del"));
    const error = await apiErrorOf(deleteMacro(testClient(), 79));
    expect(error).toMatchObject({ status: 403, code: "Forbidden", requestId: "req-del" });
  });
});
