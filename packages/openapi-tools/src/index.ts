export { sha256, verifyChecksum } from "./checksum.ts";
export {
  Contract,
  type ContractOptions,
  loadContract,
  type ReplyFunction,
} from "./contract/contract.ts";
export { ContractError } from "./contract/contract-error.ts";
export type {
  HttpMethod,
  MethodOf,
  OperationOf,
  RequestBodyOf,
  ResponseBodyOf,
  StatusOf,
} from "./contract/types.ts";
export { type Json, type JsonObject, parseDocument } from "./document.ts";
export { type GenerateOptions, type GenerateResult, generate } from "./generate.ts";
export { buildOverlaidDocument, loadOverlaidDocument } from "./load.ts";
export { SHARED_SPECS_DIR, toolsCacheDir } from "./locations.ts";
export { type Manifest, readManifest } from "./manifest.ts";
export { applyOverlay, readOverlay } from "./overlay.ts";
export { type ResolvedDocument, type ResolveOptions, resolveDocument } from "./resolve.ts";
export { stripProse } from "./strip-prose.ts";
export { ToolError } from "./tool-error.ts";
