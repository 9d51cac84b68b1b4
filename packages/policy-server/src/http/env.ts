import type { Context } from "hono";

/** What one request carries from the first middleware to the error handler. */
export interface ServerEnv {
  Variables: {
    /** The route pattern, for metrics and logs ("unmatched" for unknown paths). */
    route: string;
    /** performance.now() when the request arrived. */
    started: number;
    /** Set for policy routes; also returned in the Decision-Id header. */
    decisionId: string;
  };
}

export type ServerContext = Context<ServerEnv>;

export const JSON_HEADERS = { "Content-Type": "application/json" } as const;
