import { type components, pageIdFor, type StatuspageClient } from "@support/statuspage-client";

export type StatuspageIncident = components["schemas"]["Incident"];

export async function getStatuspageIncident(
  client: StatuspageClient,
  incidentId: string,
): Promise<StatuspageIncident> {
  return client.unwrap(
    client.api.GET("/pages/{page_id}/incidents/{incident_id}", {
      params: { path: { page_id: pageIdFor(client), incident_id: incidentId } },
    }),
  );
}
