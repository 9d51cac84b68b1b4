import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { PolicyServerApp } from "./app.js";

export interface RunningServer {
  /** http://host:port, with the port actually bound. */
  readonly url: string;
  readonly port: number;
  /**
   * Graceful stop: every new request gets 503 while the in-flight ones finish (at most
   * `timeoutMs`), then the listener and all connections close. Resolves with how many requests
   * were cut off (0 when the drain completed).
   */
  shutdown(timeoutMs: number): Promise<{ cutOff: number }>;
}

export async function startServer(
  app: PolicyServerApp,
  options: { host: string; port: number },
): Promise<RunningServer> {
  const server = serve({
    fetch: app.fetch,
    hostname: options.host,
    port: options.port,
    // Bounded waits, so a slow or stalled client cannot hold a connection open for long.
    serverOptions: { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  let stopping: Promise<{ cutOff: number }> | undefined;

  return {
    url: `http://${host}:${port}`,
    port,
    shutdown(timeoutMs) {
      stopping ??= (async () => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<"timeout">((resolve) => {
          timer = setTimeout(() => resolve("timeout"), timeoutMs);
        });
        const outcome = await Promise.race([app.drain(), timedOut]);
        clearTimeout(timer);
        const cutOff = outcome === "timeout" ? app.inFlight() : 0;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if (cutOff > 0) server.closeAllConnections();
        await closed;
        return { cutOff };
      })();
      return stopping;
    },
  };
}
