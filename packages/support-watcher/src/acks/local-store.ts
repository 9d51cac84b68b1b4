import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { CliError } from "../errors.js";
import type { Io } from "../io.js";
import { type Ack, type AckKey, AckSchema, type AckStore, sameAck } from "./types.js";

const FileSchema = z.strictObject({
  incident: z.string(),
  acknowledgements: z.array(AckSchema),
});

/**
 * The state directory (XDG Base Directory): `$XDG_STATE_HOME` when it is an absolute path, else
 * `$HOME/.local/state`; undefined when neither is set.
 */
export function stateDirectory(env: Io["env"]): string | undefined {
  const xdg = env.XDG_STATE_HOME?.trim();
  if (xdg && isAbsolute(xdg)) return join(xdg, "support-watcher");
  const home = env.HOME?.trim();
  return home ? join(home, ".local", "state", "support-watcher") : undefined;
}

const REFERENCE = /^INC-\d+$/;

/** How long a write waits for another one on the same incident before giving up. */
const LOCK_WAIT_MS = 5_000;
/** A lock older than this was left by a run that died; it is taken over. */
const LOCK_STALE_MS = 30_000;
const LOCK_POLL_MS = 20;

/**
 * Acknowledgements in a local state file, one per incident
 * (`<state dir>/acks/INC-123.json`), each write to a temporary file renamed over the old one, so
 * a crash never leaves half a file, and each change made under a lock file (`INC-123.json.lock`),
 * so two runs acknowledging at once both keep their acknowledgement.
 */
export class LocalAckStore implements AckStore {
  readonly kind = "local_state";
  readonly directory: string;
  constructor(stateDir: string) {
    this.directory = join(stateDir, "acks");
  }

  get description(): string {
    return `the local state directory ${this.directory}`;
  }

  fileFor(incident: string): string {
    if (!REFERENCE.test(incident))
      throw new CliError(`"${incident}" is not an incident reference like INC-123.`);
    return join(this.directory, `${incident}.json`);
  }

  async list(incident: string): Promise<Ack[]> {
    const file = this.fileFor(incident);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if ((error as { code?: unknown }).code === "ENOENT") return [];
      throw new CliError(`Cannot read the acknowledgements file ${file}: it could not be read.`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new CliError(`The acknowledgements file ${file} is not valid JSON; fix or delete it.`);
    }
    const result = FileSchema.safeParse(parsed);
    if (!result.success || result.data.incident !== incident) {
      throw new CliError(
        `The acknowledgements file ${file} is not one support-watcher wrote for ${incident}; fix or delete it.`,
      );
    }
    return result.data.acknowledgements;
  }

  async add(incident: string, ack: Ack): Promise<void> {
    await this.#locked(incident, async () => {
      const kept = (await this.list(incident)).filter((a) => !sameAck(a, ack));
      await this.#write(incident, [...kept, ack]);
    });
  }

  async remove(incident: string, key: AckKey): Promise<Ack | undefined> {
    return this.#locked(incident, async () => {
      const all = await this.list(incident);
      const found = all.find((a) => sameAck(a, key));
      if (found)
        await this.#write(
          incident,
          all.filter((a) => a !== found),
        );
      return found;
    });
  }

  /** Runs one read-and-write of the incident's file while holding its lock file. */
  async #locked<T>(incident: string, change: () => Promise<T>): Promise<T> {
    const file = this.fileFor(incident);
    const lock = `${file}.lock`;
    const started = Date.now();
    try {
      await mkdir(this.directory, { recursive: true });
    } catch {
      throw new CliError(`Cannot write the acknowledgements file ${file}.`);
    }
    for (;;) {
      try {
        await (await open(lock, "wx")).close();
        break;
      } catch (error) {
        if ((error as { code?: unknown }).code !== "EEXIST")
          throw new CliError(`Cannot write the acknowledgements file ${file}.`);
      }
      const age = await stat(lock).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      );
      if (age > LOCK_STALE_MS) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS) {
        throw new CliError(
          `The acknowledgements file ${file} is being changed by another support-watcher; try again (or delete ${lock} if none is running).`,
        );
      }
      await sleep(LOCK_POLL_MS);
    }
    try {
      return await change();
    } finally {
      await rm(lock, { force: true });
    }
  }

  async #write(incident: string, acknowledgements: Ack[]): Promise<void> {
    const file = this.fileFor(incident);
    // Loaded here: only a write needs it, and it takes milliseconds to load.
    const { randomBytes } = await import("node:crypto");
    const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    // The directory exists: every write runs under the lock, made inside it.
    try {
      await writeFile(temp, `${JSON.stringify({ incident, acknowledgements }, null, 2)}\n`);
      await rename(temp, file);
    } catch {
      await rm(temp, { force: true });
      throw new CliError(`Cannot write the acknowledgements file ${file}.`);
    }
  }
}
