import { callInit } from "@support/api-core";
import type { IncidentIoClient } from "../client.js";
import type { IncidentIoSeverity } from "../model.js";
import type { RequestOptions } from "../request-options.js";
import { unwrapWith } from "../response-shape.js";

/** Every severity the organisation defines, from `GET /v1/severities` (one request). */
export async function listSeverities(
  client: IncidentIoClient,
  options?: RequestOptions,
): Promise<IncidentIoSeverity[]> {
  const pending = client.GET("/v1/severities", callInit(options));
  return (await unwrapWith(client, pending, "severities")).severities;
}
