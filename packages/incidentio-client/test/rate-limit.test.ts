// incident.io's documented limits, applied on the client: the key's bucket for every request and
// a lower one of its own for attachments.
import { describe, expect, it } from "vitest";
import {
  createIncidentIoClient,
  INCIDENT_IO_ATTACHMENT_RATE_LIMIT,
  INCIDENT_IO_RATE_LIMIT,
  type IncidentIoClientOptions,
} from "../src/index.js";
import { API_KEY } from "./support.js";

// Answered in-process: thousands of requests through nock would only measure nock.
const answer = async (request: Request) =>
  Response.json(
    new URL(request.url).pathname === "/v1/severities"
      ? { severities: [] }
      : { incident_attachments: [] },
  );

function clientOnFakeClock(options: Partial<IncidentIoClientOptions> = {}) {
  let now = 0;
  const slept: number[] = [];
  const client = createIncidentIoClient({
    apiKey: API_KEY,
    fetch: answer,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    ...options,
  });
  return { client, slept };
}

const listAttachments = (client: ReturnType<typeof createIncidentIoClient>) =>
  client.GET("/v1/incident_attachments", { params: { query: { incident_id: "01X" } } });

describe("createIncidentIoClient: rate limits", () => {
  it("defaults to the documented 1,200 a minute: a full bucket at once, then 20 a second", async () => {
    expect(INCIDENT_IO_RATE_LIMIT).toEqual({ requests: 1200, perMs: 60_000 });
    const { client, slept } = clientOnFakeClock();
    for (let i = 0; i < 1202; i++) await client.GET("/v1/severities");
    expect(slept).toEqual([50, 50]);
  });

  it("gives attachments a lower bucket of 60 a minute on top of the key's", async () => {
    expect(INCIDENT_IO_ATTACHMENT_RATE_LIMIT).toEqual({ requests: 60, perMs: 60_000 });
    const { client, slept } = clientOnFakeClock();
    for (let i = 0; i < 61; i++) await listAttachments(client);
    expect(slept).toEqual([1000]);
    // Other endpoints do not wait for the attachment bucket.
    await client.GET("/v1/severities");
    expect(slept).toEqual([1000]);
  });

  it("takes attachmentRateLimit to change the bucket, or false to drop it", async () => {
    const lower = clientOnFakeClock({ attachmentRateLimit: { requests: 2, perMs: 10_000 } });
    for (let i = 0; i < 3; i++) await listAttachments(lower.client);
    expect(lower.slept).toEqual([5000]);
    const none = clientOnFakeClock({ attachmentRateLimit: false });
    for (let i = 0; i < 5; i++) await listAttachments(none.client);
    expect(none.slept).toEqual([]);
  });

  it("refuses an attachmentRateLimit it cannot use, naming it", () => {
    expect(() =>
      createIncidentIoClient({ apiKey: API_KEY, attachmentRateLimit: { requests: 0, perMs: 1 } }),
    ).toThrow(/option "attachmentRateLimit" must be false or \{ requests/);
  });

  it("rateLimit: false switches the key's bucket off", async () => {
    const { client, slept } = clientOnFakeClock({ rateLimit: false });
    for (let i = 0; i < 1201; i++) await client.GET("/v1/severities");
    expect(slept).toEqual([]);
  });
});
