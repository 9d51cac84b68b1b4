// README.md and CONTRIBUTING.md stay true: the commands they name exist, the paths they name are
// there, the layout lists real folders, the Quick start is two commands, and the rule recipe
// names every field defineRule takes.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const read = (file) => readFileSync(resolve(root, file), "utf8");
const DOCS = ["README.md", "CONTRIBUTING.md"];
const scripts = Object.keys(JSON.parse(read("package.json")).scripts);

/** pnpm's own commands the docs use through ./run. */
const PNPM_COMMANDS = ["install", "add", "remove", "update", "exec", "run"];

/** The text of one `##` section. */
const section = (text, heading) => {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const end = text.indexOf("\n## ", start + 1);
  return text.slice(start, end < 0 ? undefined : end);
};

/** The command word of `./run …`, past leading options such as `--filter <pkg>`. */
function commandWord(args) {
  const words = args.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "--filter") i++;
    else if (!words[i].startsWith("-")) return words[i];
  }
  return "test";
}

describe.each(DOCS)("%s", (file) => {
  const text = read(file);

  it("names only commands ./run has", () => {
    const named = [...text.matchAll(/`\.\/run([^`]*)`/g)].map((match) => commandWord(match[1]));
    const unknown = named.filter(
      (word) =>
        !word.startsWith("<") &&
        !scripts.includes(word) &&
        !PNPM_COMMANDS.includes(word) &&
        !existsSync(resolve(root, "node_modules/.bin", word)),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(unknown).toEqual([]);
  });

  it("names only paths that exist", () => {
    const paths = [
      ...[...text.matchAll(/`((?:packages|scripts|\.ci|\.changeset)\/[^`\s]*)`/g)].map((m) => m[1]),
      ...[...text.matchAll(/\]\(((?!https?:|#)[^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]),
    ].filter((path) => !/[<…*]/.test(path));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !existsSync(resolve(root, path)))).toEqual([]);
  });
});

describe("CONTRIBUTING.md's layout", () => {
  it("lists every package and only folders and files that exist", () => {
    const layout = /## Layout\n\n```\n([\s\S]*?)```/.exec(read("CONTRIBUTING.md"))?.[1] ?? "";
    const named = [];
    let folder = "";
    let subfolder = "";
    for (const line of layout.split("\n")) {
      const [, indent = "", entry = ""] = /^( *)(\S+)/.exec(line) ?? [];
      if (entry === "" || indent.length > 4) continue; // a description's second line
      const depth = indent.length / 2;
      const path = [folder, subfolder][depth - 1] ?? "";
      if (depth === 0) folder = entry.endsWith("/") ? entry : "";
      if (depth === 1 && entry.endsWith("/")) subfolder = `${folder}${entry}`;
      named.push(`${path}${entry}`);
    }
    const real = named.filter((path) => !/[<*─┐┘├]/.test(path));
    expect(real.filter((path) => !existsSync(resolve(root, path)))).toEqual([]);
    for (const pkg of ["api-core", "support-policy", "support-watcher", "policy-server"])
      expect(real).toContain(`packages/${pkg}/`);
  });
});

describe("README.md's Quick start", () => {
  it("is exactly two commands", () => {
    const quick = section(read("README.md"), "Quick start");
    expect(/```sh\n([\s\S]*?)```/.exec(quick)?.[1]).toBe("./run brief\n./run test\n");
  });
});

describe("CONTRIBUTING.md's rule recipe", () => {
  it("names every field defineRule takes", () => {
    const spec = read("packages/support-policy/src/rules/define-rule.ts");
    const body = /export interface RuleSpec<[\s\S]*?> \{\n([\s\S]*?)\n\}/.exec(spec)?.[1] ?? "";
    const fields = [...body.matchAll(/^ {2}([a-zA-Z]+)\??[:(]/gm)].map((m) => m[1]);
    const recipe = section(read("CONTRIBUTING.md"), "Adding a rule");
    expect(fields.length).toBeGreaterThan(8);
    expect(fields.filter((field) => !new RegExp(`\`${field}[\`(]`).test(recipe))).toEqual([]);
  });
});
