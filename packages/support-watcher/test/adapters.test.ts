import { describe, expect, it } from "vitest";
import { DataProblems } from "../src/adapters/data-problems.js";
import {
  customFieldValues,
  impactChangedAt,
  severityOf,
  statusOf,
} from "../src/adapters/incident.js";
import { toPolicyMacro } from "../src/adapters/macro.js";
import { People } from "../src/adapters/people.js";
import { toPolicyOrganization, toPolicyTicket } from "../src/adapters/tickets.js";
import { Warnings } from "../src/adapters/warnings.js";
import { parseConfig } from "../src/config/load.js";
import type { IncidentUpdate } from "./support/fake-vendors.js";
import { COMPONENTS_FIELD, CONFIG, incidentMacro, incidentV2, MAJOR } from "./support/world.js";

const config = parseConfig(CONFIG, "test");

describe("incident.io severity, status and custom fields", () => {
  it("maps severity names case-insensitively and reads an unmapped one as major, reported", () => {
    const incident = incidentV2();
    expect(severityOf(incident, config.incidentIo, new Warnings())).toBe("major");
    const minor = { ...incident, severity: { ...MAJOR, name: "mInOr " } };
    expect(severityOf(minor, config.incidentIo, new Warnings())).toBe("minor");
    const warnings = new Warnings();
    const problems = new DataProblems();
    const custom = { ...incident, severity: { ...MAJOR, name: "SEV1" } };
    expect(severityOf(custom, config.incidentIo, warnings, problems)).toBe("major");
    expect(warnings.list()).toEqual([
      'incident.io severity "SEV1" has no mapping in incidentIo.severities; it is read as major until the config maps it (minor, major or critical).',
    ]);
    expect(problems.list()).toEqual([
      {
        vendor: "incident.io",
        object: "incident",
        id: "INC-2417",
        field: "severity.name",
        value: "SEV1",
        action: "used major, the stricter reading, until incidentIo.severities maps it",
      },
    ]);
  });

  it("treats a triage incident without severity as minor, with a note", () => {
    const warnings = new Warnings();
    const { severity: _, ...incident } = incidentV2();
    expect(severityOf(incident, config.incidentIo, warnings)).toBe("minor");
    expect(warnings.list()).toEqual(["INC-2417 has no severity yet; it is treated as minor."]);
  });

  it("maps status categories, and configured live statuses to monitoring", () => {
    const incident = incidentV2();
    const withStatus = (category: string, name: string) =>
      ({
        ...incident,
        incident_status: { ...incident.incident_status, category, name },
      }) as typeof incident;
    expect(statusOf(withStatus("live", "Investigating"), config.incidentIo)).toBe("active");
    expect(statusOf(withStatus("live", "Monitoring"), config.incidentIo)).toBe("monitoring");
    expect(statusOf(withStatus("learning", "Post-incident"), config.incidentIo)).toBe("resolved");
    expect(statusOf(withStatus("closed", "Closed"), config.incidentIo)).toBe("closed");
    expect(statusOf(withStatus("canceled", "Canceled"), config.incidentIo)).toBe("declined");
  });

  it("reads option, catalog and comma-separated text values of a custom field", () => {
    const incident = incidentV2();
    const field = COMPONENTS_FIELD;
    const entries = [
      field,
      {
        custom_field: {
          ...field.custom_field,
          id: "f2",
          name: "Regions",
          field_type: "text" as const,
        },
        values: [{ value_text: "EU, US " }],
      },
      {
        custom_field: {
          ...field.custom_field,
          id: "f3",
          name: "Service",
          field_type: "single_select" as const,
        },
        values: [{ value_catalog_entry: { id: "c1", name: "Flags API" } }],
      },
    ];
    const withFields = { ...incident, custom_field_entries: entries };
    expect(customFieldValues(withFields, "affected components")).toEqual([
      "Feature flags",
      "Experiments",
    ]);
    expect(customFieldValues(withFields, "Regions")).toEqual(["EU", "US"]);
    expect(customFieldValues(withFields, "Service")).toEqual(["Flags API"]);
    expect(customFieldValues(withFields, "Missing")).toEqual([]);
  });

  it("dates an impact change at the latest update that changed severity or status", () => {
    const incident = incidentV2();
    const update = (at: string, severity: string, status: string): IncidentUpdate => ({
      id: at,
      incident_id: incident.id,
      created_at: at,
      updater: {},
      new_severity: { ...MAJOR, id: severity },
      new_incident_status: { ...incident.incident_status, id: status },
    });
    const updates = [
      update("2026-06-03T15:00:00Z", "major", "investigating"),
      update("2026-06-03T15:20:00Z", "major", "investigating"),
      update("2026-06-03T15:48:00Z", "critical", "investigating"),
      update("2026-06-03T16:00:00Z", "critical", "investigating"),
    ];
    expect(impactChangedAt(updates)).toBe("2026-06-03T15:48:00Z");
    expect(impactChangedAt(updates.slice(0, 2))).toBeUndefined();
  });
});

