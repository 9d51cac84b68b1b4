import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { HANDBOOK_SECTIONS, lintRules, policyRules } from "@support/policy";

/** Which policy answers: the package version and a hash of its rule set. */
export interface PolicyVersion {
  /** The @support/policy version, e.g. "0.1.0". */
  package: string;
  /** sha256 of the rule set, hex. */
  rules: string;
  /** Both in one semver string with build metadata: "0.1.0+rules.3f2a9c1b0d4e". */
  label: string;
}

/**
 * The rule set is what POLICY.md renders (every rule's conditions, decision and the config
 * defaults, regenerated and checked with every rule change) plus the rule and lint metadata.
 */
export function policyVersion(): PolicyVersion {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("@support/policy/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { version: string };
  const policyDoc = join(dirname(manifestPath), "POLICY.md");
  let rendered: string;
  try {
    rendered = readFileSync(policyDoc, "utf8");
  } catch {
    throw new Error(
      `The policy's rule index ${policyDoc} cannot be read; reinstall @support/policy.`,
    );
  }
  const rules = createHash("sha256")
    .update(rendered)
    .update(JSON.stringify({ policyRules, lintRules, HANDBOOK_SECTIONS }))
    .digest("hex");
  return {
    package: manifest.version,
    rules,
    label: `${manifest.version}+rules.${rules.slice(0, 12)}`,
  };
}
