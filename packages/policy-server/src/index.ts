// @support/policy-server: the support incident-response policy over HTTP.

export { type AppOptions, createApp, DEFAULT_RATE_LIMIT, type PolicyServerApp } from "./app.js";
export { HELP, parseCommand, type ServerOptions } from "./cli-options.js";
export { loadServerConfig, ServerConfigSchema, StartupError } from "./config-file.js";
export { createTokenSet, tokenId } from "./http/auth.js";
export { DEFAULT_BODY_LIMIT } from "./http/body.js";
export { ERROR_CODES, type ErrorCode, type Issue } from "./http/errors.js";
export {
  type DecisionLogEntry,
  fileSink,
  inputHash,
  type LogSink,
  stdoutSink,
} from "./log/decision-log.js";
export { maskCustomerData } from "./log/mask.js";
export { type Io, main } from "./main.js";
export { openApiDocument } from "./openapi.js";
export {
  createPolicyAdapter,
  type PolicyAdapter,
  type PolicyAdapterOptions,
} from "./policy/adapter.js";
export type { PolicyDefaults } from "./policy/defaults.js";
export type { PolicyVersion } from "./policy/version.js";
export { WEBHOOK_PATHS, WEBHOOK_SECRET_ENV } from "./routes/webhook-routes.js";
export { type RunningServer, startServer } from "./server.js";
export { SERVER_NAME, SERVER_VERSION } from "./version.js";
export type { WebhookDeps, WebhookEvent, WebhookHandlers } from "./webhooks/events.js";
export {
  createLiveReevaluation,
  type LiveReevaluation,
  type LiveReevaluationOptions,
} from "./webhooks/live-reevaluation.js";
export { DEFAULT_TOLERANCE_SECONDS, standardWebhookKey } from "./webhooks/signatures.js";
