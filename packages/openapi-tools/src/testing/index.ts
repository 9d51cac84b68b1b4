// Test support for the client packages; imported from tests only, never by the CLI.
export { collect } from "./collect.ts";
export { checkNockScopes } from "./nock-scopes.ts";
export {
  loadReadmeExample,
  type ReadmeExample,
  type ReadmeExampleOutput,
  type ReadmeExampleRun,
} from "./readme-example.ts";
