import nock from "nock";
import { describe, expect, it } from "vitest";
import { assignIncidentRole, type RoleAssignment } from "../../src/index.js";
import { commsRole, incident } from "../fixtures.js";
import {
  BASE,
  checkNockScopes,
  contract,
  expectApiError,
  refuseValidRequest,
  testClient,
  vendorError,
} from "../support.js";

checkNockScopes();

const ID = "01JN8Q1INCIDENTCHECKOUT00A";
const before = incident(ID, 4182, "Card payments declined");
const after = {
  ...before,
  incident_role_assignments: [
    {
      role: { ...commsRole },
      assignee: {
        id: "01JN8Q0USERTOMAS000000000J",
        name: "Tomas Lind",
        role: "responder" as const,
      },
    },
  ],
};

/** Answers the edit action after checking its body against the document, and records the body. */
function expectEdit(id: string) {
  const bodies: unknown[] = [];
  const reply = contract.reply("post", "/v2/incidents/{id}/actions/edit", 200, {
    incident: after,
  });
  nock(BASE)
    .post(`/v2/incidents/${id}/actions/edit`)
    .reply(async (request: Request) => {
      bodies.push(await request.clone().json());
      return reply(request);
    });
  return bodies;
}

const assignment: RoleAssignment = {
  roleId: commsRole.id,
  assignee: { email: "tomas@acme.test" },
  notifyIncidentChannel: false,
};

describe("assignIncidentRole", () => {
  it("sends one role assignment with the notify flag through the edit action", async () => {
    const bodies = expectEdit(ID);
    const edited = await assignIncidentRole(testClient(), ID, assignment);
    expect(bodies).toEqual([
      {
        incident: {
          incident_role_assignments: [
            { incident_role_id: commsRole.id, assignee: { email: "tomas@acme.test" } },
          ],
        },
        notify_incident_channel: false,
      },
    ]);
    expect(edited.incident_role_assignments[0]?.assignee?.name).toBe("Tomas Lind");
  });

  it("passes notifyIncidentChannel: true through and accepts a user ID", async () => {
    const bodies = expectEdit(ID);
    await assignIncidentRole(testClient(), ID, {
      roleId: commsRole.id,
      assignee: { id: "01JN8Q0USERTOMAS000000000J" },
      notifyIncidentChannel: true,
    });
    expect(bodies[0]).toMatchObject({
      incident: { incident_role_assignments: [{ assignee: { id: "01JN8Q0USERTOMAS000000000J" } }] },
      notify_incident_channel: true,
    });
  });

  it("resolves a reference first, since the edit action takes the full ID", async () => {
    nock(BASE)
      .get("/v2/incidents/4182")
      .reply(contract.reply("get", "/v2/incidents/{id}", 200, { incident: before }));
    expectEdit(ID);
    expect((await assignIncidentRole(testClient(), "INC-4182", assignment)).id).toBe(ID);
  });

  it("throws the vendor's error as a typed ApiError", async () => {
    nock(BASE)
      .post(`/v2/incidents/${ID}/actions/edit`)
      .reply(
        refuseValidRequest(
          "post",
          "/v2/incidents/{id}/actions/edit",
          422,
          vendorError(422, "invalid_value", "incident_role_id: not found", "req-edit-422"),
        ),
      );
    await expectApiError(assignIncidentRole(testClient(), ID, assignment), {
      status: 422,
      code: "invalid_value",
      requestId: "req-edit-422",
    });
  });

  it.each([
    [
      { ...assignment, notifyIncidentChannel: undefined },
      '"notifyIncidentChannel" must be true or false',
    ],
    [{ ...assignment, roleId: " " }, '"roleId" must be a non-empty string'],
    [{ ...assignment, assignee: {} }, '"assignee" must have an "id", "email" or "slack_user_id"'],
    [{ ...assignment, assignee: { email: "" } }, '"assignee" must have an "id", "email"'],
    [null, "expected an assignment { roleId, assignee, notifyIncidentChannel }"],
  ])("refuses %j before sending anything", async (given, message) => {
    await expect(
      assignIncidentRole(testClient(), ID, given as unknown as RoleAssignment),
    ).rejects.toThrow(`assignIncidentRole: ${message}`);
  });
});
