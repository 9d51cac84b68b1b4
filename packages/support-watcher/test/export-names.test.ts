// The naming rule of the client packages: a name that two of the packages a consumer combines
// (the three clients and @support/policy) export is vendor-prefixed in the client, so nobody
// renames on import. Only api-core's shared errors and types, and last version's names kept as
// deprecated aliases, may be exported twice.
import { createRequire } from "node:module";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const resolve = createRequire(import.meta.url).resolve;
const ENTRIES = {
  "@support/incidentio-client": "../../incidentio-client/src/index.ts",
  "@support/zendesk-client": "../../zendesk-client/src/index.ts",
  "@support/statuspage-client": "../../statuspage-client/src/index.ts",
  "@support/policy": "../../support-policy/src/index.ts",
  "@support/api-core/public": "../../api-core/src/public.ts",
};

/** Deprecated aliases, each going in the next minor version. */
const DEPRECATED = new Set([
  "components",
  "operations",
  "paths",
  "ListOptions",
  "getIncident",
  "Incident",
  "IncidentStatus",
  "Severity",
  "User",
  "Ticket",
  "incidentTag",
  "INCIDENT_STATUSES",
]);

function exportsOf(): Map<string, string[]> {
  const files = Object.values(ENTRIES).map((path) => resolve(path));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    customConditions: ["source"],
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const byName = new Map<string, string[]>();
  for (const [name, path] of Object.entries(ENTRIES)) {
    const source = program.getSourceFile(resolve(path));
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`cannot read the exports of ${name}`);
    for (const symbol of checker.getExportsOfModule(module)) {
      byName.set(symbol.name, [...(byName.get(symbol.name) ?? []), name]);
    }
  }
  return byName;
}

describe("export names across the client packages and the policy", () => {
  it("are shared only by api-core's own names and the deprecated aliases", () => {
    const byName = exportsOf();
    const shared = [...byName]
      .filter(([, packages]) => packages.length > 1)
      .filter(([, packages]) => !packages.includes("@support/api-core/public"))
      .map(([name]) => name)
      .filter((name) => !DEPRECATED.has(name));
    expect(shared).toEqual([]);
    // The prefixed names exist where the plain ones collide.
    for (const name of [
      "IncidentIoIncident",
      "getIncidentIoIncident",
      "StatuspageIncident",
      "getStatuspageIncident",
      "ZendeskTicket",
      "ZendeskUser",
      "IncidentIoUser",
      "zendeskIncidentTag",
      "IncidentIoPaths",
      "ZendeskPaths",
      "StatuspagePaths",
      "STATUSPAGE_INCIDENT_STATUSES",
    ]) {
      expect(byName.get(name), name).toHaveLength(1);
    }
  });
});
