import type { z } from "zod";
import { type InputIssue, type InputName, PolicyInputError, parseInputs } from "../errors.js";
import { type Incident, IncidentSchema } from "../schemas/incident.js";
import { LIMITS } from "../schemas/limits.js";
import { LiveIncidentsSchema } from "../schemas/suggest-context.js";
import { type Ticket, TicketSchema, TicketsSchema } from "../schemas/ticket.js";
import { ParseMemo } from "./parse-memo.js";

type Parse<T> = () => T;

/** Runs each parse, then throws one error covering every argument that was invalid. */
export function parseEach<T extends Record<string, Parse<unknown>>>(
  parses: T,
): { [K in keyof T]: ReturnType<T[K]> } {
  const issues: InputIssue[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [name, parse] of Object.entries(parses)) {
    try {
      parsed[name] = parse();
    } catch (error) {
      if (!(error instanceof PolicyInputError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw new PolicyInputError(issues);
  return parsed as { [K in keyof T]: ReturnType<T[K]> };
}

/** A policy's validated incidents and tickets, each object validated once while it is unchanged. */
export class Inputs {
  readonly #incidents = new ParseMemo<Incident>(IncidentSchema);
  readonly #tickets = new ParseMemo<Ticket>(TicketSchema);

  incident(input: unknown, name: InputName = "incident"): Incident {
    return this.#one(this.#incidents, input, name);
  }

  ticket(input: unknown, name: InputName = "ticket"): Ticket {
    return this.#one(this.#tickets, input, name);
  }

  incidents(input: unknown, name: InputName): Incident[] {
    return this.#list(this.#incidents, LiveIncidentsSchema, input, name, LIMITS.liveIncidents);
  }

  /** A list of tickets: each one recalled or validated; a bad one fails the list with its index. */
  tickets(input: unknown, name: InputName): Ticket[] {
    return this.#list(this.#tickets, TicketsSchema, input, name, LIMITS.tickets);
  }

  #one<T>(memo: ParseMemo<T>, input: unknown, name: InputName): T {
    const known = memo.recall(input);
    if (known !== undefined) return known;
    const parsed = parseInputs({ [name]: [memo.schema, input] as const }) as Record<string, T>;
    const value = parsed[name] as T;
    memo.remember(input, value);
    return value;
  }

  #list<T>(memo: ParseMemo<T>, list: z.ZodType, input: unknown, name: InputName, max: number): T[] {
    // The list schema reports every bad item with its index.
    const whole = (): never => {
      parseInputs({ [name]: [list, input] as const });
      throw new PolicyInputError([{ input: name, path: [], message: "is not a valid list" }]);
    };
    if (!Array.isArray(input) || input.length > max) whole();
    const items = input as unknown[];
    const parsed: T[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const known = memo.recall(item);
      if (known !== undefined) {
        parsed[i] = known;
        continue;
      }
      let result: ReturnType<typeof memo.schema.safeParse> | undefined;
      try {
        result = memo.schema.safeParse(item);
      } catch {
        result = undefined;
      }
      if (!result?.success) return whole();
      parsed[i] = result.data;
      memo.remember(item, result.data);
    }
    return parsed;
  }
}
