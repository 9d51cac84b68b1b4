// The clients' rate limits as the config sets them: incident.io's attachment bucket
// (sweep.attachmentsPerMinute) paces a sweep's attachments; the CLI's waits are recorded.
import { describe, expect, it } from "vitest";
import { liveSetup, verifyContractsAfterEach } from "./support/live.js";
import { bigIncident, CONFIG } from "./support/world.js";

const live = verifyContractsAfterEach();

async function attachmentWaits(sweep: Record<string, number>): Promise<number[]> {
  live.current = liveSetup(bigIncident(70), { ...CONFIG, sweep: { jobPollMs: 0, ...sweep } });
  const waits: number[] = [];
  const { code } = await live.current.run(["sweep", "INC-2417", "--apply", "--json"], {
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  expect(code).toBe(0);
  // Waits of a second or more: the attachment bucket's (job polls wait 0 here, retries none).
  return waits.filter((ms) => ms >= 1000);
}

describe("incident.io's attachment bucket, from the config", () => {
  it("keeps 70 attachments to the default 60 a minute: the ten past the bucket wait", async () => {
    const waits = await attachmentWaits({});
    expect(waits.length).toBeGreaterThanOrEqual(9);
    expect(waits.length).toBeLessThanOrEqual(10);
    expect(Math.max(...waits)).toBeGreaterThanOrEqual(9000);
  });

  it("lets sweep.attachmentsPerMinute raise it: 70 attachments fit a bucket of 100", async () => {
    expect(await attachmentWaits({ attachmentsPerMinute: 100 })).toEqual([]);
  });
});
