// @support/watcher: the Support Watcher's command line, and the same steps as a library.

export { LocalAckStore, stateDirectory } from "./acks/local-store.js";
export { ACKNOWLEDGEABLE, type Acknowledgeable } from "./acks/mapping.js";
export { type AckMerge, type MergedAck, mergeAcks } from "./acks/merge.js";
export { type SlackAckContext, SlackAckStore, slackAckContext } from "./acks/slack-store.js";
export {
  ACK_STORES,
  type AckStoreContext,
  type AckStoreFactory,
  ackStoreFor,
  ackStoresFor,
} from "./acks/store.js";
export {
  type Ack,
  type AckKey,
  AckSchema,
  type AckSource,
  type AckSourceKind,
  type AckStore,
  type AckStoreWrite,
  type AckUndo,
} from "./acks/types.js";
export { type Briefing, buildBriefing, groupByOwner } from "./briefing/model.js";
export { type RenderOptions, renderBriefing } from "./briefing/render.js";
export { COMMANDS } from "./commands/all.js";
export {
  CONFIG_FILE_NAMES,
  type LoadedConfig,
  loadConfig,
  parseConfig,
} from "./config/load.js";
export { policyConfigOf } from "./config/policy-config.js";
export {
  type WatcherConfig,
  type WatcherConfigInput,
  WatcherConfigSchema,
} from "./config/schema.js";
export { CliError, EXIT, type ExitCode, MissingCredentialError, UsageError } from "./errors.js";
export { draftHandoverNote, type HandoverNote } from "./handover/draft.js";
export type { Io, Output } from "./io.js";
export {
  type LiveData,
  type LiveState,
  type LoadOptions,
  loadLiveState,
  mapLiveData,
  readLiveData,
} from "./live/load.js";
export { main } from "./main.js";
export { environmentSecrets, SECRET_VARIABLES } from "./output/redaction.js";
export {
  exampleScenario,
  parseScenario,
  readScenario,
  scenarioOf,
  snapshotOf,
} from "./scenario/load.js";
export { type Scenario, type ScenarioInput, ScenarioSchema } from "./scenario/schema.js";
export type { Snapshot } from "./snapshot.js";
export { type ApplyDeps, applySweep, type SweepOutcome } from "./sweep/apply.js";
export { type AuditEntry, type AuditLog, auditLog } from "./sweep/audit-log.js";
export { planSweep, type SweepPlan } from "./sweep/plan.js";
export { type VendorOptions, type Vendors, vendorsFrom } from "./vendors/clients.js";
export {
  CREDENTIAL_VARIABLES,
  hasCredentials,
  missingCredentials,
  SLACK_TOKEN_VARIABLE,
} from "./vendors/credentials.js";
export { USER_AGENT, VERSION } from "./version.js";
export { decisionKey, diff, type WatchEvent } from "./watch/diff.js";
export {
  type BlockingPost,
  type FollowedPoll,
  type FollowerOptions,
  IncidentFollower,
  PostLedger,
} from "./watch/follower.js";
export {
  DEFAULT_DUE_SOON_MINUTES,
  type Deadline,
  type FrameInput,
  type FrameTicket,
  frameOf,
  type WatchFrame,
} from "./watch/frame.js";
export { LivePoller, type PollerOptions } from "./watch/live-poller.js";
export { evaluateForWatch } from "./watch/session.js";
export { incidentsOfTicket, type TicketIncidents } from "./watch/ticket-incidents.js";
