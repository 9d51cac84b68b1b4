// Read from package.json when the CLI is built (tsup inlines it), so a release bumped by
// changesets reports its own version without a copy to keep in step.
import packageJson from "../package.json" with { type: "json" };

/** This package's version, e.g. "0.2.0". */
export const VERSION: string = packageJson.version;

/** The CLI's product token in `User-Agent`, ahead of each client's own. */
export const USER_AGENT = `support-watcher/${VERSION}`;
