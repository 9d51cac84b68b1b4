// The watcher's bundled example (a major incident mid-flight, seen from London) and the server
// config beside this package, plus the handbook situations the route tests send through.
import example from "../../../support-watcher/src/scenario/example-scenario.json" with {
  type: "json",
};
import serverConfig from "../../examples/server-config.json" with { type: "json" };

type Json = Record<string, unknown>;

export const EXAMPLE = example as unknown as {
  now: string;
  incident: Json & { id: string; number: number; affectedComponents: string[] };
  tickets: Array<Json & { id: string }>;
  team: Json[];
  config: Json;
};
export const EXAMPLE_CONFIG = serverConfig;

/** The example's full policy context, as a library caller would pass it. */
export const exampleContext = (overrides: Json = {}): Json => ({
  now: EXAMPLE.now,
  team: EXAMPLE.team,
  config: EXAMPLE.config,
  ...overrides,
});

const minutesAfter = (at: string, minutes: number) =>
  new Date(Date.parse(at) + minutes * 60_000).toISOString();

/**
 * Handbook situations on the example incident: as it is, before anyone volunteered as watcher,
 * at the watcher's end of day, out of everyone's hours, resolved, and a security one without a
 * Comms Lead. Each with every ticket, and with the incident alone.
 */
export function handbookScenarios(): Array<{
  name: string;
  incident: Json;
  ticket: Json | null;
  context: Json;
}> {
  const { incident } = EXAMPLE;
  const roles = incident.roles as Json;
  const situations: Array<{ name: string; incident: Json; context: Json }> = [
    { name: "mid-flight", incident, context: exampleContext() },
    {
      name: "no watcher yet",
      incident: { ...incident, roles: { ...roles, supportWatcher: undefined } },
      context: exampleContext({ now: "2026-06-03T14:50:00Z" }),
    },
    {
      name: "watcher's end of day",
      incident,
      context: exampleContext({ now: "2026-06-03T16:50:00Z" }),
    },
    {
      name: "nobody in hours",
      incident,
      context: exampleContext({ now: "2026-06-06T03:00:00Z" }),
    },
    {
      name: "resolved",
      incident: { ...incident, status: "resolved", resolvedAt: minutesAfter(EXAMPLE.now, -5) },
      context: exampleContext(),
    },
    {
      name: "security, no Comms Lead",
      incident: { ...incident, security: true, roles: { ...roles, commsLead: undefined } },
      context: exampleContext({ queue: EXAMPLE.tickets }),
    },
  ];
  return situations.flatMap(({ name, incident: inc, context }) => [
    { name: `${name}: incident`, incident: JSON.parse(JSON.stringify(inc)), ticket: null, context },
    ...EXAMPLE.tickets.map((ticket) => ({
      name: `${name}: ticket ${ticket.id}`,
      incident: JSON.parse(JSON.stringify(inc)),
      ticket,
      context,
    })),
  ]);
}
