import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { until } from "./listening.js";

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  /** http://127.0.0.1:port */
  url: string;
  output: { stdout: string; stderr: string };
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs the bin from its TypeScript sources in a process of its own, as `node dist/cli.js` would. */
export async function spawnServer(
  args: string[],
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      "--conditions=source",
      "--import",
      fileURLToPath(new URL("../../../support-policy/scripts/resolve-ts.mjs", import.meta.url)),
      "src/cli.ts",
      ...args,
    ],
    {
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: "pipe",
    },
  );
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk) => {
    output.stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output.stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const listening = /listening on http:\/\/(\S+):(\d+)/;
  await Promise.race([
    until(() => listening.test(output.stderr), 60_000),
    exited.then((code) => {
      throw new Error(`the server exited with ${code} before listening:\n${output.stderr}`);
    }),
  ]);
  const port = listening.exec(output.stderr)?.[2];
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output,
    stop(signal = "SIGTERM") {
      child.kill(signal);
      return exited;
    },
  };
}
