/** A fixture or request body does not match the vendor document, or names an unknown operation. */
export class ContractError extends Error {
  static {
    ContractError.prototype.name = "ContractError";
  }
  /** Read by @support/api-core: resending a request that broke the contract cannot help. */
  readonly retryable = false;
}
