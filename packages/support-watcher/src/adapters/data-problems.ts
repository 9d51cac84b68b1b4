import { IncidentSchema, PersonSchema } from "@support/policy";

export type VendorName = "incident.io" | "Zendesk" | "Statuspage" | "Slack";

/**
 * One vendor value the policy cannot use, and what the adapters did instead. `value` is the
 * vendor's value exactly as received (`--json` is lossless; human output escapes and cuts it).
 */
export interface DataProblem {
  vendor: VendorName;
  /** The kind of object: `incident`, `ticket`, `organization`, `macro`, `status page incident`, … */
  object: string;
  /** Its id at the vendor (`INC-2417`, `48190`), or `unknown` when it has none. */
  id: string;
  /** The vendor's field name, e.g. `postmortem_document_url`. */
  field: string;
  value: unknown;
  /** What was done: `dropped: …` or `used …`, one short sentence. */
  action: string;
}

/** Collects the data problems of one load, each kept once, in the order found. */
export class DataProblems {
  readonly #seen = new Map<string, DataProblem>();
  add(problem: DataProblem): void {
    const key = JSON.stringify([problem.vendor, problem.object, problem.id, problem.field]);
    if (!this.#seen.has(key)) this.#seen.set(key, problem);
  }
  list(): DataProblem[] {
    return [...this.#seen.values()];
  }
}

// The policy's own field checks, so the adapters accept exactly what the policy will.
const Instant = IncidentSchema.shape.declaredAt;
const Url = IncidentSchema.shape.postMortem.unwrap().shape.url;
const Email = PersonSchema.shape.email.unwrap();

export const isInstant = (value: unknown): value is string =>
  typeof value === "string" && Instant.safeParse(value).success;
/** Why the policy refuses a timestamp, in its own words ("must be in a year from 1970 to 9999"). */
export const instantProblem = (value: unknown): string | undefined => {
  const result = Instant.safeParse(value);
  return result.success ? undefined : (result.error.issues[0]?.message ?? "is not a timestamp");
};
export const isUrl = (value: unknown): value is string =>
  typeof value === "string" && Url.safeParse(value).success;
export const isEmail = (value: unknown): value is string =>
  typeof value === "string" && Email.safeParse(value).success;
/** A vendor id the clients and the policy can use: a positive whole number. */
export const isPositiveId = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value > 0;

/** A vendor value the policy cannot do without; the loader names the call it came from. */
export class UnusableDataError extends Error {
  override readonly name = "UnusableDataError";
  constructor(field: string, value: unknown, why: string) {
    const shown = value === undefined ? "missing" : JSON.stringify(value)?.slice(0, 80);
    super(`${field} is unusable (${shown}): ${why}`);
  }
}

type Shape = Record<string, { safeParse(value: unknown): { success: boolean } }>;
interface ObjectSchema {
  shape: Shape;
  safeParse(
    value: unknown,
  ):
    | { success: true }
    | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
}

/**
 * The last check before the policy: whatever field of `value` the policy's schema still rejects
 * is dropped when it is optional (`drop` records it); a required one throws UnusableDataError.
 */
export function withoutInvalidFields<T extends object>(
  schema: ObjectSchema,
  value: T,
  drop: (field: string, value: unknown, why: string) => void,
): T {
  const result = schema.safeParse(value);
  if (result.success) return value;
  const out = { ...value } as Record<string, unknown>;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    const optional = typeof key === "string" && schema.shape[key]?.safeParse(undefined).success;
    if (typeof key !== "string" || !optional) {
      const found = issue.path.reduce<unknown>(
        (at, step) =>
          at !== null && typeof at === "object"
            ? (at as Record<PropertyKey, unknown>)[step]
            : undefined,
        value,
      );
      throw new UnusableDataError(issue.path.join(".") || "the object", found, issue.message);
    }
    if (key in out) {
      drop(key, out[key], issue.message);
      delete out[key];
    }
  }
  return out as T;
}
