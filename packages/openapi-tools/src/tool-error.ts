/** An expected failure (bad manifest, checksum mismatch, no network): printed as its message alone. */
export class ToolError extends Error {
  static {
    ToolError.prototype.name = "ToolError";
  }
}
