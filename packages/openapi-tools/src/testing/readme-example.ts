// Runs a package README's example as a module inside a test, so the documented code keeps working.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { format } from "node:util";

/** What one run of the example sees besides the package itself. */
export interface ReadmeExampleRun {
  /** Environment variables for the run; `undefined` removes one. All are restored afterwards. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Command-line arguments, i.e. what the example reads from `process.argv.slice(2)`. */
  args?: readonly string[];
}

/** What the example printed and the exit code it set. */
export interface ReadmeExampleOutput {
  /** One entry per `console.log` call, formatted as the console would print it. */
  log: string[];
  /** One entry per `console.error` call. */
  error: string[];
  /** `process.exitCode` as the example left it (`undefined` when it set none). */
  exitCode: typeof process.exitCode;
}

export interface ReadmeExample {
  /** The example's source, as written in the README. */
  readonly code: string;
  /** Runs the example once; it throws what the example throws, after restoring everything. */
  run(options?: ReadmeExampleRun): Promise<ReadmeExampleOutput>;
}

const FIRST_TS_BLOCK = /^```ts\n([\s\S]*?)^```$/m;

/**
 * The first ```` ```ts ```` block of `<packageDir>/README.md`, made runnable: its imports of the
 * package (by its `package.json` name) are pointed at the `source` entry, so no build is needed.
 */
export async function loadReadmeExample(packageDir: URL): Promise<ReadmeExample> {
  const dir = new URL(packageDir.href.endsWith("/") ? packageDir.href : `${packageDir.href}/`);
  const readmePath = fileURLToPath(new URL("README.md", dir));
  const { name, entry } = await sourceEntry(dir);
  const code = FIRST_TS_BLOCK.exec(await readFile(readmePath, "utf8"))?.[1];
  if (code === undefined) throw new Error(`${readmePath} has no \`\`\`ts code block`);
  const specifier = JSON.stringify(name);
  if (!code.includes(specifier)) {
    throw new Error(`the example in ${readmePath} does not import ${specifier}`);
  }
  const runnable = code.replaceAll(specifier, JSON.stringify(fileURLToPath(entry)));
  return { code, run: (options = {}) => runModule(runnable, options) };
}

async function sourceEntry(dir: URL): Promise<{ name: string; entry: URL }> {
  const manifest = JSON.parse(await readFile(new URL("package.json", dir), "utf8")) as {
    name?: unknown;
    exports?: { "."?: { source?: unknown } };
  };
  const source = manifest.exports?.["."]?.source;
  if (typeof manifest.name !== "string" || typeof source !== "string") {
    throw new Error(`${fileURLToPath(dir)}package.json needs a "name" and an exports["."].source`);
  }
  return { name: manifest.name, entry: new URL(source, dir) };
}

// Every global the run changes is put back in `finally`, so one run cannot leak into the next test.
async function runModule(code: string, options: ReadmeExampleRun): Promise<ReadmeExampleOutput> {
  const dir = await mkdtemp(join(tmpdir(), "readme-example-"));
  const file = join(dir, "example.ts");
  await writeFile(file, code);
  const output: ReadmeExampleOutput = { log: [], error: [], exitCode: undefined };
  const restoreEnv = applyEnv(options.env ?? {});
  const { log, error } = console;
  const { argv, exitCode } = process;
  console.log = (...values: unknown[]) => output.log.push(format(...values));
  console.error = (...values: unknown[]) => output.error.push(format(...values));
  process.argv = [argv[0] ?? "node", file, ...(options.args ?? [])];
  process.exitCode = undefined;
  try {
    await import(/* @vite-ignore */ file);
    output.exitCode = process.exitCode;
    return output;
  } finally {
    console.log = log;
    console.error = error;
    process.argv = argv;
    process.exitCode = exitCode;
    restoreEnv();
    await rm(dir, { recursive: true, force: true });
  }
}

function applyEnv(env: Readonly<Record<string, string | undefined>>): () => void {
  const saved = Object.keys(env).map((key) => [key, process.env[key]] as const);
  for (const [key, value] of Object.entries(env)) setEnv(key, value);
  return () => {
    for (const [key, value] of saved) setEnv(key, value);
  };
}

function setEnv(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}
