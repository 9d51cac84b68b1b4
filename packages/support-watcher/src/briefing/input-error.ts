import type { PolicyInputError } from "@support/policy";
import { safe } from "../output/safe.js";
import type { Snapshot } from "../snapshot.js";

/**
 * A PolicyInputError in words a person can act on: each bad field with its reason, tickets named
 * by their id (`ticket 48190: createdAt …`), never by their place in the list.
 */
export function policyInputProblem(error: PolicyInputError, snapshot: Snapshot): string {
  const parts = error.issues.slice(0, 10).map((issue) => {
    const [first, ...rest] = issue.path;
    let where: string;
    if (issue.input === "tickets" && typeof first === "number") {
      const id = snapshot.tickets[first]?.id;
      where = `ticket ${id === undefined ? "without an id" : safe(id, { max: 40 })}${rest.length > 0 ? `: ${rest.join(".")}` : ""}`;
    } else {
      where = [issue.input, ...issue.path].join(".");
    }
    return `${where} ${issue.message}`;
  });
  const more = error.issues.length - parts.length;
  return `${parts.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}.`;
}
