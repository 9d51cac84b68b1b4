import type { Io } from "../io.js";
import { LocalAckStore, stateDirectory } from "./local-store.js";
import { type SlackAckContext, SlackAckStore } from "./slack-store.js";
import type { AckStore } from "./types.js";

/** What a store may need: the environment (the state directory) and, with Slack configured, Slack. */
export interface AckStoreContext {
  env: Io["env"];
  /** Set when SLACK_BOT_TOKEN is (see slackAckContext): the workflow thread is then the store. */
  slack?: SlackAckContext | undefined;
}

/** Returns a store when it can serve this context (its credentials are set), else undefined. */
export type AckStoreFactory = (context: AckStoreContext) => AckStore | undefined;

const slackThread: AckStoreFactory = ({ slack }) =>
  slack === undefined ? undefined : new SlackAckStore(slack);

const localStateFile: AckStoreFactory = ({ env }) => {
  const dir = stateDirectory(env);
  return dir === undefined ? undefined : new LocalAckStore(dir);
};

/**
 * The stores in order of preference; the first that serves the context is used. A shared store
 * (one the next watcher sees) goes before the local state file.
 */
export const ACK_STORES: AckStoreFactory[] = [slackThread, localStateFile];

/** The acknowledgement store for this run, or undefined when none can be used (no HOME). */
export function ackStoreFor(context: AckStoreContext): AckStore | undefined {
  for (const factory of ACK_STORES) {
    const store = factory(context);
    if (store) return store;
  }
  return undefined;
}

/**
 * Every store that serves this context, in order: what a briefing reads (the workflow thread,
 * and this machine's state file for what `done --local` kept).
 */
export const ackStoresFor = (context: AckStoreContext): AckStore[] =>
  ACK_STORES.flatMap((factory) => factory(context) ?? []);
