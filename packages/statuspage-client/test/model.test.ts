import { describe, expect, it } from "vitest";
import { COMPONENT_STATUSES, STATUSPAGE_INCIDENT_STATUSES } from "../src/index.js";
import { contract } from "./support.js";

// The helpers validate input against these lists at run time; they must be the document's own.
const schemas = (contract.document.components as unknown as { schemas: Record<string, Schema> })
  .schemas;
interface Schema {
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  enum?: string[];
}

describe("status lists", () => {
  it("STATUSPAGE_INCIDENT_STATUSES are exactly the statuses an incident update may set", () => {
    const patch = schemas.patchPagesPageIdIncidents?.properties?.incident?.properties;
    expect([...STATUSPAGE_INCIDENT_STATUSES]).toEqual(patch?.status?.enum);
  });

  it("COMPONENT_STATUSES are the overlaid component map's values without the empty one", () => {
    const patch = schemas.patchPagesPageIdIncidents?.properties?.incident?.properties;
    const allowed = patch?.components?.additionalProperties?.enum ?? [];
    expect([...COMPONENT_STATUSES]).toEqual(allowed.filter((status) => status !== ""));
    expect(schemas.Component?.properties?.status?.enum).toEqual(allowed);
  });
});
