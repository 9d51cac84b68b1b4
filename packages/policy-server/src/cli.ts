#!/usr/bin/env node
import { main } from "./main.js";

const stopSignal = new Promise<string>((resolve) => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => resolve(signal));
});

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stderr: process.stderr,
  stdout: process.stdout,
  stopSignal,
});