describe("Zendesk organizations, tickets and macros", () => {
  it("recognises an enterprise customer by tag or field, and finds the account team", () => {
    const people = new People(config, new Warnings());
    const byTag = toPolicyOrganization(
      {
        id: 1,
        name: "Northwind",
        tags: ["enterprise"],
        organization_fields: { tam_email: "kenji@example.com" },
      },
      config,
      people,
    );
    expect(byTag).toMatchObject({
      enterprise: true,
      tam: { name: "Kenji Sato", timezone: "Asia/Tokyo" },
    });
    const fieldConfig = parseConfig(
      {
        ...CONFIG,
        zendesk: { enterprise: { organizationField: "plan", organizationFieldValues: ["scale"] } },
      },
      "test",
    );
    const byField = toPolicyOrganization(
      { id: 2, name: "Acme", organization_fields: { plan: "scale" } },
      fieldConfig,
      people,
    );
    expect(byField.enterprise).toBe(true);
    const neither = toPolicyOrganization(
      { id: 3, name: "Small Co", organization_fields: { plan: "free" } },
      fieldConfig,
      people,
    );
    expect(neither.enterprise).toBe(false);
  });

  it("assumes the default time zone for an account manager missing from the config, with a note", () => {
    const warnings = new Warnings();
    const org = toPolicyOrganization(
      {
        id: 4,
        name: "Globex",
        tags: ["enterprise"],
        organization_fields: { csm_email: "new.csm@example.com" },
      },
      config,
      new People(config, warnings),
    );
    expect(org.csm).toEqual({
      name: "new.csm@example.com",
      email: "new.csm@example.com",
      timezone: "UTC",
    });
    expect(warnings.list()[0]).toContain(
      "new.csm@example.com (CSM of Globex) is in neither team nor accountTeam",
    );
  });

  it("counts a new or open ticket as waiting since its last update, and reads the notice marker", () => {
    const base = {
      id: 7,
      subject: "Flags slow",
      created_at: "2026-06-03T15:00:00Z",
      updated_at: "2026-06-03T15:30:00Z",
    };
    const open = toPolicyTicket(
      { ...base, status: "open", tags: [] },
      { attached: false, markerTag: "incident/1/notified" },
      new DataProblems(),
    );
    expect(open?.awaitingReplySince).toBe("2026-06-03T15:30:00Z");
    const pending = toPolicyTicket(
      { ...base, status: "pending", tags: "incident/1 incident/1/notified" },
      { attached: true, markerTag: "incident/1/notified" },
      new DataProblems(),
    );
    expect(pending).toMatchObject({
      tags: ["incident/1", "incident/1/notified"],
      attachedToIncident: true,
      relatedToIncident: true,
      resolutionNoticeSentAt: "2026-06-03T15:30:00Z",
    });
    expect(pending?.awaitingReplySince).toBeUndefined();
  });

  it("gives attachedToIncident whenever it is known, false included, and leaves it out when not", () => {
    const tagged = {
      id: 7,
      subject: "Flags slow",
      status: "open" as const,
      tags: ["incident/1"],
      created_at: "2026-06-03T15:00:00Z",
    };
    const facts = { markerTag: "incident/1/notified" };
    const unattached = toPolicyTicket(tagged, { ...facts, attached: false }, new DataProblems());
    expect(unattached?.attachedToIncident).toBe(false);
    expect(unattached?.relatedToIncident).toBeUndefined();
    const unknown = toPolicyTicket(tagged, { ...facts, attached: undefined }, new DataProblems());
    expect(unknown).not.toHaveProperty("attachedToIncident");
  });

  it("reads a macro's tags and body; an active macro counts as approved", () => {
    expect(toPolicyMacro(incidentMacro(false))).toMatchObject({
      id: "36002418",
      tags: ["incident", "incident/2417"],
      body: expect.stringContaining("Feature flag changes in EU projects"),
    });
    expect(toPolicyMacro(incidentMacro(false)).approvedByCommsAt).toBeUndefined();
    expect(toPolicyMacro(incidentMacro(true)).approvedByCommsAt).toBe("2026-06-03T15:30:00Z");
  });
});
