import { createRedactor, credentialSecrets, MIN_SECRET_LENGTH } from "@support/api-core";
import type { Io, Output } from "../io.js";

type Env = Io["env"];

/** The environment variables that hold secrets; every output is scrubbed of their values. */
export const SECRET_VARIABLES = [
  "INCIDENT_IO_API_KEY",
  "ZENDESK_API_TOKEN",
  "ZENDESK_OAUTH_TOKEN",
  "STATUSPAGE_API_KEY",
  "SLACK_BOT_TOKEN",
] as const;

/** Scrubs every credential in the environment out of a text, in every form a vendor may echo. */
export type Redact = (text: string) => string;

export interface OutputRedaction {
  redact: Redact;
  /** Secret variables too short to redact (they would mangle ordinary words), by name. */
  tooShort: string[];
}

const read = (env: Env, name: string): string | undefined => env[name]?.trim() || undefined;

/**
 * The one redactor of the command line, built from the environment: each secret, the Zendesk
 * Basic credential `email/token:TOKEN`, and the header forms the clients send (`Bearer …`,
 * `Basic …`, `OAuth …`), each in every encoding (see api-core's `secretVariants`). Only known
 * values are replaced: output for people keeps words like "Basic plan".
 */
const secretsOf = (env: Env) =>
  SECRET_VARIABLES.flatMap((name) => {
    const value = read(env, name);
    return value === undefined ? [] : [{ name, value }];
  });

/**
 * Every credential value in the environment and the header forms the clients send them in
 * (`Bearer …`, `OAuth …`, Zendesk's `Basic` with `email/token:TOKEN` decoded): what the output
 * redactor scrubs, and what each client is told to scrub from its own errors (`redactSecrets`),
 * so one client's error quoting another's key is scrubbed whole.
 */
export function environmentSecrets(env: Env): string[] {
  const secrets = secretsOf(env).map(({ value }) => value);
  const email = read(env, "ZENDESK_EMAIL");
  const token = read(env, "ZENDESK_API_TOKEN");
  const basic =
    email && token ? Buffer.from(`${email}/token:${token}`, "utf8").toString("base64") : undefined;
  const headers = [
    ...secrets.flatMap((value) => [`Bearer ${value}`, `OAuth ${value}`]),
    ...(basic ? [`Basic ${basic}`] : []),
  ];
  return [...secrets, ...credentialSecrets(headers)];
}

export function outputRedaction(env: Env): OutputRedaction {
  // createRedactor leaves out values shorter than MIN_SECRET_LENGTH; they are reported instead.
  const redactor = createRedactor(environmentSecrets(env), { patterns: false });
  return {
    redact: redactor.text,
    tooShort: secretsOf(env)
      .filter(({ value }) => value.length < MIN_SECRET_LENGTH)
      .map((s) => s.name),
  };
}

const redacting = (output: Output, redact: Redact): Output => ({
  write: (text) => output.write(redact(text)),
  isTTY: output.isTTY,
  columns: output.columns,
});

/** The same Io with stdout and stderr scrubbed, so no command can write a secret to either. */
export function redactedIo(io: Io, redact: Redact): Io {
  return { ...io, stdout: redacting(io.stdout, redact), stderr: redacting(io.stderr, redact) };
}

/** The one warning about secrets too short to scrub from output, or none. */
export function shortSecretWarning(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const list = names.join(", ");
  const verb = names.length === 1 ? "is" : "are";
  return `support-watcher: warning: ${list} ${verb} shorter than ${MIN_SECRET_LENGTH} characters, which no real credential is; check the value. It is used as given, but cannot be scrubbed from output.`;
}
