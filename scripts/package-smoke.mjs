// The smoke scripts `check-packages` runs in a fresh project after `npm install` of the tarballs:
// one ESM (`smoke.mjs`) and one CommonJS (`smoke.cjs`) per package, keyed by the package name
// without its scope. Each gets the tarball's { name, version } and returns the script's source.

const quote = JSON.stringify;

/** A client's factory call against a closed local port, and one typed request to make. */
const CLIENTS = {
  "incidentio-client": {
    create: `createIncidentIoClient({ apiKey: SECRET, baseUrl: "http://127.0.0.1:9", retry: false })`,
    call: `client.GET("/v1/severities")`,
  },
  "zendesk-client": {
    create: `createZendeskClient({ baseUrl: "http://127.0.0.1:9", auth: { email: "smoke@example.com", apiToken: SECRET }, retry: false })`,
    call: `client.GET("/api/v2/tickets/{ticket_id}", { params: { path: { ticket_id: 1 } } })`,
  },
  "statuspage-client": {
    create: `createStatuspageClient({ apiKey: SECRET, pageId: "page1", baseUrl: "http://127.0.0.1:9", retry: false, rateLimit: false })`,
    call: `client.GET("/pages/{page_id}/components", { params: { path: { page_id: "page1" } } })`,
  },
};

/**
 * The client is the openapi-fetch client; a failed call is an ApiError of the other module
 * system's build too, named plainly and without the key.
 */
function clientChecks(short, name) {
  const { create, call } = CLIENTS[short];
  return `
const SECRET = "smoke+key/with=odd&chars%";
const client = own.${create};
for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "use", "unwrap"]) {
  assert.equal(typeof client[method], "function", \`client.\${method}\`);
}
const error = await ${call}.then(
  () => assert.fail("a request to a closed port should fail"),
  (e) => e,
);
assert.ok(error instanceof own.ApiError, "the error is an ApiError of this build");
assert.ok(error instanceof other.ApiError, "and of the other module system's build");
assert.ok(error instanceof other.ApiNetworkError);
assert.equal(error.name, "ApiNetworkError");
assert.equal(other.ApiError.name, "ApiError");
assert.ok(!String(error.stack).includes("_ApiError"));
for (const text of [String(error), JSON.stringify(error), error.stack]) {
  assert.ok(!text.includes(SECRET), "no key in the error");
}
console.log(${quote(name)}, "loads, makes typed calls and throws recognisable errors");
`;
}

const esmHeader = (name) => `import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as own from ${quote(name)};
const other = createRequire(import.meta.url)(${quote(name)});
`;

const cjsHeader = (name) => `const assert = require("node:assert/strict");
const own = require(${quote(name)});
(async () => {
const other = await import(${quote(name)});
`;
const cjsFooter = `})().catch((error) => { console.error(error); process.exit(1); });\n`;

const client = (short) => ({
  esm: ({ name }) => esmHeader(name) + clientChecks(short, name),
  cjs: ({ name }) => cjsHeader(name) + clientChecks(short, name) + cjsFooter,
});

const coreChecks = (name) => `
const redactor = own.createRedactor(["smoke+key/with=odd&chars%"]);
assert.equal(redactor.text("k=" + encodeURIComponent("smoke+key/with=odd&chars%")), "k=[REDACTED]");
assert.ok(new own.InvalidArgumentError("h", "p") instanceof other.ClientConfigError);
console.log(${quote(name)}, "loads");
`;

const policyChecks = (name) => `
assert.equal(typeof own.evaluate, "function");
assert.equal(typeof own.lint, "function");
assert.ok(new own.PolicyInputError([]) instanceof Error);
console.log(${quote(name)}, "loads");
`;

const watcherChecks = (name, version) => `
const { execFileSync } = await import("node:child_process");
assert.equal(own.VERSION, ${quote(version)});
assert.equal(typeof other.main, "function");
const printed = execFileSync(process.platform === "win32" ? "npx.cmd" : "npx", ["--no-install", "support-watcher", "--version"], { encoding: "utf8" });
assert.equal(printed, ${quote(`${version}\n`)});
console.log(${quote(name)}, "loads, and support-watcher --version prints", ${quote(version)});
`;

const serverChecks = (name, version) => `
const { execFileSync } = await import("node:child_process");
assert.equal(typeof own.createApp, "function");
assert.equal(typeof other.startServer, "function");
const help = execFileSync(process.platform === "win32" ? "npx.cmd" : "npx", ["--no-install", "support-policy-server", "--help"], { encoding: "utf8" });
assert.match(help, /support-policy-server/);
// The webhooks re-evaluate with @support/watcher, a dependency of the server's tarball.
const watcher = await import("@support/watcher");
const reevaluation = own.createLiveReevaluation({ env: {}, config: watcher.WatcherConfigSchema.parse({}) });
assert.equal(typeof reevaluation.handlers, "function");
assert.equal(reevaluation.followed(), 0);
console.log(${quote(name)}, ${quote(version)}, "loads, and support-policy-server --help runs");
`;

export const SMOKE = {
  "incidentio-client": client("incidentio-client"),
  "zendesk-client": client("zendesk-client"),
  "statuspage-client": client("statuspage-client"),
  "api-core": {
    esm: ({ name }) => esmHeader(name) + coreChecks(name),
    cjs: ({ name }) => cjsHeader(name) + coreChecks(name) + cjsFooter,
  },
  policy: {
    esm: ({ name }) => esmHeader(name) + policyChecks(name),
    cjs: ({ name }) => cjsHeader(name) + policyChecks(name) + cjsFooter,
  },
  "policy-server": {
    esm: ({ name, version }) => esmHeader(name) + serverChecks(name, version),
    cjs: ({ name, version }) => cjsHeader(name) + serverChecks(name, version) + cjsFooter,
  },
  watcher: {
    esm: ({ name, version }) => esmHeader(name) + watcherChecks(name, version),
    cjs: ({ name, version }) => cjsHeader(name) + watcherChecks(name, version) + cjsFooter,
  },
};
