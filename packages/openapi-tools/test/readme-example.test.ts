import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadReadmeExample } from "../src/testing/readme-example.ts";

const made: string[] = [];

afterEach(async () => {
  delete process.env.README_EXAMPLE_KEEP;
  delete process.env.README_EXAMPLE_GONE;
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const SOURCE = `export const greet = (name: string): string => \`hello \${name}\`;\n`;

/** A package folder with a README and a `source` entry; returns its URL. */
async function fakePackage(readme: string, source = SOURCE): Promise<URL> {
  const dir = await mkdtemp(join(tmpdir(), "greeter-package-"));
  made.push(dir);
  await mkdir(join(dir, "src"));
  await writeFile(join(dir, "src", "index.ts"), source);
  await writeFile(join(dir, "README.md"), readme);
  await writeFile(
    join(dir, "package.json"),
    JSON.stringify({ name: "@acme/greeter", exports: { ".": { source: "./src/index.ts" } } }),
  );
  return pathToFileURL(dir);
}

const readmeWith = (code: string) =>
  `# Greeter\n\nSome prose.\n\n\`\`\`sh\nnpm i @acme/greeter\n\`\`\`\n\n\`\`\`ts\n${code}\`\`\`\n\n\`\`\`ts\nconsole.log("second block");\n\`\`\`\n`;

describe("loadReadmeExample", () => {
  it("runs the first ts block against the package's source entry and captures the console", async () => {
    const example = await loadReadmeExample(
      await fakePackage(
        readmeWith(
          'import { greet } from "@acme/greeter";\nconsole.log(greet("Ada"), 2);\nconsole.error("careful");\n',
        ),
      ),
    );

    expect(await example.run()).toStrictEqual({
      log: ["hello Ada 2"],
      error: ["careful"],
      exitCode: undefined,
    });
    expect(example.code).toContain('from "@acme/greeter"');
  });

  it("gives the example its environment and arguments, then restores them", async () => {
    process.env.README_EXAMPLE_KEEP = "outer";
    process.env.README_EXAMPLE_GONE = "outer";
    const example = await loadReadmeExample(
      await fakePackage(
        readmeWith(
          'import { greet } from "@acme/greeter";\n' +
            'console.log(greet(process.env.README_EXAMPLE_KEEP ?? "none"), process.env.README_EXAMPLE_GONE ?? "unset");\n' +
            'console.log(process.argv.slice(2).join(" "));\n',
        ),
      ),
    );
    const argv = process.argv;

    const output = await example.run({
      env: { README_EXAMPLE_KEEP: "inner", README_EXAMPLE_GONE: undefined },
      args: ["INC-1", "--verbose"],
    });

    expect(output.log).toEqual(["hello inner unset", "INC-1 --verbose"]);
    expect(process.env.README_EXAMPLE_KEEP).toBe("outer");
    expect(process.env.README_EXAMPLE_GONE).toBe("outer");
    expect(process.argv).toBe(argv);
  });

  it("reports the exit code the example set and puts the process's own back", async () => {
    const example = await loadReadmeExample(
      await fakePackage(readmeWith('import "@acme/greeter";\nprocess.exitCode = 3;\n')),
    );

    expect((await example.run()).exitCode).toBe(3);
    expect(process.exitCode).toBeUndefined();
  });

  it("rethrows what the example throws, with the console, exit code and temp files restored", async () => {
    const { log } = console;
    const example = await loadReadmeExample(
      await fakePackage(
        readmeWith(
          'import "@acme/greeter";\n' +
            "Object.assign(globalThis, { exampleFile: process.argv[1] });\n" +
            'process.exitCode = 1;\nthrow new Error("boom");\n',
        ),
      ),
    );

    await expect(example.run()).rejects.toThrow("boom");
    expect(console.log).toBe(log);
    expect(process.exitCode).toBeUndefined();
    const { exampleFile } = globalThis as { exampleFile?: string };
    expect(exampleFile).toMatch(/example\.ts$/);
    expect(existsSync(exampleFile ?? "")).toBe(false);
  });

  it("fails when the README has no ts block", async () => {
    const dir = await fakePackage("# Greeter\n\n```js\nconsole.log(1);\n```\n");
    await expect(loadReadmeExample(dir)).rejects.toThrow(/README\.md has no ```ts code block/);
  });

  it("fails when the example does not import the package, since it would not test it", async () => {
    const dir = await fakePackage(readmeWith('import { greet } from "greeter";\n'));
    await expect(loadReadmeExample(dir)).rejects.toThrow(
      /example in .*README\.md does not import "@acme\/greeter"/,
    );
  });
});
